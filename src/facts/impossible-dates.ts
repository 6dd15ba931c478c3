// Dates that no calendar has ("31 February 2027", "April 31"): chrono-node drops them, so the
// posting gets no date from them; this finds them so that the file's report can say why.
const MONTH_DAYS: Record<string, number> = {
  jan: 31,
  feb: 29,
  mar: 31,
  apr: 30,
  may: 31,
  jun: 30,
  jul: 31,
  aug: 31,
  sep: 30,
  oct: 31,
  nov: 30,
  dec: 31,
};
// Whole month names or their abbreviations only: "31 junior engineers" is no date.
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`, 'gi');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`, 'gi');

const dayPast29 = /3[01]/;

export interface ImpossibleDate {
  text: string;
  line: number;
}

/** Day-month dates past their month's last day, with their 1-based line. Linear in the text. */
export function findImpossibleDates(text: string): ImpossibleDate[] {
  const out: ImpossibleDate[] = [];
  // Only day 30 or 31 is past a month's end (February's 29 is allowed).
  if (!dayPast29.test(text)) return out;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.length > 2000 || !dayPast29.test(line)) continue;
    for (const m of line.matchAll(DAY_MONTH)) check(m[0], Number(m[1]), m[2], i + 1);
    for (const m of line.matchAll(MONTH_DAY)) check(m[0], Number(m[2]), m[1], i + 1);
  }
  return out;

  function check(found: string, day: number, month: string | undefined, line: number): void {
    const max = MONTH_DAYS[(month ?? '').slice(0, 3).toLowerCase()];
    if (max !== undefined && day > max && day <= 31) out.push({ text: found.trim(), line });
  }
}
