// One file of the corpus folder read and parsed, every failure a `skipped` warning: the unit of
// work of loadCorpus, in-process or on a worker thread (./parse-pool.ts).
import { readFileSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { detectBinaryKind } from './binary-kind.ts';
import { parseAnyFile } from './parse-any-file.ts';
import { type FileReport, maxBytesFor, parseFile, skipFile } from './parse-file.ts';

const overCap = (name: string, size: number): FileReport =>
  skipFile(name, `over ${maxBytesFor(name) / (1024 * 1024)} MiB (${size} bytes)`);

export async function readAndParse(dir: string, name: string): Promise<FileReport> {
  const path = join(dir, name);
  try {
    const st = await stat(path);
    if (!st.isFile()) return skipFile(name, 'not a regular file');
    if (st.size > maxBytesFor(name)) return overCap(name, st.size);
    const bytes = await readFile(path);
    // A .pdf that is really text is held to the text cap by parseFile.
    return parseAnyFile(name, bytes);
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
    const st = statSync(path);
    if (!st.isFile()) return skipFile(name, 'not a regular file');
    if (st.size > maxBytesFor(name)) return overCap(name, st.size);
    const bytes = readFileSync(path);
    if (detectBinaryKind(bytes)) return null;
    return parseFile(name, bytes);
  } catch (err) {
    return skipFile(name, `cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}
