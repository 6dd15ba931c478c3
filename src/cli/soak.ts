import type { CliIo } from './io.ts';

// Placeholder until its issue lands.
export async function runSoak(_args: string[], io: CliIo): Promise<number> {
  io.err('positions soak: not implemented yet\n');
  return 1;
}
