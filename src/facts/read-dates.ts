// Absolute dates in the forms postings are written in: ISO and yyyy/mm/dd, dd/mm/yyyy, dd.mm.yyyy,
// 05-MAR-18, "Dec. 31, 2017", "30 th of January", "lundi 14 juillet 2025", "31. Oktober 2014",
// "15 de septiembre de 2017", "16 Ekim 2017", "December 2021", and ranges between them ("from
// August 28 to September 15, 2017", "du 16 mars au 14 avril 2023", "1-15 March 2024"). Month
// names come from data/months.json. Each regex is compiled once; callers run this only on the
// few sentences that carry a date cue.
import months from './data/months.json' with { type: 'json' };

export interface DayOfYear {
  /** Null when the text gives no year ("by December 15"): the caller decides it. */
  year: number | null;
  month: number;
  /** Null for a month alone ("December 2021"). */
  day: number | null;
}

export interface WrittenDate extends DayOfYear {
  index: number;
  /** Offset just past the date (past the range's end for a range). */
  end: number;
  /**
   * How the text orders day and month: 'dm' ("7 August", 25/03/2022), 'md' ("August 7",
   * 03/25/2022), 'ymd', or 'swappable' for an all-numeric date whose day and month could be either
   * way round (03/02/2022: day and month are read day-first until decided, see decideOrder).
   */
  order: 'dm' | 'md' | 'ymd' | 'swappable';
  /** The last day of a range ("to September 15, 2017"). */
  rangeEnd: DayOfYear | null;
  /** The date as written, for warnings. */
  written: string;
}

export interface MonthName {
  month: number;
  /** Read beside a day without a year ("3 set" is no date; "3 Sept" is). */
  withoutYear: boolean;
  /** Read with a year alone ("December 2021"): whole names only. */
  whole: boolean;
}

const NAMES = new Map<string, MonthName>();
function addNames(list: Array<string | string[]>, withoutYear: boolean, whole: boolean): void {
  for (const [i, entry] of list.entries())
    for (const name of Array.isArray(entry) ? entry : [entry]) {
      const prev = NAMES.get(name);
      NAMES.set(name, {
        month: i + 1,
        withoutYear: withoutYear || (prev?.withoutYear ?? false),
        whole: whole || (prev?.whole ?? false),
      });
    }
}
for (const list of Object.values(months.full)) addNames(list, true, true);
for (const [lang, list] of Object.entries(months.abbreviations)) addNames(list, lang === 'en', false);

const WORD = 'A-Za-z\\u00C0-\\u024F';
const L = `(?<![${WORD}0-9])`;
// Any word that could be a month name: the regexes match words, NAMES says which are months
// (an alternation of every name, tried at every position, cost four times as much).
const MONTH = `(?<![${WORD}])([${WORD}]{3,10})(?![${WORD}])\\.?`;
// "1st", "30 th", "1er", "1º"; a German ordinal's dot is read after it.
const ORD = `(?:\\s?(?:st|nd|rd|th)(?![${WORD}])|er(?![${WORD}])|[º°ª])?`;
const YEAR4 = '((?:19|20)\\d{2})(?![0-9])';
const NOT_GLUED_AFTER = '(?![0-9]|[-/.][0-9])';

const YMD = new RegExp(
  `(?<![0-9./-])((?:19|20)\\d{2})([-/.])(\\d{1,2})\\2(\\d{1,2})${NOT_GLUED_AFTER}|((?:19|20)\\d{2})年\\s?(\\d{1,2})月\\s?(\\d{1,2})日`,
  'g',
);
const NUMERIC = new RegExp(
  `(?<![0-9./-])(\\d{1,2})([-/.])(\\d{1,2})\\2((?:19|20)\\d{2}|\\d{2})${NOT_GLUED_AFTER}`,
  'g',
);
// Day then month: "30 th of January 2023", "04. January 2021", "05-MAR-18", "15 de septiembre de 2017".
const DAY_MONTH = new RegExp(
  `${L}(\\d{1,2})${ORD}\\.?(?:\\s*(?:of|de|di|del)\\s+|\\s+|\\s*[-/]\\s*|(?<=\\.))${MONTH}(?:(?:\\s*,\\s*|\\s+(?:de(?:l)?\\s+)?|\\s*\\.\\s*)${YEAR4}|[-/'’]((?:19|20)?\\d{2})(?![0-9]))?`,
  'gi',
);
// Month then day: "Dec. 31, 2017", "December 1st, 2021", "Oct 17,2017", "April 1".
const MONTH_DAY = new RegExp(
  `${MONTH}\\s*(?:the\\s+)?(\\d{1,2})${ORD}(?![0-9]|[:.][0-9])(?:(?:\\s*,\\s*|\\s+)${YEAR4})?`,
  'gi',
);
const MONTH_YEAR = new RegExp(`${MONTH}\\s+(?:de\\s+|del\\s+)?${YEAR4}`, 'gi');

