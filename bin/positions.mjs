#!/usr/bin/env node
// The `positions` command line. TypeScript runs through tsx's loader, so there is no
// build step that could go stale between a change and the next run.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));
