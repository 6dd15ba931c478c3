// Reads a folder of postings (non-recursive): every .txt .md .markdown .html .htm file.
// A large folder is parsed on worker threads (./parse-pool.ts): parsing is CPU-bound, about
// 0.6 ms a posting, so 10,000 postings took 6 s on one core.
import { readdir, stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { extname } from 'node:path';
import { type FileReport, POSTING_EXTENSIONS } from './parse-file.ts';
import { parseInPool } from './parse-pool.ts';
import { readAndParse } from './parse-read.ts';
import type { LoadWarning, Posting } from './posting.ts';

export type { FileReport } from './parse-file.ts';

export interface Corpus {
  postings: Posting[];
  warnings: LoadWarning[];
  files: FileReport[];
}

export class CorpusError extends Error {
  override name = 'CorpusError';
}

export function isPostingFile(name: string): boolean {
  return (POSTING_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());
}

export interface LoadOptions {
  /**
   * Worker threads for a large folder, besides this thread, which parses too; 0 parses
   * in-process only. Default: one fewer than the cores (at least 1, at most 3), or none when the
   * load average says the cores are oversubscribed (a worker then only competes with this thread).
   */
  workers?: number;
  /** Fewer files than this are parsed in-process: starting a worker costs more than it saves. */
  minFilesForWorkers?: number;
}

/**
 * Below this many files a worker costs more than it saves: it starts in 0.5-0.9 s and then
 * parses at half speed for about a second while its code warms up, and the main thread, which
 * parses too, pays for receiving its results (measured on 2 cores: 1,000 postings 1.4 s
 * in-process, 2.4 s with a worker; 10,000 postings on an otherwise idle machine 5.9 s -> 4.9 s).
 */
const MIN_FILES_FOR_WORKERS = 5_000;

/**
 * Workers by default: one fewer than the cores, and none when the machine is oversubscribed (1-min
 * load average at least cores + 0.5; it includes this process's own recent work). Measured at
 * 10,000 postings on 2 cores: load average 1.2-2.1, 6.0-6.6 s in-process vs 4.8-5.1 s with a
 * worker; at 3.2, 8.1-8.6 s vs 10.0-10.4 s.
 */
function defaultWorkers(): number {
  const cores = availableParallelism();
  if ((loadavg()[0] ?? 0) >= cores + 0.5) return 0;
  return Math.min(3, Math.max(1, cores - 1));
}

const READS_IN_FLIGHT = 64;

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => R | Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const run = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
  return out;
}

export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  let names: string[];
  try {
    const st = await stat(dir);
    if (!st.isDirectory()) throw new CorpusError(`The corpus folder '${dir}' is not a folder.`);
    names = await readdir(dir);
  } catch (err) {
    if (err instanceof CorpusError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CorpusError(`The corpus folder '${dir}' does not exist.`);
    throw new CorpusError(`The corpus folder '${dir}' cannot be read (${code ?? 'error'}).`);
  }
  const files = names.filter(isPostingFile).sort();
  let parsed = new Map<string, FileReport>();
  const large = files.length >= (options.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS);
  const workers = large ? Math.max(0, Math.floor(options.workers ?? defaultWorkers())) : 0;
  if (workers > 0) {
    try {
      parsed = (await parseInPool({ dir, files, workers, inProcess: true })).reports;
    } catch {
      // The pool is an optimisation: whatever it did not parse is parsed below.
    }
  }
  // 64 files in flight at a time: all 8,000 at once held every buffer and pending parse alive
  // together, which grew the heap, and the RSS after loading, by 100 MB for nothing.
  const reports = await mapLimit(files, READS_IN_FLIGHT, (name) => parsed.get(name) ?? readAndParse(dir, name));
  return {
    postings: reports.flatMap((r) => r.postings),
    warnings: reports.flatMap((r) => r.warnings),
    files: reports,
  };
}