// What a YMD or NUMERIC date holds: cheaper to test once than to scan for both.
const ANY_NUMERIC = /\d[-/.]\d/;

/** The month a word names, with where it may be read, or undefined. */
export function monthName(word: string): MonthName | undefined {
  return NAMES.get(word.toLowerCase());
}

// What every date holds: a year, an all-numeric date, or a month name beside a digit.
const NUMBER_HINT = /(?<!\d)(?:19|20)\d{2}(?!\d)|\d[-/.]\d{1,2}[-/.]\d|\d年/;
// The first three letters of every month name: one test, no allocation (most lines with a digit
// hold no date, and this runs on each of them).
const PREFIXES = [...new Set([...NAMES.keys()].map((k) => k.slice(0, 3)))].join('|');
// Anchored at a digit (far fewer than letters): a month name before it or after it.
const NAME_BY_DIGIT = new RegExp(
  `\\d(?:(?<=(?<![${WORD}])(?:${PREFIXES})[${WORD}]*\\.?\\s{0,3}(?:the\\s+)?\\d)|(?:\\s?(?:st|nd|rd|th)|er)?\\.?(?:\\s{1,3}(?:of\\s+|de\\s+|di\\s+)?|[-/])(?:${PREFIXES}))`,
  'i',
);

/** A cheap test before reading: can `text` hold a date at all? */
export function mayHoldDate(text: string): boolean {
  return NUMBER_HINT.test(text) || NAME_BY_DIGIT.test(text);
}

