// `positions soak [--commands N] [--concurrency N] [--json]`: the bounded load test on loopback
// (src/soak/). Prints what it measured; with --json, one JSON document as the last line of stdout.
// Progress goes to stderr. Exit 0 when it passed, 1 when a command failed or went unanswered or
// memory grew too much, 2 on a usage error.
import { MAX_RSS_GROWTH_PCT, runSoak as runSoakTest, type SoakOptions, type SoakResult } from '../soak/run-soak.ts';
import type { CliIo } from './io.ts';

const USAGE = 'usage: positions soak [--commands N] [--concurrency N] [--json]';

class UsageError extends Error {}

const INT_OPTIONS: Record<string, { key: 'commands' | 'concurrency'; min: number; max: number }> = {
  '--commands': { key: 'commands', min: 2, max: 1_000_000 },
  '--concurrency': { key: 'concurrency', min: 1, max: 256 },
};

export function parseSoakArgs(args: string[]): { json: boolean; options: Partial<SoakOptions> } {
  const out: { json: boolean; options: Partial<SoakOptions> } = { json: false, options: {} };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const spec = INT_OPTIONS[name];
    if (name === '--json' && eq < 0) out.json = true;
    else if (spec) {
      const raw = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (raw === undefined) throw new UsageError(`${name} needs a value`);
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n < spec.min || n > spec.max)
        throw new UsageError(`${name} '${raw}' is not a whole number from ${spec.min} to ${spec.max}`);
      out.options[spec.key] = n;
    } else throw new UsageError(`unknown option '${a}'`);
  }
  return out;
}

export function formatSoak(r: SoakResult): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const kinds = Object.entries(r.errorKinds)
    .map(([k, c]) => `${k} x${c}`)
    .join(', ');
  const lines = [
    `positions soak: ${n(r.commands)} commands at ${r.concurrency} concurrent, ${r.postings} postings`,
    '',
    `total               ${n(r.total)}`,
    `errors              ${n(r.errors)}${kinds ? ` (${kinds})` : ''}`,
    `unanswered          ${n(r.unanswered)}`,
    `rate-limited        ${n(r.rateLimited)} (of ${n(r.hotCommands)} from the hot user)`,
    `too long            ${n(r.tooLong)}`,
    `latency p50 / p99   ${r.p50Ms} ms / ${r.p99Ms} ms`,
    `throughput          ${n(r.rps)} commands/s over ${(r.elapsedMs / 1000).toFixed(1)} s`,
    `RSS second half     ${r.rssStartMb} MB -> ${r.rssEndMb} MB (${r.rssGrowthPct >= 0 ? '+' : ''}${r.rssGrowthPct}%, limit ${MAX_RSS_GROWTH_PCT}%)`,
    `error log lines     ${n(r.logErrors)}`,
    '',
    r.failures.length === 0 ? 'PASS' : `FAIL: ${r.failures.join('; ')}`,
  ];
  for (const e of r.examples) lines.push(`  e.g. ${JSON.stringify(e)}`);
  return `${lines.join('\n')}\n`;
}

export async function runSoak(args: string[], io: CliIo): Promise<number> {
  let parsed: ReturnType<typeof parseSoakArgs>;
  try {
    parsed = parseSoakArgs(args);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`positions soak: ${err.message} (${USAGE})\n`);
      return 2;
    }
    throw err;
  }
  const result = await runSoakTest({ ...parsed.options, progress: (line) => io.err(`${line}\n`) });
  io.out(formatSoak(result));
  if (parsed.json) io.out(`${JSON.stringify(result)}\n`);
  return result.failures.length === 0 ? 0 : 1;
}
