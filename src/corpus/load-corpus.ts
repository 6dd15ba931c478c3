// Reads a folder of postings (non-recursive): every .txt .md .markdown .html .htm file.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { type FileReport, MAX_FILE_BYTES, POSTING_EXTENSIONS, parseFile } from './parse-file.ts';
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

export async function loadCorpus(dir: string): Promise<Corpus> {
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
  const reports = await Promise.all(
    files.map(async (name): Promise<FileReport> => {
      const path = join(dir, name);
      try {
        const st = await stat(path);
        if (!st.isFile())
          return {
            file: name,
            format: null,
            postings: [],
            warnings: [{ file: name, severity: 'skipped', reason: 'not a regular file' }],
          };
        if (st.size > MAX_FILE_BYTES)
          return {
            file: name,
            format: null,
            postings: [],
            warnings: [{ file: name, severity: 'skipped', reason: `over 1 MiB (${st.size} bytes)` }],
          };
        return parseFile(name, await readFile(path));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? 'error';
        return {
          file: name,
          format: null,
          postings: [],
          warnings: [{ file: name, severity: 'skipped', reason: `cannot be read (${code})` }],
        };
      }
    }),
  );
  return {
    postings: reports.flatMap((r) => r.postings),
    warnings: reports.flatMap((r) => r.warnings),
    files: reports,
  };
}
