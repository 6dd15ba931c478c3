// One file's bytes -> its postings and warnings. Pure (no I/O), so a watcher can reload one
// file; never throws on content: unreadable input becomes a `skipped` warning.
import { buildPosting } from '../facts/build-posting.ts';
import { undecidedDates } from '../facts/dates.ts';
import { findImpossibleDates } from '../facts/impossible-dates.ts';
import { findRelativeDeadline } from '../facts/relative-deadline.ts';
import { detectBinaryKind } from './binary-kind.ts';
import { locateLine } from './cite-line.ts';
import { decodeDeclaredCharset } from './declared-charset.ts';
import { formatParsers } from './formats/index.ts';
import { limitProblem } from './limits.ts';
import type { LoadWarning, Posting, PostingFormat } from './posting.ts';
import { postingProblem } from './posting-check.ts';
import { type FormatParser, ParseSkip } from './role.ts';

export interface FileReport {
  file: string;
  format: string | null;
  postings: Posting[];
  warnings: LoadWarning[];
}

export const MAX_FILE_BYTES = 1024 * 1024;
/** PDF and Word files carry fonts and images beside their text: they may be larger. */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
export const POSTING_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.eml', '.pdf', '.docx'] as const;

/** The size cap for a file of this name. */
export function maxBytesFor(file: string): number {
  return /\.(pdf|docx)$/i.test(file) ? MAX_DOCUMENT_BYTES : MAX_FILE_BYTES;
}

/** How a text extracted from a document is read (./parse-document.ts). */
export interface TextSource {
  /** The parser to use instead of detecting the format. */
  parser: FormatParser;
  /** The format the postings are marked with. */
  format: PostingFormat;
  /** For a paged document: the line each page starts on. */
  pageStarts?: number[];
}

const BEYOND_LATIN1 = /[^\x00-\xff]/;
const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069\u00AD]/g;
const decoder = new TextDecoder('utf-8', { fatal: true });
/** Dates without a year are read relative to this fixed day, so parsing is deterministic. */
const REFERENCE = new Date(Date.UTC(2026, 0, 1));

export function skipFile(file: string, reason: string): FileReport {
  return { file, format: null, postings: [], warnings: [{ file, severity: 'skipped', reason }] };
}

export function parseFile(file: string, bytes: Buffer): FileReport {
  try {
    return parseUnsafe(file, bytes);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    return skipFile(file, `could not be read: ${msg.split('\n')[0]}`);
  }
}

/** A posting of a paged document keeps its page map, and its source says its page. */
function onPages(p: ReturnType<typeof buildPosting>, pageStarts: number[]): ReturnType<typeof buildPosting> {
  return { ...p, pageStarts, source: { ...p.source, ...(locateLine(pageStarts, p.source.line) ?? {}) } };
}

function parseUnsafe(file: string, bytes: Buffer): FileReport {
  if (bytes.length === 0) return skipFile(file, 'empty file');
  if (bytes.length > MAX_FILE_BYTES) return skipFile(file, `over 1 MiB (${bytes.length} bytes)`);
  // PDF and Word files are read asynchronously by ./parse-document.ts, never as text.
  const kind = detectBinaryKind(bytes);
  if (kind) return skipFile(file, `a ${kind === 'pdf' ? 'PDF' : 'Word'} document, read only by the document reader`);
  if (bytes.includes(0)) return skipFile(file, 'binary file (contains NUL bytes)');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    const declared = decodeDeclaredCharset(bytes);
    if (declared === null) return skipFile(file, 'not UTF-8 text');
    text = declared;
  }
  return parseText(file, text);
}

/** A decoded text -> its postings: the format detected, or the one a document reader chose. */
export function parseText(file: string, decoded: string, source?: TextSource): FileReport {
  let text = decoded;
  // Strings cut from a text with a character beyond Latin-1 stay two bytes a character, even once
  // it is gone (an entity can decode to one): only their posting texts need re-encoding.
  const twoByteSource = BEYOND_LATIN1.test(text) || text.includes('&');
  // Invisible characters (zero-width spaces and joiners, word joiners, BOMs, bidi overrides) hide
  // words from every matcher ("Dead\u200Bline") and can disguise a title: they carry no meaning.
  text = text.replace(INVISIBLE, '');
  if (!text.trim()) return skipFile(file, 'empty file (only white space)');
  const limit = limitProblem(text);
  if (limit) return skipFile(file, limit);
  const parser = source?.parser ?? formatParsers.find((p) => p.detect(text, file));
  if (!parser) return skipFile(file, 'format not recognised');
  const format = source?.format ?? parser.format;
  let roles: ReturnType<typeof parser.parse>;
  try {
    roles = parser.parse(text, file);
  } catch (err) {
    if (err instanceof ParseSkip) return { ...skipFile(file, err.message), format };
    throw err;
  }
  if (source) roles = roles.map((r) => ({ ...r, format }));
  const warnings: LoadWarning[] = [];
  const postings: Posting[] = [];
  const ids = new Set<string>();
  for (const [i, role] of roles.entries()) {
    const built = buildPosting(role, file, i, REFERENCE, twoByteSource);
    const p = source?.pageStarts ? onPages(built, source.pageStarts) : built;
    const problem = postingProblem(p);
    if (problem) {
      warnings.push({ file, line: role.line, severity: 'partial', reason: `role ${i + 1} left out: ${problem}` });
      continue;
    }
    for (const d of undecidedDates(role.entries, REFERENCE, { country: p.country })) {
      const reason = `'${d.text}' may be day/month or month/day and nothing in the posting decides; no date was taken from it`;
      if (!warnings.some((w) => w.line === d.line && w.reason === reason))
        warnings.push({ file, line: d.line, severity: 'partial', reason });
    }
    // "within 30 days of publication": no deadline taken, and the line named.
    const relative = p.deadline || p.rolling ? null : findRelativeDeadline(role.entries);
    if (relative)
      warnings.push({
        file,
        line: relative.line,
        severity: 'partial',
        reason: `'${relative.text}' counts the deadline from a day the posting does not date; no deadline was taken`,
      });
    let id = p.id;
    for (let n = 2; ids.has(id); n++) id = `${p.id}-${n}`;
    ids.add(id);
    postings.push(id === p.id ? p : { ...p, id });
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
  return { file, format, postings, warnings };
}
