// The bot process, and the only place with side effects: config -> logger -> corpus -> brain ->
// store -> bot -> HTTP server -> adapters -> reminder schedule -> corpus watcher. `startBot`
// returns once everything runs; `done` resolves after a clean stop (a signal, the end of the
// console's input, or `stop()`).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import cron, { type ScheduledTask } from 'node-cron';
import { createConsoleAdapter } from './adapters/console/console-adapter.ts';
import { composeWelcome } from './adapters/console/welcome-line.ts';
import { createHttpServer } from './adapters/http-server.ts';
import { createMattermostAdapter } from './adapters/mattermost/mattermost-adapter.ts';
import { createSlackAdapter } from './adapters/slack/slack-adapter.ts';
import { createBrain } from './answers/brain.ts';
import { createBot } from './bot/create-bot.ts';
import { followCorpus } from './bot/follow-corpus.ts';
import { type Adapter, type AdapterStatus, type Clock, systemClock } from './bot/types.ts';
import { calendarLinks, newLinkSecret } from './calendar/calendar-links.ts';
import { linkingHandler, linkingPoster } from './calendar/card-links.ts';
import { serveCalendars } from './calendar/serve-calendars.ts';
import { type Config, ConfigError, loadConfig, publicUrlOf } from './config/load-config.ts';
import { loadCorpus } from './corpus/load-corpus.ts';
import { type CorpusWatcher, watchCorpus } from './corpus/watch-corpus.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics, type Metrics } from './observability/metrics.ts';
import { announceChanges } from './reminders/announce.ts';
import { missedToday, scheduleRunsOn } from './reminders/missed-day.ts';
import { sweepReminders } from './reminders/sweep.ts';
import { openStore } from './store/open-store.ts';
import type { Store } from './store/store.ts';
import { localDate } from './time/calendar.ts';

export interface StartOptions {
  /** The environment to configure from (values in it win over the `.env` file). */
  env: Record<string, string | undefined>;
  /** The console's input and output (process.stdin / process.stdout by default). */
  stdin?: Readable;
  stdout?: Writable;
  /** Where the JSON log lines go (stderr by default). */
  logStream?: Writable;
  /** The clock for answers, reminders and announcements (the system clock by default). */
  clock?: Clock;
  /** A `.env` file to read: '.env' in the working folder by default; false reads none. */
  envFile?: string | false;
  /** SIGINT and SIGTERM stop the bot (for the real process; tests call stop()). */
  handleSignals?: boolean;
  /** Corpus watcher timings (tests shorten them). */
  watch?: { debounceMs?: number; pollMs?: number };
}

export interface Health {
  /** 'ok' while every adapter is connected; 'degraded' when one is not (starting, reconnecting). */
  status: 'ok' | 'degraded' | 'stopping';
  postings: number;
  adapters: ({ platform: string } & AdapterStatus)[];
  startedAt: string;
  lastSweep: { at: string; ok: boolean; report?: unknown; error?: string } | null;
}

export interface RunningBot {
  config: Config;
  /** The HTTP port really listened on (PORT=0 picks a free one). */
  port: number;
  metrics: Metrics;
  /** Resolves once the bot has stopped cleanly. */
  done: Promise<void>;
  stop(reason?: string): Promise<void>;
  /** Runs the reminder sweep now (what the schedule does). */
  sweep(): Promise<unknown>;
  health(): Health;
}

