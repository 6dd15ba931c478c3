// One file's bytes -> its postings and warnings. Pure (no I/O), so a watcher can reload one
// file; never throws on content: unreadable input becomes a `skipped` warning.
import { buildPosting } from '../facts/build-posting.ts';
import { findImpossibleDates } from '../facts/impossible-dates.ts';
import { formatParsers } from './formats/index.ts';
import { limitProblem } from './limits.ts';
import { type LoadWarning, Posting } from './posting.ts';
import { ParseSkip } from './role.ts';

export interface FileReport {
  file: string;
  format: string | null;
  postings: Posting[];
  warnings: LoadWarning[];
}

export const MAX_FILE_BYTES = 1024 * 1024;
export const POSTING_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

const BEYOND_LATIN1 = /[^\x00-\xff]/;
const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069\u00AD]/g;
const decoder = new TextDecoder('utf-8', { fatal: true });
/** Dates without a year are read relative to this fixed day, so parsing is deterministic. */
const REFERENCE = new Date(Date.UTC(2026, 0, 1));

function skip(file: string, reason: string): FileReport {
  return { file, format: null, postings: [], warnings: [{ file, severity: 'skipped', reason }] };
}

export function parseFile(file: string, bytes: Buffer): FileReport {
  try {
    return parseUnsafe(file, bytes);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return skip(file, `could not be read: ${msg.split('\n')[0]}`);
  }
}

function parseUnsafe(file: string, bytes: Buffer): FileReport {
  if (bytes.length === 0) return skip(file, 'empty file');
  if (bytes.length > MAX_FILE_BYTES) return skip(file, `over 1 MiB (${bytes.length} bytes)`);
  if (bytes.includes(0)) return skip(file, 'binary file (contains NUL bytes)');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return skip(file, 'not UTF-8 text');
  }
  // Strings cut from a text with a character beyond Latin-1 stay two bytes a character, even once
  // it is gone (an entity can decode to one): only their posting texts need re-encoding.
  const twoByteSource = BEYOND_LATIN1.test(text) || text.includes('&');
  // Invisible characters (zero-width spaces and joiners, word joiners, BOMs, bidi overrides) hide
  // words from every matcher ("Dead\u200Bline") and can disguise a title: they carry no meaning.
  text = text.replace(INVISIBLE, '');
  if (!text.trim()) return skip(file, 'empty file (only white space)');
  const limit = limitProblem(text);
  if (limit) return skip(file, limit);
  const parser = formatParsers.find((p) => p.detect(text, file));
  if (!parser) return skip(file, 'format not recognised');
  let roles: ReturnType<typeof parser.parse>;
  try {
    roles = parser.parse(text, file);
  } catch (err) {
    if (err instanceof ParseSkip) return { ...skip(file, err.message), format: parser.format };
    throw err;
  }
  const warnings: LoadWarning[] = [];
  const postings: Posting[] = [];
  const ids = new Set<string>();
  for (const [i, role] of roles.entries()) {
    const p = buildPosting(role, file, i, REFERENCE, twoByteSource);
    const checked = Posting.safeParse(p);
    if (!checked.success) {
      warnings.push({
        file,
        line: role.line,
        severity: 'partial',
        reason: `role ${i + 1} left out: ${checked.error.issues[0]?.message ?? 'invalid'}`,
      });
      continue;
    }
    let id = checked.data.id;
    for (let n = 2; ids.has(id); n++) id = `${checked.data.id}-${n}`;
    ids.add(id);
    postings.push({ ...checked.data, id });
  }
  for (const d of findImpossibleDates(text))
    warnings.push({
      file,
      line: d.line,
      severity: 'partial',
      reason: `'${d.text}' is not a date; no date was taken from it`,
    });
  if (postings.length === 0 && warnings.length === 0)
    warnings.push({ file, severity: 'skipped', reason: 'no posting found in the file' });
  return { file, format: parser.format, postings, warnings };
}
