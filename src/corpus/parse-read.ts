// One file of the corpus folder read and parsed, every failure a `skipped` warning: the unit of
// work of loadCorpus, in-process or on a worker thread (./parse-pool.ts).
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { type FileReport, MAX_FILE_BYTES, parseFile } from './parse-file.ts';

function skipped(file: string, reason: string): FileReport {
  return { file, format: null, postings: [], warnings: [{ file, severity: 'skipped', reason }] };
}

export async function readAndParse(dir: string, name: string): Promise<FileReport> {
  const path = join(dir, name);
  try {
    const st = await stat(path);
    if (!st.isFile()) return skipped(name, 'not a regular file');
    if (st.size > MAX_FILE_BYTES) return skipped(name, `over 1 MiB (${st.size} bytes)`);
    return parseFile(name, await readFile(path));
  } catch (err) {
    return skipped(name, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The same with blocking reads, for a worker thread, where blocking holds up nothing else. */
export function readAndParseSync(dir: string, name: string): FileReport {
  const path = join(dir, name);
  try {
    const st = statSync(path);
    if (!st.isFile()) return skipped(name, 'not a regular file');
    if (st.size > MAX_FILE_BYTES) return skipped(name, `over 1 MiB (${st.size} bytes)`);
    return parseFile(name, readFileSync(path));
  } catch (err) {
    return skipped(name, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