export async function startBot(options: StartOptions): Promise<RunningBot> {
  const env = { ...readEnvFile(options.envFile ?? '.env'), ...dropUndefined(options.env) };
  const config = loadConfig(env);
  if (!cron.validate(config.reminderCron)) {
    throw new ConfigError(
      `REMINDER_CRON: not a cron expression such as '0 9 * * *' (got ${JSON.stringify(config.reminderCron)})`,
    );
  }
  const clock = options.clock ?? systemClock;
  // A console chat is not interleaved with JSON: its log goes to a file beside the database,
  // with warnings and errors still on stderr.
  const consoleOnly = !config.slack && !config.mattermost;
  const logFile = consoleOnly ? consoleLogFile(config.dbPath) : undefined;
  const log = createLogger({
    level: config.logLevel,
    ...(options.logStream ? { destination: options.logStream } : {}),
    ...(logFile && !options.logStream ? { file: logFile } : {}),
  });
  const metrics = createMetrics();
  const startedAt = clock().toISOString();

  // A missing corpus folder throws a CorpusError: one clear line from the CLI. Each file's
  // postings are indexed as they come in, while workers go on parsing the rest.
  const brain = createBrain([], { timeZone: config.timeZone });
  const corpus = await loadCorpus(config.corpusDir, { onFile: (r) => brain.replaceFile(r.file, r.postings) });
  for (const w of corpus.warnings)
    log.warn({ file: w.file, line: w.line, reason: w.reason }, `corpus file ${w.file}: ${w.reason}`);

  // An unreachable DATABASE_URL rejects with one line naming it (a StoreOpenError: exit 2).
  const store: Store = await openStore(config, log);
  // Calendar links: under PUBLIC_URL (its default port known once listening), posting links
  // signed with a key every replica shares.
  let publicUrl = config.publicUrl;
  const linkSecret = await store.deploymentSecret('calendar-links', newLinkSecret()).catch(async (err: unknown) => {
    await store.close().catch(() => {});
    throw err;
  });
  const links = calendarLinks(() => publicUrl, linkSecret);
  const bot = linkingHandler(
    createBot({ brain, store, clock, config, log, metrics, calendar: { store, links } }),
    links,
  );
  const http = createHttpServer((err) =>
    log.error({ err: err instanceof Error ? err.message : String(err) }, 'HTTP handler failed'),
  );

  const adapters: Adapter[] = [];
  const deps = {
    handler: bot,
    http,
    log,
    metrics,
    firstSighting: (eventId: string) => store.firstSighting(eventId, clock()),
  };
  let consoleEnded: Promise<void> | null = null;
  let status: 'ok' | 'stopping' = 'ok';
  const started = new Set<Adapter>();
  let lastSweep: Health['lastSweep'] = null;
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p)).catch(() => {});
    return p;
  };

  let task: ScheduledTask | null = null;
  let catchUp: ScheduledTask | null = null;
  let watcher: CorpusWatcher | null = null;
  let listening = false;
  const signalHandlers: [NodeJS.Signals, () => void][] = [];

  const sweepDeps = () => ({
    store,
    postings: brain.postings(),
    posters: adapters.map((a) => linkingPoster(a, links)),
    now: clock(),
    timeZone: config.timeZone,
    log,
    metrics,
    claimOptions: { leaseMs: config.claimLeaseMs },
    orderFor: store.owner,
  });

  // A sweep that met claims under a live lease (a replica delivering, or one that died and whose
  // lease has not lapsed yet) looks again once that lease is over, so a dead replica's reminders
  // go out within a lease and a sweep rather than at the next day's schedule.
  let retryTimer: NodeJS.Timeout | null = null;
  const sweepAgainAfterLease = (report: unknown) => {
    if (retryTimer || status !== 'ok' || !((report as { busy?: number } | null)?.busy ?? 0)) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void sweep();
    }, config.claimLeaseMs + 1_000);
    retryTimer.unref();
  };

  let sweeping: Promise<unknown> | null = null;
  const sweep = (): Promise<unknown> => {
    // One sweep at a time: a schedule tick during the catch-up sweep joins it.
    if (sweeping) return sweeping;
    const at = clock().toISOString();
    sweeping = track(
      sweepReminders(sweepDeps())
        .then((report) => {
          lastSweep = { at, ok: true, report };
          sweepAgainAfterLease(report);
          return report;
        })
        .catch((err: unknown) => {
          const error = err instanceof Error ? err.message : String(err);
          lastSweep = { at, ok: false, error };
          log.error({ err: error }, 'reminder sweep failed; the next run retries');
          return null;
        })
        .finally(() => {
          sweeping = null;
        }),
    );
    return sweeping;
  };
  const announce = (): Promise<unknown> =>
    track(
      announceChanges(sweepDeps()).catch((err: unknown) => {
        log.error({ err: err instanceof Error ? err.message : String(err) }, 'announcements failed');
        return null;
      }),
    );

  const health = (): Health => {
    const states = adapters.map((a) => ({
      platform: a.platform,
      ...(a.status?.() ?? { state: started.has(a) ? ('connected' as const) : ('starting' as const), since: startedAt }),
    }));
    const degraded = states.some((s) => s.state !== 'connected');
    return {
      status: status === 'stopping' ? 'stopping' : degraded ? 'degraded' : 'ok',
      postings: brain.postings().length,
      adapters: states,
      startedAt,
      lastSweep,
    };
  };

  let adaptersStarted = false;
  async function readiness(): Promise<Readiness> {
    let storeOk = true;
    let storeError: string | undefined;
    try {
      await withTimeout(store.ping(), READY_TIMEOUT_MS);
    } catch (err) {
      storeOk = false;
      storeError = err instanceof Error ? err.message : String(err);
    }
    const adapterStates = Object.fromEntries(
      adapters.map((a) => [a.platform, adaptersStarted && (a.isConnected ? a.isConnected() : true)] as const),
    );
    const ready = status === 'ok' && storeOk && adaptersStarted && Object.values(adapterStates).every(Boolean);
    return {
      ready,
      store: { engine: store.engine, ok: storeOk, ...(storeError ? { error: storeError } : {}) },
      adapters: adapterStates,
      replica: store.owner,
    };
  }

  async function closeAll(): Promise<void> {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    await task?.destroy();
    task = null;
    await catchUp?.destroy();
    catchUp = null;
    await watcher?.close();
    watcher = null;
    while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    for (const a of adapters) {
      try {
        await a.stop();
      } catch (err) {
        log.warn(
          { platform: a.platform, err: err instanceof Error ? err.message : String(err) },
          'adapter stop failed',
        );
      }
    }
    if (listening) await http.close();
    await store.close();
  }

  try {
    http.route('GET', '/healthz', (_req, res) => {
      const h = health();
      // 503 lets a load balancer or orchestrator see an adapter that does not work.
      res
        .writeHead(h.status === 'ok' ? 200 : 503, { 'content-type': 'application/json' })
        .end(`${JSON.stringify(h)}\n`);
    });
    // Readiness, for a load balancer or a Kubernetes probe: this replica can serve now (its store
    // answers, its adapters are started and connected). /healthz stays liveness.
    http.route('GET', '/readyz', async (_req, res) => {
      const ready = await readiness();
      res.writeHead(ready.ready ? 200 : 503, { 'content-type': 'application/json' }).end(`${JSON.stringify(ready)}\n`);
    });
    http.route('GET', '/metrics', async (_req, res) => {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(body);
    });

    serveCalendars(http, {
      store,
      postings: () => brain.postings(),
      clock,
      defaultOffsets: config.reminderOffsets,
      linkSecret,
      publicUrl: () => publicUrl,
      log,
    });

    if (config.slack) adapters.push(createSlackAdapter({ ...deps, config: config.slack }));
    if (config.mattermost)
      adapters.push(createMattermostAdapter({ ...deps, config: config.mattermost, publicUrl: config.publicUrl }));
    if (adapters.length === 0) {
      const consoleAdapter = createConsoleAdapter({
        handler: bot,
        log,
        ...(options.stdin ? { input: options.stdin } : {}),
        ...(options.stdout ? { output: options.stdout } : {}),
        user: 'you',
        welcome: () => composeWelcome(brain.postings(), clock(), config.timeZone),
      });
      consoleEnded = consoleAdapter.ended;
      adapters.push(consoleAdapter);
    }

    const port = await listenOrExplain(http, config);
    listening = true;
    publicUrl = publicUrlOf(config, port);
    for (const a of adapters) {
      await a.start();
      started.add(a);
    }
    adaptersStarted = true;

    // The corpus as it is now: the first start remembers it silently, later starts announce
    // what changed while the bot was down.
    await announce();
    void sweep();
    // Announcements first: a reminder already covered by today's announcement is not repeated.
    task = cron.schedule(config.reminderCron, () => announce().then(sweep), {
      timezone: config.timeZone,
      name: 'positions-reminders',
      noOverlap: true,
    });
    // A day the schedule skipped (its time inside a DST gap) is swept within the hour after.
    catchUp = cron.schedule(
      '17 * * * *',
      () => {
        const now = clock();
        const next = task?.getNextRun() ?? null;
        const missed = missedToday({
          today: localDate(now, config.timeZone),
          lastSweepDay: lastSweep ? localDate(new Date(lastSweep.at), config.timeZone) : null,
          nextRunDay: next ? localDate(next, config.timeZone) : null,
          runsToday: scheduleRunsOn(config.reminderCron, now, config.timeZone),
        });
        if (!missed) return;
        log.warn('the reminder schedule did not run today (a time inside a DST gap?): sweeping now');
        return announce().then(sweep);
      },
      { timezone: config.timeZone, name: 'positions-missed-day', noOverlap: true },
    );
    watcher = watchCorpus(config.corpusDir, {
      log,
      onChange: followCorpus({ brain, log, metrics, initial: corpus.files, announce }),
      ...options.watch,
    });

    let stopping: Promise<void> | null = null;
    let resolveDone: () => void = () => {};
    const done = new Promise<void>((resolve) => {
      resolveDone = resolve;
    });
    const stop = (reason = 'stop'): Promise<void> => {
      if (stopping) return stopping;
      status = 'stopping';
      log.info({ reason }, 'stopping');
      for (const [signal, handler] of signalHandlers) process.off(signal, handler);
      stopping = closeAll()
        .then(() => log.info('stopped'))
        .finally(resolveDone);
      return stopping;
    };
    if (options.handleSignals) {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        const handler = () => void stop(signal);
        signalHandlers.push([signal, handler]);
        process.once(signal, handler);
      }
    }
    if (consoleEnded) void consoleEnded.then(() => stop('end of console input'));

    log.info(
      {
        host: config.host,
        port,
        adapters: adapters.map((a) => a.platform),
        postings: brain.postings().length,
        corpus: config.corpusDir,
      },
      'positions bot started',
    );
    return { config, port, metrics, done, stop, sweep, health };
  } catch (err) {
    await closeAll().catch(() => {});
    throw err;
  }
}

