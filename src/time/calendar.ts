// Calendar days in a time zone. Deadlines are dates, not instants: a posting closes at the end
// of its deadline day where the bot runs (Europe/Zurich by default), whatever the DST offset.

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

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
