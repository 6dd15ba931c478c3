// Parsing a large corpus on worker threads, and on the calling thread between their replies. Each
// worker reads and parses the files it is handed (readAndParseSync, the same function the calling
// thread runs) and sends back their reports; the caller keeps the order. A worker runs the parser bundled by esbuild into one script
// (./worker-bundle.ts), or, without esbuild, imports the TypeScript through tsx. A worker that
// fails to start or dies hands its files back to the caller, which parses them in-process, so
// the result never depends on the pool.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileReport } from './parse-file.ts';
import { readAndParseSync } from './parse-read.ts';
import { BUNDLE_GLOBAL, parserBundle } from './worker-bundle.ts';

export interface PoolOptions {
  dir: string;
  files: string[];
  workers: number;
  /**
   * Most files per message to a worker: large enough to amortise messaging; the batches shrink as
   * the files run out, so that no thread is left with a long last batch while the others wait.
   */
  batch?: number;
  /**
   * Whether the calling thread parses too: 'share' takes small batches from the same queue as the
   * workers, between their replies, until the files run out; 'never' leaves it all to the workers.
   * Sharing, because with one worker on two cores this thread would otherwise only wait between
   * indexing what the worker sends, and the worker's parse is the load's critical path (measured
   * at 10,000 postings: 4.2 s with this thread parsing only until the worker was ready, 3.5-3.6 s
   * shared, this thread taking about 37% of the files).
   */
  here?: 'share' | 'never';
  /** Files the calling thread parses between two turns of its event loop ('share'). */
  hereBatch?: number;
  /** Called with each batch of reports as it arrives (batches come in any order). */
  onReports?: (reports: FileReport[]) => void;
}

export interface PoolResult {
  /** Reports by file name; files missing here were not parsed (a worker failed, or a document). */
  reports: Map<string, FileReport>;
  /** Time from starting the workers to the first one ready, in ms. */
  startupMs: number;
  /** Time the workers spent reading and parsing, summed over workers, in ms. */
  workMs: number;
  /** Time the calling thread spent reading and parsing, in ms. */
  hereMs: number;
  /** Files the calling thread parsed itself. */
  hereFiles: number;
}

// A worker is CommonJS evaluated from a string (no file of its own to ship): `serve` answers
// batches until told to stop, with the parser from the bundle or, failing that, through tsx.
const SERVE = `
const { parentPort, workerData } = require('node:worker_threads');
function serve(readAndParseSync) {
  parentPort.on('message', (msg) => {
    if (msg === 'stop') { parentPort.close(); return; }
    const t0 = performance.now();
    // A PDF or Word document (null) is left to the caller, whose reader is asynchronous.
    const reports = msg.files.map((name) => readAndParseSync(workerData.dir, name)).filter(Boolean);
    parentPort.postMessage({ reports, ms: performance.now() - t0 });
  });
  parentPort.postMessage({ ready: true });
}
`;

/** After a worker's `serve`: loads the parser through tsx (workerData.tsx, .module) and serves. */
export const TSX_LOADER = `
(async () => {
  const { register } = await import(workerData.tsx);
  register();
  const { readAndParseSync } = await import(workerData.module);
  serve(readAndParseSync);
})().catch((err) => parentPort.postMessage({ error: String((err && err.stack) || err) }));
`;

const TSX_WORKER = `${SERVE}${TSX_LOADER}`;

/** The worker's source with the parser bundled in (./worker-bundle.ts), or null without esbuild. */
async function bundledWorker(): Promise<string | null> {
  const code = await parserBundle();
  return code ? `${SERVE}\n${code}\nserve(${BUNDLE_GLOBAL}.readAndParseSync);\n` : null;
}

/** tsx's ESM API entry (its CommonJS twin resolves its own chunks wrongly from a worker). */
export function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = require(pkgPath) as { exports: Record<string, { import?: { default?: string } }> };
  const entry = pkg.exports['./esm/api']?.import?.default;
  if (!entry) throw new Error("tsx has no './esm/api' ESM entry");
  return new URL(entry, pathToFileURL(pkgPath)).href;
}

