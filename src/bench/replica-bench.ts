// `positions bench --replicas N`: what several replicas on one PostgreSQL cost, beside one
// process on SQLite. The reminder sweep of 1,000 channels over the generated postings, run by N
// replicas at once (each with its own store connections and replica id), must post every due
// reminder exactly once: zero duplicates and zero missing are the pass line. A channel with many
// reminders gets them as one digest; each reminder a post delivers is counted. Then slash commands through N
// replicas (each its own bot and HTTP server on its own store, the load split between them) and
// through the one SQLite process. A fresh database is created and dropped on the server of
// DATABASE_URL (default: the local server).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { pino } from 'pino';
import { createHttpServer } from '../adapters/http-server.ts';
import { COMMAND_PATH, createMattermostAdapter } from '../adapters/mattermost/mattermost-adapter.ts';
import { type Brain, createBrain } from '../answers/brain.ts';
import type { Reply } from '../answers/reply.ts';
import { createBot } from '../bot/create-bot.ts';
import type { ChannelPoster, PostOptions } from '../bot/types.ts';
import { loadCorpus } from '../corpus/load-corpus.ts';
import { createMetrics } from '../observability/metrics.ts';
import { sweepReminders } from '../reminders/sweep.ts';
import { openPgStore } from '../store/pg-store.ts';
import { openSqliteStore } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { writeCorpus } from './generate-corpus.ts';
import { runHttpLoad, slashCommandBodies } from './http-load.ts';
import { buildQuestionMix } from './question-mix.ts';
import { DEFAULT_BENCH, percentile } from './run-bench.ts';

export interface ReplicaBenchOptions {
  replicas: number;
  postings: number;
  seed: number;
  channels: number;
  e2eRequests: number;
  concurrency: number;
  /** The server the fresh database is made on. */
  adminUrl: string;
  log: (line: string) => void;
}

export const DEFAULT_REPLICA_BENCH: Omit<ReplicaBenchOptions, 'log'> = {
  replicas: 3,
  postings: 10_000,
  seed: 1,
  channels: 1_000,
  e2eRequests: 2_000,
  concurrency: 16,
  adminUrl: 'postgres://postgres@127.0.0.1:5432/postgres',
};

export interface ReplicaTarget {
  name: string;
  value: number;
  pass: boolean;
}

/** What one setup's sweep did, as the channels saw it. */
export interface SweepFigures {
  ms: number;
  /** Messages posted (a digest of a channel's many reminders is one). */
  posts: number;
  /** Reminders those messages delivered, counting repeats. */
  reminders: number;
  /** Reminders delivered more than once (must be 0). */
  duplicates: number;
  /** Reminders due but not delivered, or delivered but not recorded as sent (must be 0). */
  missing: number;
}

export interface ReplicaBenchResult {
  replicas: number;
  postings: number;
  channels: number;
  remindersDue: number;
  sqlite: SweepFigures;
  pg: SweepFigures;
  sqliteSlashP50Ms: number;
  sqliteSlashP99Ms: number;
  replicaSlashP50Ms: number;
  replicaSlashP99Ms: number;
  slashRequests: number;
  slashErrors: number;
  targets: ReplicaTarget[];
}

const OFFSETS: readonly number[][] = [[14, 7, 1], [7, 1], [30, 14, 7, 3, 1], [1], [3, 1]];
const TOKEN = 'bench-command-token';
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * The channels every replica posts to: counts posts and each reminder a post delivers (a digest
 * names them in `covers`), and answers findPosted from the keys it holds.
 */
function countingPoster(): ChannelPoster & { posts: number; delivered: string[] } {
  const postKeys = new Set<string>();
  const poster = {
    platform: 'mattermost' as const,
    posts: 0,
    delivered: [] as string[],
    async postToChannel(_c: string, _r: Reply, options?: PostOptions) {
      poster.posts += 1;
      postKeys.add(String(options?.key));
      for (const key of options?.covers ?? [String(options?.key)]) poster.delivered.push(key);
    },
    async findPosted(_c: string, key: string) {
      return postKeys.has(key);
    },
  };
  return poster;
}

async function figuresOf(
  ms: number,
  poster: ReturnType<typeof countingPoster>,
  store: Store,
  due: number,
): Promise<SweepFigures> {
  const unique = new Set(poster.delivered).size;
  const sent = (await store.deliveries()).filter((d) => d.state === 'sent').length;
  return {
    ms: round(ms, 1),
    posts: poster.posts,
    reminders: poster.delivered.length,
    duplicates: poster.delivered.length - unique,
    missing: Math.max(due - unique, due - sent),
  };
}

async function subscribeChannels(store: Store, channels: number): Promise<void> {
  for (let c = 0; c < channels; c++)
    await store.subscribe({
      platform: 'mattermost',
      channelId: `channel${String(c).padStart(19, '0')}`,
      offsets: OFFSETS[c % OFFSETS.length] as number[],
      filter: null,
      createdBy: 'bench',
      createdAt: DEFAULT_BENCH.now.toISOString(),
    });
}

