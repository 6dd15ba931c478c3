// The `positions` command line (shared/eval/CONTRACT.md): ask, reminders, check, start, bench.
// Each subcommand lives in src/cli/ and is loaded only when asked for, to keep `ask` fast.
import type { CliIo } from './cli/io.ts';

type Subcommand = (args: string[], io: CliIo) => Promise<number>;

const subcommands: Record<string, () => Promise<Subcommand>> = {
  ask: async () => (await import('./cli/ask.ts')).runAsk,
  reminders: async () => (await import('./cli/reminders.ts')).runReminders,
  check: async () => (await import('./cli/check.ts')).runCheck,
  start: async () => (await import('./cli/start.ts')).runStart,
  bench: async () => (await import('./cli/bench.ts')).runBench,
  soak: async () => (await import('./cli/soak.ts')).runSoak,
};

const usage = `usage: positions <command> [options]

  ask [--json] [--now DATE] [--corpus DIR] [--user ID] -- TEXT   answer TEXT as /positions would
  reminders [--json] [--now DATE] [--corpus DIR]                 the channel reminders due that day
  check [--corpus DIR] [--json]                                  what each posting file yields
  start [--now DATE]                                             run the bot (console chat without credentials)
  bench [--postings N] [--json]                                  the performance benchmark
  soak                                                           the bounded load test on loopback
`;

export async function runCli(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    io.out(usage);
    return name ? 0 : 2;
  }
  const load = subcommands[name];
  if (!load) {
    io.err(`positions: unknown command '${name}'\n${usage}`);
    return 2;
  }
  try {
    return await (await load())(rest, io);
  } catch (err) {
    // A user sees one line, never a stack trace; POSITIONS_DEBUG=1 shows the trace.
    io.err(`positions ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    if (process.env.POSITIONS_DEBUG) io.err(`${err instanceof Error ? err.stack : ''}\n`);
    return 1;
  }
}

function processIo(): CliIo {
  return {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    env: process.env,
    stdin: process.stdin,
    stdout: process.stdout,
  };
}
