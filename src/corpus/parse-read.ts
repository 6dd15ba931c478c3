// One file of the corpus folder read and parsed, every failure a `skipped` warning: the unit of
// work of loadCorpus, in-process or on a worker thread (./parse-pool.ts).
import { join } from 'node:path';
import { type FileReport, MAX_FILE_BYTES, parseFile } from './parse-file.ts';
import { readRegularFile, readRegularFileSync } from './read-regular-file.ts';

function skipped(file: string, reason: string): FileReport {
  return { file, format: null, postings: [], warnings: [{ file, severity: 'skipped', reason }] };
}

export async function readAndParse(dir: string, name: string): Promise<FileReport> {
  const path = join(dir, name);
  try {
    const read = await readRegularFile(path, MAX_FILE_BYTES);
    return 'refused' in read ? skipped(name, read.refused) : parseFile(name, read.bytes);
  } catch (err) {
    return skipped(name, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The same with blocking reads, for a worker thread, where blocking holds up nothing else. */
export function readAndParseSync(dir: string, name: string): FileReport {
  const path = join(dir, name);
  try {
    const read = readRegularFileSync(path, MAX_FILE_BYTES);
    return 'refused' in read ? skipped(name, read.refused) : parseFile(name, read.bytes);
  } catch (err) {
    return skipped(name, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
