// Dates that no calendar has ("31 February 2027", "April 31", "31/04/2022", "2027-02-30"):
// readers drop them, so the posting gets no date from them; this finds them so that the file's
// report can say why. Month names in every language of data/months.json.
import { monthName } from './read-dates.ts';

// February's 29 is allowed (the year may be a leap year).
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Words that may be month names (monthName decides): "31 junior engineers" is no date.
const MONTH = '(?<![A-Za-z\\u00C0-\\u024F])([A-Za-z\\u00C0-\\u024F]{3,10})(?![A-Za-z\\u00C0-\\u024F])\\.?';
const DAY_MONTH = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F0-9])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+|de\\s+|di\\s+)?${MONTH}`,
  'gi',
);
const MONTH_DAY = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![A-Za-z\\u00C0-\\u024F0-9])`,
  'gi',
);
const NUMERIC = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d]|[./-]\d)/g;
const ISO = /(?<![\d./-])(?:19|20)\d{2}([-/.])(\d{1,2})\1(\d{1,2})(?![\d]|[./-]\d)/g;

const dayPast29 = /3[01]/;

export interface ImpossibleDate {
  text: string;
  line: number;
}

const fits = (month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= (MONTH_DAYS[month - 1] as number);

/** Dates past their month's last day, with their 1-based line. Linear in the text. */
export function findImpossibleDates(text: string): ImpossibleDate[] {
  const out: ImpossibleDate[] = [];
  // Only day 30 or 31 is past a month's end.
  if (!dayPast29.test(text)) return out;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.length > 2000 || !dayPast29.test(line)) continue;
    const add = (found: string) => out.push({ text: found.trim(), line: i + 1 });
    for (const m of line.matchAll(DAY_MONTH)) if (named(Number(m[1]), m[2])) add(m[0]);
    for (const m of line.matchAll(MONTH_DAY)) if (named(Number(m[2]), m[1])) add(m[0]);
    for (const m of line.matchAll(ISO)) if (Number(m[3]) > 29 && !fits(Number(m[2]), Number(m[3]))) add(m[0]);
    // Either way round ("31/04/2022" is neither 31 April nor month 31).
    for (const m of line.matchAll(NUMERIC)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if ((a > 29 || b > 29) && !fits(b, a) && !fits(a, b)) add(m[0]);
    }
  }
  return out;
}

function named(day: number, month: string | undefined): boolean {
  // Only names read beside a day alone ("31 set" is no date, so no impossible one).
  const name = monthName(month ?? '');
  return !!name?.withoutYear && day > (MONTH_DAYS[name.month - 1] as number) && day <= 31;
}
