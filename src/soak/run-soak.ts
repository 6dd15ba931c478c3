// The bounded soak: the real bot process in-process (startBot: config, corpus, SQLite store,
// the real Mattermost adapter on the shared HTTP server) on a temp copy of the corpus and a temp
// database, with a Mattermost stub on loopback for the adapter's start, and every command POSTed
// to /mattermost/command by a closed-loop client in a worker thread. What it checks: no errors,
// no unanswered command, and the process's memory (RSS, after a garbage collection) growing less
// than 10% over the second half of the run.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { COMMAND_PATH } from '../adapters/mattermost/mattermost-adapter.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { startBot } from '../main.ts';
import { buildSoakCommands } from './command-mix.ts';
import { startMattermostStub } from './mattermost-stub.ts';
import { runSoakLoad } from './soak-load.ts';

export interface SoakOptions {
  commands: number;
  concurrency: number;
  /** The corpus folder copied for the run. */
  corpus: string;
  seed: number;
  /** Per-user limit the bot runs with (its default). */
  rateLimitPerMinute: number;
  /** Progress lines (stderr in the CLI). */
  progress?: (line: string) => void;
}

export const DEFAULT_SOAK: SoakOptions = {
  commands: 20_000,
  concurrency: 32,
  corpus: 'seeds',
  seed: 8,
  rateLimitPerMinute: 30,
};

/** The largest RSS growth over the second half that passes, in percent. */
export const MAX_RSS_GROWTH_PCT = 10;

export interface SoakResult {
  commands: number;
  concurrency: number;
  postings: number;
  total: number;
  errors: number;
  errorKinds: Record<string, number>;
  unanswered: number;
  /** Polite "asking faster than I can answer" replies. */
  rateLimited: number;
  /** Commands sent as the one hot user (the only ones expected to be rate-limited). */
  hotCommands: number;
  /** "Too long" replies (the 10 kB texts). */
  tooLong: number;
  p50Ms: number;
  p99Ms: number;
  rps: number;
  elapsedMs: number;
  /** RSS in MB at the start and at the end of the second half, and its growth. */
  rssStartMb: number;
  rssEndMb: number;
  rssGrowthPct: number;
  /** Log lines the bot wrote at error level during the run. */
  logErrors: number;
  /** Why the soak failed; empty when it passed. */
  failures: string[];
  /** A few failed or unanswered commands. */
  examples: string[];
}

const COMMAND_TOKEN = 'soak-command-token';
const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of unsorted values. */
function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1] as number;
}

/** A full garbage collection when the runtime allows it, so RSS reflects what is kept. */
function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as (() => void) | undefined;
    gc?.();
    gc?.();
  } catch {
    // Without a collection the reading is noisier, not wrong.
  }
}

/** RSS in MB once collected garbage has had a moment to be handed back (V8 frees pages in the background). */
async function settledRssMb(): Promise<number> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 300));
  collectGarbage();
  return process.memoryUsage().rss / (1024 * 1024);
}

export async function runSoak(partial: Partial<SoakOptions> = {}): Promise<SoakResult> {
  const o: SoakOptions = { ...DEFAULT_SOAK, ...partial };
  const progress = o.progress ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), 'positions-soak-'));
  const stub = await startMattermostStub();
  let logErrors = 0;
  const logStream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          if ((JSON.parse(line) as { level?: number }).level === 50) logErrors += 1;
        } catch {
          // Not a JSON line: not ours to count.
        }
      }
      cb();
    },
  });
  let bot: Awaited<ReturnType<typeof startBot>> | null = null;
  try {
    const corpusDir = join(dir, 'corpus');
    cpSync(o.corpus, corpusDir, { recursive: true });
    const { postings } = await loadCorpus(corpusDir);
    const commands = buildSoakCommands(postings, o.commands, { seed: o.seed, commandToken: COMMAND_TOKEN });
    bot = await startBot({
      env: {
        PORT: '0',
        POSITIONS_CORPUS: corpusDir,
        POSITIONS_DB: join(dir, 'db', 'positions.db'),
        RATE_LIMIT_PER_MINUTE: String(o.rateLimitPerMinute),
        LOG_LEVEL: 'warn',
        MATTERMOST_URL: stub.url,
        MATTERMOST_TOKEN: stub.token,
        MATTERMOST_COMMAND_TOKEN: COMMAND_TOKEN,
      },
      envFile: false,
      logStream,
    });
    progress(
      `soak: ${o.commands.toLocaleString('en-US')} commands at ${o.concurrency} concurrent, ${postings.length} postings, bot on port ${bot.port}`,
    );
    let rssStart = 0;
    let rssEnd = 0;
    const load = await runSoakLoad({
      port: bot.port,
      path: COMMAND_PATH,
      bodies: commands.map((c) => c.body),
      concurrency: o.concurrency,
      patterns: { rateLimited: 'asking faster than I can answer', tooLong: 'message is too long' },
      atHalf: async () => {
        rssStart = await settledRssMb();
        progress(`soak: first half done, RSS ${rssStart.toFixed(0)} MB`);
      },
      atEnd: async () => {
        rssEnd = await settledRssMb();
      },
    });
    const total = load.latencies.length;
    const growth = rssStart > 0 ? ((rssEnd - rssStart) / rssStart) * 100 : 0;
    const result: SoakResult = {
      commands: o.commands,
      concurrency: o.concurrency,
      postings: postings.length,
      total,
      errors: load.errors,
      errorKinds: load.errorKinds,
      unanswered: load.unanswered,
      rateLimited: load.matched.rateLimited ?? 0,
      hotCommands: commands.filter((c) => c.hot).length,
      tooLong: load.matched.tooLong ?? 0,
      p50Ms: round(percentile(load.latencies, 50), 2),
      p99Ms: round(percentile(load.latencies, 99), 2),
      rps: round(total / (load.elapsedMs / 1000), 0),
      elapsedMs: round(load.elapsedMs, 0),
      rssStartMb: round(rssStart),
      rssEndMb: round(rssEnd),
      rssGrowthPct: round(growth, 2),
      logErrors,
      failures: [],
      examples: load.examples,
    };
    if (result.errors > 0) result.failures.push(`${result.errors} command(s) failed (non-200 or no connection)`);
    if (result.unanswered > 0) result.failures.push(`${result.unanswered} command(s) answered 200 without a text`);
    if (growth >= MAX_RSS_GROWTH_PCT)
      result.failures.push(`RSS grew ${growth.toFixed(1)}% over the second half (limit ${MAX_RSS_GROWTH_PCT}%)`);
    return result;
  } finally {
    await bot?.stop('soak done');
    await stub.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
