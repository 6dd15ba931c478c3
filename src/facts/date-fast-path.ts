// A fast path before chrono-node for the date forms postings use most ("Deadline: 2026-01-30",
// "Applications close on 30 January 2026.", "Start date: January 30, 2026"). chrono runs some
// twenty parsers and refiners over every sentence; a sentence holding one such date and no other
// word chrono could read as part of a date or time gets chrono's own answer here, from one regex.
// Anything else returns null and goes to chrono (test/facts/date-fast-path.test.ts compares both).
import { MONTH_NAMES } from '../time/calendar.ts';
import words from './chrono-words.json' with { type: 'json' };

/** What extractDates reads from a chrono result: where it starts and its (certain) day. */
export interface FastDate {
  index: number;
  /** Just past the date as written (its time, if any, would follow). */
  end: number;
  year: number;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {};
for (const [i, name] of MONTH_NAMES.entries()) {
  MONTHS[name] = i + 1;
  MONTHS[name.slice(0, 3)] = i + 1;
}
MONTHS.Sept = 9;
const monthAlt = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// ISO "2026-01-30", day-month "30 January 2026", month-day "January 30, 2026".
const DATE_RE = new RegExp(
  `((?:19|20)\\d{2})-(\\d{2})-(\\d{2})|(\\d{1,2}) (${monthAlt}) ((?:19|20)\\d{2})|(${monthAlt}) (\\d{1,2}), ((?:19|20)\\d{2})`,
);

const alt = (list: string[]) => list.join('|');
// A letter run (chrono reads ASCII letters only: "Müller" is "M", "ü", "ller" to it) that could
// end a date or time expression: a month, weekday, casual or ordinal word or unit at its end
// ("Monday", "today", "3 days"), or a unit abbreviation after nothing but number words ("thed",
// "intend" = "in ten d"). chrono reads a unit abbreviation alone ("d", the "M" of "Müller") only
// after a number or "this", "last", "next"...: all end in a letter or digit, then white space at
// most, so a lone one after anything else is inert.
const DANGER = new RegExp(
  `(?:${alt(words.endings)})(?:of)?(?![A-Za-z])|(?<![A-Za-z])(?:${alt(words.numberWords)})+(?:${alt(words.unitAbbreviations)})(?:${alt(words.afterUnit)})?(?![A-Za-z])|(?<![A-Za-z])(?<=[A-Za-z0-9]\\s*)(?:${alt(words.unitAbbreviations)})(?:${alt(words.afterUnit)})?(?![A-Za-z])`,
  'i',
);
// Right after the date: a time suffix ("2026 am") or a year era ("2026 AD").
const AFTER_DATE = new RegExp(`^\\s*(?:${alt(words.afterDate)})(?![A-Za-z])`, 'i');
// A digit run glued to a word ("r5", "in2p3.example.fr") is read by no chrono parser when:
// - it follows an ASCII letter other than "T" (the time parser starts at a "T": "T10:00"), while
//   every other parser starts at a word boundary or, for "x3.5", at a non-digit: the "5" there
//   follows no letter, so is not glued;
// - the word it is in does not start with a word chrono reads a number right after, at the start
//   or in the middle of a match ("at5pm", "on3 May", "May3", "2 hours3 minutes", "5 to7 May").
//   "in", "within" and "for" are read only before a count of units ("in2 days"): after them the
//   digits must be followed by a letter no unit (nor month or weekday...) starts with.
const BEFORE_NUMBER = new Set([
  ...words.endings,
  ...words.unitAbbreviations,
  ...words.numberWords,
  ...words.afterUnit,
  ...words.afterDate,
  ...['and', 'on', 'to', 'until', 'through', 'till', 'at', 'from'],
]);
const COUNT_PREFIX = new Set(['in', 'within', 'for']);
const WORD_INITIALS = new Set([...words.endings, ...words.unitAbbreviations].map((w) => w.charCodeAt(0)));
// chrono's day-month parser starts its match at a preceding "on" ("on 30 January 2026").
const ON_BEFORE = /(?<![\w])on\s{0,3}$/i;
const BEFORE_OK = /(?:^|[\s(:*"])$/;
// Words that stretch chrono's month-only reading of "January 30" (January 2030) leftwards past a
// month-day date, so that it wins: "end of January 30, 2026", "in      January 30, 2026".
const STRETCHES_MONTH = /(?:\b(?:last\s+day|end)\s+of\s+(?:the\s+)?|(?<![\w])in\s*)$/i;
const AFTER_OK = /^(?:$|[\s.,;:)!?*"])/;

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The digit run at `from` is glued inside a word, where chrono reads no number. */
function gluedDigits(text: string, from: number): boolean {
  const prev = text.charCodeAt(from - 1);
  if (!isLetter(prev) || prev === 84 || prev === 116) return false;
  let start = from;
  while (start > 0 && (isLetter(text.charCodeAt(start - 1)) || isDigit(text.charCodeAt(start - 1)))) start--;
  let end = start;
  while (isLetter(text.charCodeAt(end))) end++;
  if (end === start) return false;
  const first = text.slice(start, end).toLowerCase();
  if (COUNT_PREFIX.has(first)) {
    while (isDigit(text.charCodeAt(end))) end++;
    const next = text.charCodeAt(end) | 32;
    return isLetter(next) && !WORD_INITIALS.has(next);
  }
  return !BEFORE_NUMBER.has(first);
}

/** No digits but glued ones (see gluedDigits): a number beside the date could join it. */
function noDigits(text: string): boolean {
  for (const m of text.matchAll(/\d+/g)) if (!gluedDigits(text, m.index)) return false;
  return true;
}

/**
 * The text around a date holds no word chrono could read. The date stands as the digit it ends
 * with, which a unit abbreviation after it could count ("2026-01-30 d"); in a text without a
 * date, the "0" ends it.
 */
function inert(before: string, after: string): boolean {
  return noDigits(before) && noDigits(after) && !DANGER.test(`${before}0${after}`);
}

/**
 * The dates chrono.parse would return for `text` (one at most), or null when the text may hold
 * anything this path does not read exactly as chrono does.
 */
export function fastDates(text: string): FastDate[] | null {
  const m = DATE_RE.exec(text);
  // No date, and nothing chrono could read ("From: Ana Martin <ana@in2p3.fr>"): none.
  if (!m) return inert(text, '') ? [] : null;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  if (!BEFORE_OK.test(before) || !AFTER_OK.test(after) || AFTER_DATE.test(after)) return null;
  if (!inert(before, after)) return null;
  let year: number;
  let month: number;
  let day: number;
  let index = m.index;
  if (m[1]) {
    year = Number(m[1]);
    month = Number(m[2]);
    day = Number(m[3]);
  } else if (m[4]) {
    day = Number(m[4]);
    month = MONTHS[m[5] as string] as number;
    year = Number(m[6]);
    const on = ON_BEFORE.exec(before);
    if (on) index -= on[0].length;
  } else {
    if (STRETCHES_MONTH.test(before)) return null;
    month = MONTHS[m[7] as string] as number;
    day = Number(m[8]);
    year = Number(m[9]);
  }
  // A day the month does not have: chrono's own handling decides.
  if (month < 1 || month > 12 || day < 1 || day > lastDay(year, month)) return null;
  return [{ index, end: m.index + m[0].length, year, month, day }];
}
