// One file of the corpus folder read and parsed, every failure a `skipped` warning: the unit of
// work of loadCorpus, in-process or on a worker thread (./parse-pool.ts). Only regular files
// inside the folder are read (./read-regular-file.ts: no symbolic links, a bounded read).
import { join } from 'node:path';
import { detectBinaryKind } from './binary-kind.ts';
import { parseAnyFile } from './parse-any-file.ts';
import { type FileReport, maxBytesFor, parseFile, skipFile } from './parse-file.ts';
import { readRegularFile, readRegularFileSync } from './read-regular-file.ts';

export async function readAndParse(dir: string, name: string): Promise<FileReport> {
  const path = join(dir, name);
  try {
    const read = await readRegularFile(path, maxBytesFor(name));
    if ('refused' in read) return skipFile(name, read.refused);
    // A .pdf that is really text is held to the text cap by parseFile.
    return parseAnyFile(name, read.bytes);
  } catch (err) {
    return skipFile(name, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * The same with blocking reads, for a worker thread, where blocking holds up nothing else.
 * Null for a PDF or Word document: their readers are asynchronous and are not in the workers'
 * bundle, so the caller reads those with readAndParse.
 */
export function readAndParseSync(dir: string, name: string): FileReport | null {
  const path = join(dir, name);
  try {
    const read = readRegularFileSync(path, maxBytesFor(name));
    if ('refused' in read) return skipFile(name, read.refused);
    if (detectBinaryKind(read.bytes)) return null;
    return parseFile(name, read.bytes);
  } catch (err) {
    return skipFile(name, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
