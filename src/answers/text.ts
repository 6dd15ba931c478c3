// Words of a question or a posting, normalised the same way on both sides so that a posting
// named loosely ("the alignment jobs") still finds its terms ("Alignment", "job").
import { MONTH_NAMES } from '../time/calendar.ts';
import stopData from './data/stop-words.json' with { type: 'json' };

export interface Word {
  /** As written. */
  raw: string;
  /** Lowercase, typographic apostrophes made plain. */
  norm: string;
  /** Offset in the text. */
  at: number;
}

// Letters/digits, an inner apostrophe ("don't", "master's"), and C++ / C# style suffixes.
const wordRe = /[\p{L}\p{N}]+(?:'[\p{L}]+)?(?:\+\+|#)?/gu;

// French and Italian elision ("d'ingénieur", "l'alignement", "dell'esperimento"): the article is
// a word of its own, so that the noun still names a posting.
const elisionRe = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|dell|dall|nell|sull|all|un)'(?=\p{L}{2})/iu;

export function words(text: string): Word[] {
  const out: Word[] = [];
  const clean = text.replace(/[\u2018\u2019\u02bc`]/g, "'");
  wordRe.lastIndex = 0;
  let m: RegExpExecArray | null = wordRe.exec(clean);
  while (m) {
    const raw = m[0];
    const elided = raw.includes("'") ? elisionRe.exec(raw) : null;
    if (elided) {
      const cut = elided[0].length;
      out.push({ raw: raw.slice(0, cut - 1), norm: raw.slice(0, cut - 1).toLowerCase(), at: m.index });
      out.push({ raw: raw.slice(cut), norm: raw.slice(cut).toLowerCase(), at: m.index + cut });
    } else out.push({ raw, norm: raw.toLowerCase(), at: m.index });
    m = wordRe.exec(clean);
  }
  return out;
}

export const stopWords: ReadonlySet<string> = new Set([
  ...stopData.words,
  ...stopData.languages.fr,
  ...stopData.languages.de,
  ...stopData.languages.it,
  ...stopData.languages.es,
]);

// Index terms by word: indexing 10,000 postings asks for the terms of a few thousand distinct
// words hundreds of thousands of times (titles, skills, places); a Map look-up is a tenth of
// working one out. Cleared when full: a term worked out again is the same term. Only words of up
// to 12 characters: V8 copies a substring that short, where a longer one may be a slice that
// keeps the whole text it was cut from (a question, a posting) alive.
const termOf = new Map<string, string | null>();
const TERMS_KEPT = 50_000;
const MEMO_MAX_LENGTH = 12;

/**
 * The index term of a word: lowercase, no possessive, a plural 's' dropped (a light stemmer, the
 * same for postings and questions, so "operations" finds "operation"); stop words give null.
 */
export function indexTerm(word: string): string | null {
  if (word.length > MEMO_MAX_LENGTH) return termFor(word);
  let t = termOf.get(word);
  if (t === undefined) {
    t = termFor(word);
    if (termOf.size >= TERMS_KEPT) termOf.clear();
    termOf.set(word, t);
  }
  return t;
}

function termFor(word: string): string | null {
  let t = word.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  if (stopWords.has(t)) return null;
  t = t.replace(/'s$/, '').replace(/'/g, '');
  if (t.length === 0 || stopWords.has(t)) return null;
  if (/^[a-z]+$/.test(t) && t.length > 3 && t.endsWith('s') && !/(ss|us|is)$/.test(t)) t = t.slice(0, -1);
  return t;
}

/** Index terms of a text, in order, stop words left out. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const t = indexTerm(w.norm);
    if (t) out.push(t);
  }
  return out;
}

/** "30 January 2020 (2020-01-30)": readable, and the ISO form for machines and searches. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d || !MONTH_NAMES[m - 1]) return iso;
  return `${d} ${MONTH_NAMES[m - 1]} ${y} (${iso})`;
}

/** A money amount with thousands separators: 45000 -> "45,000". */
export function formatAmount(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** White space that flattening changes: a run, any but a plain space, or at either end. */
const LOOSE_SPACE = /\s\s|[^\S ]|^\s|\s$/;

/**
 * Runs of white space made one space, and the ends trimmed. The test first: answers flatten
 * hundreds of short strings that are already flat, and the replace showed in the answer time.
 */
export function flattenSpace(text: string): string {
  return LOOSE_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** At most `max` characters, cut at a word boundary with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = flattenSpace(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).trimEnd()}…`;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
