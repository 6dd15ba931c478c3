import type { CliIo } from './io.ts';

// Placeholder until its issue lands.
export async function runBench(_args: string[], io: CliIo): Promise<number> {
  io.err('positions bench: not implemented yet\n');
  return 1;
}
