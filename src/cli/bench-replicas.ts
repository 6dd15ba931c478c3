// `positions bench --replicas N [--postings N] [--channels N] [--requests R] [--concurrency C]
// [--seed S] [--json]`: the replicas benchmark (src/bench/replica-bench.ts) on the PostgreSQL
// server of DATABASE_URL (default the local one). Exit 0 when it ran, 1 when a pass line is
// missed (a duplicate is a bug, not a finding), 2 on a usage error.
import {
  DEFAULT_REPLICA_BENCH,
  type ReplicaBenchOptions,
  type ReplicaBenchResult,
  runReplicaBench,
} from '../bench/replica-bench.ts';
import type { CliIo } from './io.ts';

const USAGE =
  'usage: positions bench --replicas N [--postings N] [--channels N] [--requests R] [--concurrency C] [--seed S] [--json]';

const INT_OPTIONS: Record<string, { key: keyof ReplicaBenchOptions; min: number; max: number }> = {
  '--replicas': { key: 'replicas', min: 1, max: 32 },
  '--postings': { key: 'postings', min: 1, max: 200_000 },
  '--channels': { key: 'channels', min: 1, max: 100_000 },
  '--requests': { key: 'e2eRequests', min: 1, max: 100_000 },
  '--concurrency': { key: 'concurrency', min: 1, max: 256 },
  '--seed': { key: 'seed', min: 0, max: 2 ** 32 - 1 },
};

export function wantsReplicaBench(args: string[]): boolean {
  return args.some((a) => a === '--replicas' || a.startsWith('--replicas='));
}

export function formatReplicaTable(r: ReplicaBenchResult): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const rows: [string, string, string][] = [
    ['', 'one process, SQLite', `${r.replicas} replicas, PostgreSQL`],
    [`reminder sweep, ${n(r.channels)} channels`, `${n(Math.round(r.sqlite.ms))} ms`, `${n(Math.round(r.pg.ms))} ms`],
    ['messages posted', n(r.sqlite.posts), n(r.pg.posts)],
    ['reminders delivered', n(r.sqlite.reminders), n(r.pg.reminders)],
    ['duplicates', n(r.sqlite.duplicates), n(r.pg.duplicates)],
    ['missing', n(r.sqlite.missing), n(r.pg.missing)],
    [
      'slash command p50 / p99',
      `${r.sqliteSlashP50Ms.toFixed(1)} / ${r.sqliteSlashP99Ms.toFixed(1)} ms`,
      `${r.replicaSlashP50Ms.toFixed(1)} / ${r.replicaSlashP99Ms.toFixed(1)} ms`,
    ],
  ];
  const lines = [
    `positions bench --replicas ${r.replicas}: ${n(r.postings)} postings, ${n(r.channels)} channels, ${n(r.remindersDue)} reminders due`,
    '',
    ...rows.map(([a, b, c]) => `${a.padEnd(34)} ${b.padEnd(22)} ${c}`),
    `(${r.slashRequests} slash commands through the replicas, ${r.slashErrors} errors)`,
    '',
    'pass line:',
    ...r.targets.map((t) => `  ${t.pass ? 'pass' : 'MISS'}  ${t.name} (${t.value})`),
  ];
  return `${lines.join('\n')}\n`;
}

export async function runReplicaBenchCli(args: string[], io: CliIo): Promise<number> {
  const options: Record<string, unknown> = {};
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (name === '--json' && eq < 0) {
      json = true;
      continue;
    }
    const spec = INT_OPTIONS[name];
    const raw = eq > 0 ? a.slice(eq + 1) : args[++i];
    const n = Number(raw);
    if (!spec || raw === undefined || !/^\d+$/.test(raw) || n < spec.min || n > spec.max) {
      io.err(
        `positions bench: ${spec ? `${name} needs a whole number from ${spec.min} to ${spec.max}` : `unknown option '${a}'`} (${USAGE})\n`,
      );
      return 2;
    }
    options[spec.key] = n;
  }
  const result = await runReplicaBench({
    ...DEFAULT_REPLICA_BENCH,
    ...(io.env.DATABASE_URL ? { adminUrl: io.env.DATABASE_URL } : {}),
    ...options,
    log: (line) => io.err(`bench: ${line}\n`),
  });
  io.out(formatReplicaTable(result));
  if (json) io.out(`${JSON.stringify(result)}\n`);
  return result.targets.every((t) => t.pass) ? 0 : 1;
}
