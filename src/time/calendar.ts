// Calendar days in a time zone. Deadlines are dates, not instants: a posting closes at the end
// of its deadline day where the bot runs (Europe/Zurich by default), whatever the DST offset.

/** English month names, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// One formatter per time zone: each Intl.DateTimeFormat holds tens of kB of native ICU memory
// that V8 does not count, so one made per call (per answer) grew the process by ~30 kB a
// question until a garbage collection happened to run (found by the soak: 800 MB for 30,000).
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The YYYY-MM-DD calendar day of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/** `date` plus `days` calendar days (negative to go back), on YYYY-MM-DD strings. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * Days since 1970-01-01 of a YYYY-MM-DD string, as `Date.parse` would count them (it accepts a
 * day up to 31 in any month: 2026-02-30 is 2 March), NaN for anything else. Integer arithmetic
 * on the characters: the reminder sweep asks this for every posting and channel (2 million times
 * at 10,000 postings and 200 channels), where two Date.parse a call cost about a second.
 */
export function epochDay(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return slowEpochDay(date);
  let y = 0;
  for (let k = 0; k < 4; k++) {
    const c = date.charCodeAt(k) - 48;
    if (c < 0 || c > 9) return slowEpochDay(date);
    y = y * 10 + c;
  }
  const m1 = date.charCodeAt(5) - 48;
  const m2 = date.charCodeAt(6) - 48;
  const d1 = date.charCodeAt(8) - 48;
  const d2 = date.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return slowEpochDay(date);
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (m < 1 || m > 12 || d < 1 || d > 31) return Number.NaN;
  // Days from civil (H. Hinnant): exact for the proleptic Gregorian calendar.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function slowEpochDay(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}
