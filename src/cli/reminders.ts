import type { CliIo } from './io.ts';

// Placeholder until its issue lands.
export async function runReminders(_args: string[], io: CliIo): Promise<number> {
  io.err('positions reminders: not implemented yet\n');
  return 1;
}