function workerData(dir: string): { dir: string; tsx: string | null; module: string } {
  let tsx: string | null = null;
  try {
    tsx = tsxApiUrl();
  } catch {
    // Then only the bundled worker can run.
  }
  return { dir, tsx, module: new URL('./parse-read.ts', import.meta.url).href };
}

/** The smallest batch: below it, messaging costs more than the balance it buys. */
const MIN_BATCH = 4;

export async function parseInPool(o: PoolOptions): Promise<PoolResult> {
  const maxBatch = Math.max(1, o.batch ?? 32);
  const hereBatch = Math.max(1, o.hereBatch ?? MIN_BATCH);
  const here = o.here ?? 'never';
  const reports = new Map<string, FileReport>();
  const received = (batchReports: FileReport[]) => {
    for (const r of batchReports) reports.set(r.file, r);
    o.onReports?.(batchReports);
  };
  // One queue, which every thread takes from the front, so that the reports come in nearly in
  // file order (a caller that delivers them in order holds back only a few batches). A batch is
  // at most an eighth of what is left, so the last ones are small and the threads end together.
  let taken = 0;
  const take = (most: number): string[] | null => {
    const left = o.files.length - taken;
    if (left <= 0) return null;
    const n = Math.min(left, most, Math.max(MIN_BATCH, Math.ceil(left / 8)));
    taken += n;
    return o.files.slice(taken - n, taken);
  };
  const started = performance.now();
  let startupMs = -1;
  let workMs = 0;
  let hereMs = 0;
  let hereFiles = 0;
  const data = workerData(o.dir);
  const source = bundledWorker().then((code) => code ?? (data.tsx ? TSX_WORKER : null));
  // Workers still starting when the queue runs dry are not waited for.
  const starting = new Set<() => void>();
  const runOne = async () => {
    const code = await source;
    // No way to run a worker, or nothing left for it by the time it could start.
    if (!code || taken >= o.files.length) return;
    await new Promise<void>((resolve) => {
      let worker: Worker;
      try {
        // No flags from this process: `--import tsx` would load tsx into a bundled worker for
        // nothing, and `--input-type=module` (node -e) would read the CommonJS source as ESM.
        worker = new Worker(code, { eval: true, workerData: data, execArgv: [] });
      } catch {
        resolve();
        return;
      }
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        starting.delete(finish);
        // Files this worker had taken but not answered are left for the caller to parse. Its end
        // is waited for: a load that returned while a worker was still exiting had its heap too
        // (RSS after a load at 10,000 postings 390-400 MB in two runs of five, else 275-300 MB).
        const end = () => resolve();
        worker.terminate().then(end, end);
      };
      starting.add(finish);
      // Two batches in flight, so that a worker has the next one while its last answer is read.
      let inFlight = 0;
      const next = () => {
        const files = take(maxBatch);
        if (files) {
          worker.postMessage({ files });
          inFlight++;
        } else if (inFlight === 0) {
          worker.postMessage('stop');
          finish();
        }
      };
      worker.on('message', (msg: { ready?: true; reports?: FileReport[]; ms?: number }) => {
        if (msg.ready) {
          starting.delete(finish);
          if (startupMs < 0) startupMs = performance.now() - started;
          next();
          next();
        } else if (msg.reports) {
          inFlight--;
          received(msg.reports);
          workMs += msg.ms ?? 0;
          next();
        } else finish();
      });
      worker.on('error', finish);
      worker.on('exit', finish);
    });
  };
  const runHere = async () => {
    for (;;) {
      // A turn of the event loop between batches lets the workers' replies in, to be indexed
      // promptly (which also keeps the reports held back for file order few).
      await new Promise((resolve) => setImmediate(resolve));
      const files = take(hereBatch);
      if (!files) {
        for (const stop of [...starting]) stop();
        return;
      }
      const t0 = performance.now();
      received(files.map((name) => readAndParseSync(o.dir, name)).filter((r) => r !== null));
      hereMs += performance.now() - t0;
      hereFiles += files.length;
    }
  };
  await Promise.all([...Array.from({ length: o.workers }, runOne), ...(here === 'share' ? [runHere()] : [])]);
  return { reports, startupMs: Math.max(0, startupMs), workMs, hereMs, hereFiles };
}
