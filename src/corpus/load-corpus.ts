// Reads a folder of postings (non-recursive): every .txt .md .markdown .html .htm file.
// A large folder is parsed on worker threads (./parse-pool.ts): parsing is CPU-bound, about
// 0.6 ms a posting, so 10,000 postings took 6 s on one core.

import { readdir, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
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
   * in-process only. Default: one fewer than the cores (at least 1, at most 3).
   */
  workers?: number;
  /** Fewer files than this are parsed in-process: starting a worker costs more than it saves. */
  minFilesForWorkers?: number;
}

/** Below this many files the workers' start-up (a few hundred ms) outweighs the parallel parse. */
const MIN_FILES_FOR_WORKERS = 200;

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
  const workers = Math.max(0, Math.floor(options.workers ?? Math.min(3, Math.max(1, availableParallelism() - 1))));
  let parsed = new Map<string, FileReport>();
  if (workers > 0 && files.length >= (options.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS)) {
    try {
      parsed = (await parseInPool({ dir, files, workers, inProcess: true })).reports;
    } catch {
      // The pool is an optimisation: whatever it did not parse is parsed below.
    }
  }
  const reports = await Promise.all(files.map((name) => parsed.get(name) ?? readAndParse(dir, name)));
  return {
    postings: reports.flatMap((r) => r.postings),
    warnings: reports.flatMap((r) => r.warnings),
    files: reports,
  };
}
