// Reads a folder of postings (non-recursive): every .txt .md .markdown .html .htm .eml .pdf .docx file.
// A large folder is parsed on worker threads (./parse-pool.ts): parsing is CPU-bound, a few
// tenths of a ms a posting, and the caller can index each file's postings as they come in.
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

/** PDF and Word files: read on this thread, whose readers are asynchronous (./parse-any-file.ts). */
const isDocumentFile = (name: string): boolean => /\.(pdf|docx)$/i.test(name);

export interface LoadOptions {
  /**
   * Worker threads for a large folder. Default: one fewer than the cores (at least 1, at most 3),
   * or none when the load average says the cores are oversubscribed (a worker then only competes
   * with this thread). This thread parses a share of the files too, between indexing what the
   * workers send (./parse-pool.ts); 0 parses everything in-process.
   */
  workers?: number;
  /** Fewer files than this are parsed in-process: starting a worker costs more than it saves. */
  minFilesForWorkers?: number;
  /**
   * Each file's report as soon as it and every file before it (by name) are parsed: a caller
   * can index postings while later files are still being parsed.
   */
  onFile?: (report: FileReport) => void;
}

/**
 * Below this many files a worker gains nothing: its code warms up as this thread's would, and
 * its heap comes on top (measured on 2 cores at 1,000 postings: 0.65 s either way, 15-50 MB
 * more RSS with a worker).
 */
const MIN_FILES_FOR_WORKERS = 5_000;

/**
 * Workers by default: one fewer than the cores (at most 3; this thread indexes what they parse
 * and parses a share itself), none when the machine is oversubscribed (1-min load average at
 * least cores + 0.5; it includes this process's own recent work). Measured on this 2-core machine
 * at 10,000 postings: two workers were slower than one (two threads parsing at once each ran at
 * 60% of the speed of one alone), and parsing everything here grew the RSS after loading by
 * 50 MB; one worker with this thread taking about a third of the files between its indexing
 * costs 10 MB of RSS and shortens the load by 0.6 s.
 */
function defaultWorkers(): number {
  const cores = availableParallelism();
  if ((loadavg()[0] ?? 0) >= cores + 0.5) return 0;
  return Math.min(3, Math.max(1, cores - 1));
}

const READS_IN_FLIGHT = 64;

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const run = async () => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, run));
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
  const reports = new Map<string, FileReport>();
  // Reports go to onFile in file order, each as soon as every file before it is in.
  let delivered = 0;
  const deliver = () => {
    for (; delivered < files.length; delivered++) {
      const report = reports.get(files[delivered] as string);
      if (!report) return;
      options.onFile?.(report);
    }
  };
  const large = files.length >= (options.minFilesForWorkers ?? MIN_FILES_FOR_WORKERS);
  const workers = large ? Math.max(0, Math.floor(options.workers ?? defaultWorkers())) : 0;
  const parseHere = async (name: string) => {
    reports.set(name, await readAndParse(dir, name));
    deliver();
  };
  // Documents are read here while the workers parse the text files (a worker would hand them
  // back; a document it finds under another name is read below).
  const documents = workers > 0 ? mapLimit(files.filter(isDocumentFile), 2, parseHere) : Promise.resolve();
  if (workers > 0) {
    try {
      await parseInPool({
        dir,
        files: files.filter((name) => !isDocumentFile(name)),
        workers,
        here: 'share',
        onReports: (batch) => {
          for (const r of batch) reports.set(r.file, r);
          deliver();
        },
      });
    } catch {
      // The pool is an optimisation: whatever it did not parse is parsed below.
    }
  }
  // 64 files in flight at a time: all 8,000 at once held every buffer and pending parse alive
  // together, which grew the heap, and the RSS after loading, by 100 MB for nothing.
  await documents;
  await mapLimit(
    files.filter((name) => !reports.has(name)),
    READS_IN_FLIGHT,
    parseHere,
  );
  const ordered = files.map((name) => reports.get(name) as FileReport);
  return {
    postings: ordered.flatMap((r) => r.postings),
    warnings: ordered.flatMap((r) => r.warnings),
    files: ordered,
  };
}
