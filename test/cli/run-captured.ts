// Runs the `positions` command line in process with captured output, as a shell would see it.
import type { CliIo } from '../../src/cli/io.ts';
import { runCli } from '../../src/cli.ts';

export async function runCaptured(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    env,
    stdin: process.stdin,
    stdout: process.stdout,
  };
  const code = await runCli(args, io);
  return { code, out, err };
}