/** The console's log file, beside the database (':memory:' keeps it in the data folder). */
function consoleLogFile(dbPath: string): string {
  return join(dbPath === ':memory:' ? 'data' : dirname(dbPath), 'positions.log');
}

/** A taken port or a wrong HOST is one line saying what to do, not a stack trace. */
async function listenOrExplain(http: ReturnType<typeof createHttpServer>, config: Config): Promise<number> {
  try {
    return await http.listen(config.port, config.host);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new ConfigError(
        `PORT: ${config.host}:${config.port} is already in use by another program; set PORT to a free port (PORT=0 takes any free one)`,
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EACCES') {
      throw new ConfigError(
        `HOST: cannot listen on ${config.host}:${config.port} (${code}); set HOST (and PORT) to an address of this machine`,
      );
    }
    throw err;
  }
}

/** What /readyz answers. */
export interface Readiness {
  ready: boolean;
  store: { engine: string; ok: boolean; error?: string };
  adapters: Record<string, boolean>;
  replica: string;
}

const READY_TIMEOUT_MS = 2_000;

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/** `KEY=value` lines of a `.env` file (comments, `export`, quotes); a missing file is no error. */
export function readEnvFile(path: string | false): Record<string, string> {
  if (path === false || !existsSync(path)) return {};
  return parseEnvText(readFileSync(path, 'utf8'));
}

export function parseEnvText(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    let value = m[2] ?? '';
    const q = value[0];
    if ((q === '"' || q === "'") && value.lastIndexOf(q) > 0) {
      value = value.slice(1, value.lastIndexOf(q));
      if (q === '"') value = value.replace(/\\n/g, '\n');
    } else {
      value = value.replace(/\s+#.*$/, '').trim();
    }
    out[m[1] as string] = value;
  }
  return out;
}

function dropUndefined(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}
