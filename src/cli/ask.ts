import type { CliIo } from './io.ts';

// Placeholder until its issue lands.
export async function runAsk(_args: string[], io: CliIo): Promise<number> {
  io.err('positions ask: not implemented yet\n');
  return 1;
}