// Between the two ends of a range.
const RANGE_GAP =
  /^\s*(?:-|–|—|to|till|until|through|thru|au|al|bis(?:\s+zum)?|and|et|e|y|a|à|jusqu['’]au|hasta(?:\s+el)?)\s*(?:the\s+|le\s+|el\s+|il\s+)?$/i;
// A bare day before a full date: "1-15 March 2024", "from 13 to 20 June".
const BARE_DAY_BEFORE = new RegExp(
  `(?<![0-9./-])(\\d{1,2})${ORD}\\.?\\s*(?:-|–|—|to|till|until|au|al|bis|and|et|y|a)\\s*(?:the\\s+|le\\s+|el\\s+|il\\s+)?$`,
  'i',
);

// A bare month before a month and year: "From May to September 2021", "mai - juillet 2024".
const BARE_MONTH_BEFORE = new RegExp(`${MONTH}\\s*(?:-|–|—|to|till|until|through|au|al|bis|and|et|a|à)\\s*$`, 'i');

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function lastDay(y: number, m: number): number {
  if (m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) return 29;
  return MONTH_DAYS[m - 1] as number;
}
/** A day the month has (February 29 needs a leap year once the year is known). */
function valid(year: number | null, month: number, day: number | null): boolean {
  if (month < 1 || month > 12) return false;
  if (day === null) return true;
  return day >= 1 && day <= lastDay(year ?? 2024, month);
}
function fullYear(y: string): number {
  const n = Number(y.replace(/^['’]/, ''));
  if (y.replace(/^['’]/, '').length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** Every date written in `text`, in order, ranges joined. */
export function readWrittenDates(text: string): WrittenDate[] {
  const found: Array<WrittenDate & { void?: boolean }> = [];
  // A day the month lacks ("31 February 2027") is no date, and no "February 2027" either.
  const push = (d: Omit<WrittenDate, 'rangeEnd' | 'written'>) => {
    const ok = valid(d.year, d.month, d.day);
    found.push({ ...d, rangeEnd: null, written: text.slice(d.index, d.end), void: !ok });
  };
  const numeric = ANY_NUMERIC.test(text);
  if (numeric || text.includes('年'))
    for (const m of text.matchAll(YMD)) {
      const [y, mo, d] = m[1] ? [m[1], m[3], m[4]] : [m[5], m[6], m[7]];
      push({
        index: m.index,
        end: m.index + m[0].length,
        year: Number(y),
        month: Number(mo),
        day: Number(d),
        order: 'ymd',
      });
    }
  if (numeric)
    for (const m of text.matchAll(NUMERIC)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = fullYear(m[4] as string);
      const at = { index: m.index, end: m.index + m[0].length, year };
      if (a > 12 && b <= 12) push({ ...at, month: b, day: a, order: 'dm' });
      else if (b > 12 && a <= 12) push({ ...at, month: a, day: b, order: 'md' });
      else if (a <= 12 && b <= 12) {
        // Dotted dates are day-first everywhere; 05/05 reads the same both ways.
        const fixed = m[2] === '.' || a === b;
        push({ ...at, month: b, day: a, order: fixed ? 'dm' : 'swappable' });
      }
    }
  for (const m of text.matchAll(DAY_MONTH)) {
    const name = NAMES.get((m[2] as string).toLowerCase());
    const yearText = m[3] ?? m[4];
    if (!name || (!yearText && !name.withoutYear)) continue;
    push({
      index: m.index,
      end: m.index + m[0].length,
      year: yearText ? fullYear(yearText) : null,
      month: name.month,
      day: Number(m[1]),
      order: 'dm',
    });
  }
  for (const m of text.matchAll(MONTH_DAY)) {
    const name = NAMES.get((m[1] as string).toLowerCase());
    if (!name || (!m[3] && !name.withoutYear)) continue;
    push({
      index: m.index,
      end: m.index + m[0].length,
      year: m[3] ? Number(m[3]) : null,
      month: name.month,
      day: Number(m[2]),
      order: 'md',
    });
  }
  for (const m of text.matchAll(MONTH_YEAR)) {
    const name = NAMES.get((m[1] as string).toLowerCase());
    // A whole name ("September 2027"), or an abbreviation with its dot ("Sept. 2027", "Oct. 2027").
    if (name?.whole || (name && m[0][(m[1] as string).length] === '.'))
      push({
        index: m.index,
        end: m.index + m[0].length,
        year: Number(m[2]),
        month: name.month,
        day: null,
        order: 'dm',
      });
  }
  return joinRanges(
    text,
    dropOverlaps(found).filter((d) => !(d as { void?: boolean }).void),
  );
}

/** Where two readings overlap, the one starting first wins, then the longer one. */
function dropOverlaps(found: WrittenDate[]): WrittenDate[] {
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: WrittenDate[] = [];
  for (const d of found) {
    const last = out[out.length - 1];
    if (last && d.index < last.end) continue;
    out.push(d);
  }
  return out;
}

function joinRanges(text: string, dates: WrittenDate[]): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const d of dates) {
    const prev = out[out.length - 1];
    const gapText = prev ? text.slice(prev.end, d.index) : '';
    if (prev && !prev.rangeEnd && gapText.length < 20 && RANGE_GAP.test(gapText)) {
      // "13 June to 9 September 2016": the first end takes the year of the second.
      if (prev.year === null && d.year !== null) prev.year = prev.month > d.month ? d.year - 1 : d.year;
      // "11/03/2026 to 12/15/2026": one end that can be read one way only decides both.
      if (prev.order === 'swappable' && (d.order === 'md' || d.order === 'dm')) {
        if (d.order === 'md') [prev.month, prev.day] = [prev.day as number, prev.month];
        prev.order = d.order;
      }
      const swapEnd = d.order === 'swappable' && prev.order === 'md';
      prev.rangeEnd = swapEnd
        ? { year: d.year, month: d.day as number, day: d.month }
        : { year: d.year, month: d.month, day: d.day };
      prev.end = d.end;
      prev.written = text.slice(prev.index, prev.end);
      continue;
    }
    if (d.day === null && d.year !== null) {
      const before = text.slice(Math.max(prev?.end ?? 0, d.index - 30), d.index);
      const bare = BARE_MONTH_BEFORE.exec(before);
      const name = bare ? NAMES.get((bare[1] as string).toLowerCase()) : undefined;
      const month = name?.whole ? name.month : undefined;
      if (bare && month) {
        const index = d.index - before.length + bare.index;
        const year = month > d.month ? d.year - 1 : d.year;
        out.push({
          ...d,
          index,
          year,
          month,
          rangeEnd: { year: d.year, month: d.month, day: null },
          written: text.slice(index, d.end),
        });
        continue;
      }
    }
    if (d.day !== null && d.order === 'dm') {
      const before = text.slice(Math.max(prev?.end ?? 0, d.index - 24), d.index);
      const bare = BARE_DAY_BEFORE.exec(before);
      const first = bare ? Number(bare[1]) : 0;
      if (bare && first >= 1 && first < d.day) {
        const index = d.index - before.length + bare.index;
        out.push({
          ...d,
          index,
          day: first,
          rangeEnd: { year: d.year, month: d.month, day: d.day },
          written: text.slice(index, d.end),
        });
        continue;
      }
    }
    out.push(d);
  }
  return out;
}
