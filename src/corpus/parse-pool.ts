// Parsing a large corpus on worker threads. Each worker reads and parses the files it is handed
// (readAndParse, the same function the in-process path runs) and sends back their reports; the
// caller keeps the order. A worker runs the parser bundled by esbuild into one script
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
  /** Files per message: large enough to amortise messaging, small enough to balance the load. */
  batch?: number;
  /**
   * Whether the calling thread parses batches too: 'until-ready' only while no worker has started,
   * so that it is not idle then, and leaves the parsing to the workers afterwards (its heap then
   * holds only the postings, not the garbage of parsing them; and on two cores a second thread
   * parsing slowed the first so much that both together gained little); or 'never'.
   */
  here?: 'until-ready' | 'never';
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

const TSX_WORKER = `${SERVE}
(async () => {
  const { register } = await import(workerData.tsx);
  register();
  const { readAndParseSync } = await import(workerData.module);
  serve(readAndParseSync);
})().catch((err) => parentPort.postMessage({ error: String((err && err.stack) || err) }));
`;

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

export async function parseInPool(o: PoolOptions): Promise<PoolResult> {
  const batch = o.batch ?? 32;
  const here = o.here ?? 'never';
  let anyReady = false;
  const received = (batchReports: FileReport[]) => {
    for (const r of batchReports) reports.set(r.file, r);
    o.onReports?.(batchReports);
  };
  const queue: string[][] = [];
  for (let i = 0; i < o.files.length; i += batch) queue.push(o.files.slice(i, i + batch));
  const reports = new Map<string, FileReport>();
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
    if (!code || queue.length === 0) return;
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
        // Files this worker had taken but not answered are left for the caller to parse.
        void worker.terminate();
        resolve();
      };
      starting.add(finish);
      // Two batches in flight, so that a worker has the next one while its last answer is read.
      let inFlight = 0;
      const next = () => {
        const files = queue.shift();
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
          anyReady = true;
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
      // A turn of the event loop between batches lets the workers' replies in.
      await new Promise((resolve) => setImmediate(resolve));
      if (anyReady) return;
      const files = queue.shift();
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
  await Promise.all([...Array.from({ length: o.workers }, runOne), ...(here === 'never' ? [] : [runHere()])]);
  return { reports, startupMs: Math.max(0, startupMs), workMs, hereMs, hereFiles };
}