/** Slash commands through one HTTP server per store, the requests split between them. */
async function timeSlash(brain: Brain, stores: Store[], o: ReplicaBenchOptions) {
  const servers = stores.map((store) => {
    const http = createHttpServer();
    const bot = createBot({
      brain,
      store,
      clock: () => DEFAULT_BENCH.now,
      // The bench's 50 users would be rate-limited at once: the limit is not what is measured.
      config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute: 1_000_000_000, timeZone: DEFAULT_BENCH.timeZone },
      log: pino({ level: 'silent' }),
      metrics: createMetrics(),
    });
    createMattermostAdapter({
      handler: bot,
      http,
      log: pino({ level: 'silent' }),
      metrics: createMetrics(),
      config: { url: 'http://127.0.0.1:9', token: 'bench-bot-token', commandToken: TOKEN },
    });
    return http;
  });
  try {
    const ports = await Promise.all(servers.map((s) => s.listen(0, '127.0.0.1')));
    const mix = buildQuestionMix(brain.postings(), Math.min(1_000, o.e2eRequests), o.seed);
    const bodies = slashCommandBodies(
      mix.map((q) => q.text),
      TOKEN,
    );
    const share = (n: number) => Math.max(1, Math.ceil(n / ports.length));
    const loads = await Promise.all(
      ports.map((port) =>
        runHttpLoad({
          port,
          path: COMMAND_PATH,
          bodies,
          concurrency: share(o.concurrency),
          maxRequests: share(o.e2eRequests),
          maxMs: 60_000,
          warmup: Math.min(share(o.concurrency) * 2, share(o.e2eRequests)),
          warmupMaxMs: 10_000,
        }),
      ),
    );
    const latencies = loads.flatMap((l) => l.latencies);
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      n: latencies.length,
      errors: loads.reduce((s, l) => s + l.errors, 0),
    };
  } finally {
    for (const s of servers) await s.close();
  }
}

export async function runReplicaBench(o: ReplicaBenchOptions): Promise<ReplicaBenchResult> {
  const dir = await mkdtemp(join(tmpdir(), 'positions-replica-bench-'));
  const admin = new pg.Client({ connectionString: o.adminUrl, connectionTimeoutMillis: 5_000 });
  const name = `positions_bench_${process.pid}_${Date.now()}`;
  const opened: Store[] = [];
  let created = false;
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    created = true;
    const url = new URL(o.adminUrl);
    url.pathname = `/${name}`;

    o.log(`generating ${o.postings} postings`);
    await mkdir(join(dir, 'corpus'));
    await writeCorpus(join(dir, 'corpus'), { postings: o.postings, seed: o.seed });
    const corpus = await loadCorpus(join(dir, 'corpus'));
    const brain = createBrain(corpus.postings, { timeZone: DEFAULT_BENCH.timeZone });
    const log = pino({ level: 'silent' });
    const sweepOf = (store: Store, poster: ChannelPoster, orderFor?: string) =>
      sweepReminders({
        ...(orderFor ? { orderFor } : {}),
        store,
        postings: brain.postings(),
        posters: [poster],
        now: DEFAULT_BENCH.now,
        timeZone: DEFAULT_BENCH.timeZone,
        log,
      });

    o.log(`one process on SQLite: sweep of ${o.channels} channels`);
    const sqlite = await openSqliteStore(join(dir, 'bench.db'));
    opened.push(sqlite);
    await subscribeChannels(sqlite, o.channels);
    const sqlitePoster = countingPoster();
    let t0 = performance.now();
    const sqliteReport = await sweepOf(sqlite, sqlitePoster);
    const sqliteSweepMs = performance.now() - t0;
    // Every reminder current at the sweep, less those a channel already had (none: a fresh store).
    const due = sqliteReport.due;

    o.log(`${o.replicas} replicas on PostgreSQL: the same sweep, all at once`);
    const stores = await Promise.all(
      Array.from({ length: o.replicas }, (_, i) => openPgStore(url.toString(), { owner: `bench-replica-${i + 1}` })),
    );
    opened.push(...stores);
    await subscribeChannels(stores[0] as Store, o.channels);
    const poster = countingPoster();
    t0 = performance.now();
    // Each replica in an order of its own, as the bot sweeps.
    await Promise.all(stores.map((s) => sweepOf(s, poster, s.owner)));
    const pgSweepMs = performance.now() - t0;

    o.log(`slash commands: one SQLite process, then through ${o.replicas} replicas`);
    const single = await timeSlash(brain, [sqlite], o);
    const several = await timeSlash(brain, stores, o);

    const result: ReplicaBenchResult = {
      replicas: o.replicas,
      postings: corpus.postings.length,
      channels: o.channels,
      remindersDue: due,
      sqlite: await figuresOf(sqliteSweepMs, sqlitePoster, sqlite, due),
      pg: await figuresOf(pgSweepMs, poster, stores[0] as Store, due),
      sqliteSlashP50Ms: round(single.p50, 3),
      sqliteSlashP99Ms: round(single.p99, 3),
      replicaSlashP50Ms: round(several.p50, 3),
      replicaSlashP99Ms: round(several.p99, 3),
      slashRequests: several.n,
      slashErrors: single.errors + several.errors,
      targets: [],
    };
    result.targets = [
      {
        name: 'no reminder posted twice',
        value: result.sqlite.duplicates + result.pg.duplicates,
        pass: result.sqlite.duplicates + result.pg.duplicates === 0,
      },
      {
        name: 'every due reminder posted and recorded',
        value: result.sqlite.missing + result.pg.missing,
        pass: result.sqlite.missing + result.pg.missing === 0,
      },
      { name: 'no slash command failed', value: result.slashErrors, pass: result.slashErrors === 0 },
    ];
    return result;
  } finally {
    for (const s of opened) await s.close().catch(() => {});
    if (created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
}
