import type { CliIo } from './io.ts';

// Placeholder until its issue lands.
export async function runCheck(_args: string[], io: CliIo): Promise<number> {
  io.err('positions check: not implemented yet\n');
  return 1;
}
