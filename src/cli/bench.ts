// `positions bench [--postings N] [--seed S] [--questions Q] [--requests R] [--concurrency C]
// [--keep] [--json]`: the performance benchmark (src/bench/). Prints a table with every target
// and pass/miss; with --json, one JSON document as the last line of stdout. Progress goes to
// stderr. Exit 0 when it ran (a missed target is a finding, not a failure), 2 on a usage error.
import { type BenchOptions, type BenchResult, DEFAULT_BENCH, runBenchmark } from '../bench/run-bench.ts';
import { runReplicaBenchCli, wantsReplicaBench } from './bench-replicas.ts';
import type { CliIo } from './io.ts';

const USAGE =
  'usage: positions bench [--postings N] [--seed S] [--questions Q] [--requests R] [--concurrency C] [--keep] [--json]';

class UsageError extends Error {}

interface BenchArgs {
  json: boolean;
  options: Partial<BenchOptions>;
}

const INT_OPTIONS: Record<string, { key: keyof BenchOptions; min: number; max: number }> = {
  '--postings': { key: 'postings', min: 1, max: 200_000 },
  '--seed': { key: 'seed', min: 0, max: 2 ** 32 - 1 },
  '--questions': { key: 'questions', min: 1, max: 100_000 },
  '--requests': { key: 'e2eRequests', min: 1, max: 100_000 },
  '--concurrency': { key: 'concurrency', min: 1, max: 256 },
};

export function parseBenchArgs(args: string[]): BenchArgs {
  const out: BenchArgs = { json: false, options: {} };
  const set = out.options as Record<string, unknown>;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (name === '--json' && eq < 0) out.json = true;
    else if (name === '--keep' && eq < 0) set.keep = true;
    else if (INT_OPTIONS[name]) {
      const spec = INT_OPTIONS[name];
      const raw = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (raw === undefined) throw new UsageError(`${name} needs a value`);
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n < spec.min || n > spec.max)
        throw new UsageError(`${name} '${raw}' is not a whole number from ${spec.min} to ${spec.max}`);
      set[spec.key] = n;
    } else throw new UsageError(`unknown option '${a}'`);
  }
  return out;
}

const fmt = (n: number, unit: string): string => {
  if (unit === 'x') return `${n.toFixed(1)}x`;
  if (unit === 'MB') return `${n.toFixed(0)} MB`;
  return n >= 100 ? `${n.toFixed(0)} ms` : `${n.toFixed(n >= 10 ? 1 : 2)} ms`;
};

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
}

export function formatBenchTable(r: BenchResult): string {
  const lines: string[] = [];
  const formats = Object.entries(r.formats)
    .map(([f, n]) => `${f} ${n}`)
    .join(', ');
  lines.push(
    `positions bench: ${r.postings.toLocaleString('en-US')} postings in ${r.files.toLocaleString('en-US')} files (${r.corpusMb} MB; ${formats}), ${r.loadWarnings} load warnings`,
    '',
  );
  const w = [34, 12];
  lines.push(row(['measure', 'value'], w));
  const m = (label: string, value: string) => lines.push(row([label, value], w));
  m('raw read of every file', fmt(r.rawReadMs, 'ms'));
  m('load: read, parse, wait for workers', fmt(r.corpusMs, 'ms'));
  m('load: index (overlapping the parse)', fmt(r.indexMs, 'ms'));
  m('load total / raw read', `${fmt(r.loadMs, 'ms')} / ${fmt(r.loadRatio, 'x')}`);
  m(`ask p50 / p99 (${r.askCount} questions)`, `${fmt(r.askP50Ms, 'ms')} / ${fmt(r.askP99Ms, 'ms')}`);
  m(`naive scan p50 (${r.baselineCount} questions)`, `${fmt(r.baselineP50Ms, 'ms')} (${r.speedupP50}x slower)`);
  m(
    `end-to-end p50 / p99 (${r.e2eRequests} at ${r.e2eConcurrency})`,
    `${fmt(r.e2eP50Ms, 'ms')} / ${fmt(r.e2eP99Ms, 'ms')}`,
  );
  m('end-to-end throughput', `${r.e2eRps.toFixed(0)} req/s${r.e2eErrors ? `, ${r.e2eErrors} errors` : ''}`);
  m(`reminder sweep (${r.reminderChannels} channels)`, `${fmt(r.reminderSweepMs, 'ms')} (${r.remindersDue} due)`);
  m('RSS / heap after loading', `${fmt(r.rssMb, 'MB')} / ${fmt(r.heapUsedMb, 'MB')}`);
  m('one-file reload (median / max)', `${fmt(r.reloadMs, 'ms')} / ${fmt(r.reloadMaxMs, 'ms')}`);
  m('first ask after a reload', fmt(r.reloadAskMs, 'ms'));
  lines.push('', 'ask by kind (p50 / p99):');
  for (const [kind, s] of Object.entries(r.askByKind))
    lines.push(`  ${kind.padEnd(12)} ${String(s.n).padStart(5)}  ${fmt(s.p50Ms, 'ms')} / ${fmt(s.p99Ms, 'ms')}`);
  lines.push('', 'targets:');
  for (const t of r.targets)
    lines.push(`  ${t.pass ? 'pass' : 'MISS'}  ${t.name.padEnd(30)} ${fmt(t.value, t.unit).padStart(10)}`);
  lines.push('', `total ${(r.totalMs / 1000).toFixed(1)} s`);
  return `${lines.join('\n')}\n`;
}

export async function runBench(args: string[], io: CliIo): Promise<number> {
  if (wantsReplicaBench(args)) return runReplicaBenchCli(args, io);
  let parsed: BenchArgs;
  try {
    parsed = parseBenchArgs(args);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`positions bench: ${err.message} (${USAGE})\n`);
      return 2;
    }
    throw err;
  }
  const result = await runBenchmark({
    ...DEFAULT_BENCH,
    ...parsed.options,
    log: (line) => io.err(`bench: ${line}\n`),
  });
  io.out(formatBenchTable(result));
  if (parsed.json) io.out(`${JSON.stringify(result)}\n`);
  return 0;
}
