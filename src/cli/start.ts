import type { CliIo } from './io.ts';

// Placeholder until its issue lands.
export async function runStart(_args: string[], io: CliIo): Promise<number> {
  io.err('positions start: not implemented yet\n');
  return 1;
}
