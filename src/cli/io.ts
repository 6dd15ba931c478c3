import type { Readable, Writable } from 'node:stream';

/** What a subcommand may touch of the process: passed in, so tests drive it in memory. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  stdin: Readable;
  stdout: Writable;
}
