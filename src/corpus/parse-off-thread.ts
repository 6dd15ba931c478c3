// Parses a changed corpus file on a worker thread, within a time budget, so a hostile or huge
// file cannot hold up /healthz and the commands (a 384 KiB file once blocked them for 23 s).
// One worker is started on first use and kept for the next change; a file that takes longer
// than the budget gets the worker terminated and a `skipped` warning naming the file, and the
// next change starts a fresh worker. Without a way to run a worker (no esbuild bundle and no
// tsx), the file is parsed in-process as before.
import { Worker } from 'node:worker_threads';
import type { FileReport } from './parse-file.ts';
import { TSX_LOADER, tsxApiUrl } from './parse-pool.ts';
import { readAndParse } from './parse-read.ts';
import { BUNDLE_GLOBAL, parserBundle } from './worker-bundle.ts';

export interface ChangeParser {
  parse(name: string): Promise<FileReport>;
  close(): Promise<void>;
}

export const DEFAULT_PARSE_BUDGET_MS = 10_000;

// The worker answers one file at a time: { name } -> { report }.
const SERVE = `
const { parentPort, workerData } = require('node:worker_threads');
function serve(readAndParseSync) {
  parentPort.on('message', (msg) => {
    parentPort.postMessage({ id: msg.id, report: readAndParseSync(workerData.dir, msg.name) });
  });
  parentPort.postMessage({ ready: true });
}
`;

const TSX = `${SERVE}${TSX_LOADER}`;

async function workerSource(): Promise<{ code: string; tsx: string | null } | null> {
  const bundle = await parserBundle();
  if (bundle) return { code: `${SERVE}\n${bundle}\nserve(${BUNDLE_GLOBAL}.readAndParseSync);\n`, tsx: null };
  try {
    return { code: TSX, tsx: tsxApiUrl() };
  } catch {
    return null;
  }
}

function skipped(file: string, reason: string): FileReport {
  return { file, format: null, postings: [], warnings: [{ file, severity: 'skipped', reason }] };
}

export function createChangeParser(dir: string, options: { budgetMs?: number } = {}): ChangeParser {
  const budgetMs = options.budgetMs ?? DEFAULT_PARSE_BUDGET_MS;
  let ready: Promise<Worker | null> | null = null;
  /** No worker can run here: stop trying. */
  let unavailable = false;
  let nextId = 0;

  function start(): Promise<Worker | null> {
    return workerSource().then(
      (source) =>
        new Promise<Worker | null>((resolve) => {
          if (!source) {
            unavailable = true;
            resolve(null);
            return;
          }
          let worker: Worker;
          try {
            worker = new Worker(source.code, {
              eval: true,
              execArgv: [],
              workerData: { dir, tsx: source.tsx, module: new URL('./parse-read.ts', import.meta.url).href },
            });
          } catch {
            resolve(null);
            return;
          }
          worker.unref();
          const onFirst = (msg: { ready?: true }) => {
            worker.off('message', onFirst);
            resolve(msg.ready ? worker : null);
          };
          worker.on('message', onFirst);
          worker.once('error', () => resolve(null));
          worker.once('exit', () => {
            ready = null;
            resolve(null);
          });
        }),
    );
  }

  async function parseOn(worker: Worker, name: string): Promise<FileReport> {
    const id = ++nextId;
    return new Promise<FileReport>((resolve) => {
      const done = (report: FileReport) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        resolve(report);
      };
      const onMessage = (msg: { id?: number; report?: FileReport | null }) => {
        if (msg.id !== id) return;
        if (msg.report) done(msg.report);
        else {
          // A PDF or Word document: its reader is asynchronous and runs here.
          clearTimeout(timer);
          void readAndParse(dir, name).then(done);
        }
      };
      const onExit = () => done(skipped(name, 'could not be parsed: the parser stopped'));
      const timer = setTimeout(() => {
        // The worker is stuck in this file: it goes, the next change gets a fresh one.
        ready = null;
        void worker.terminate();
        done(skipped(name, `parsing took longer than ${budgetMs / 1000} s; the file is left out`));
      }, budgetMs);
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      worker.postMessage({ id, name });
    });
  }

  return {
    async parse(name) {
      if (unavailable) return readAndParse(dir, name);
      ready ??= start();
      const worker = await ready;
      if (!worker) {
        ready = null;
        return readAndParse(dir, name);
      }
      return parseOn(worker, name);
    },
    async close() {
      const worker = await ready;
      ready = null;
      await worker?.terminate();
    },
  };
}
