// Which channel reminders fall due on a day: pure computation over postings, offsets and a clock.
// Deadlines are calendar days; "7 days before" is counted in calendar days in the bot's time zone,
// so DST changes and month ends do not shift a reminder. A deadline that states its instant
// ("23:59 EST") falls on that instant's day in the bot's zone, and gets no reminder once passed.
import type { Posting } from '../corpus/posting.ts';
import { epochDay, localDate } from '../time/calendar.ts';

export interface DueReminder {
  posting: Posting;
  /** YYYY-MM-DD. */
  deadline: string;
  daysBefore: number;
}

export interface DueOptions {
  now: Date;
  timeZone: string;
  /** Days before a deadline to remind on, e.g. [14, 7, 1]. */
  offsets: number[];
}

export const DEFAULT_OFFSETS: readonly number[] = [14, 7, 1];

/** The reminders due on the calendar day of `now` in `timeZone`, soonest deadline first. */
export function dueReminders(postings: Posting[], options: DueOptions): DueReminder[] {
  const today = epochDay(localDate(options.now, options.timeZone));
  const offsets = new Set(options.offsets.filter((n) => Number.isInteger(n) && n >= 0));
  const index = deadlineIndex(postings, options.timeZone);
  const due: Array<DueReminder & { order: number }> = [];
  for (const days of offsets) {
    const [from, to] = index.range(today + days, today + days);
    for (let k = from; k < to; k++) {
      const e = index.entries[k] as Entry;
      due.push({ posting: e.posting, deadline: e.deadline, daysBefore: days, order: e.order });
    }
  }
  due.sort(
    (a, b) =>
      (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
      (a.posting.source.file < b.posting.source.file ? -1 : a.posting.source.file > b.posting.source.file ? 1 : 0) ||
      a.posting.source.line - b.posting.source.line ||
      a.order - b.order,
  );
  return due.map(({ posting, deadline, daysBefore }) => ({ posting, deadline, daysBefore }));
}

// The sweep asks for every channel over the same postings: 10,000 postings and 200 channels made
// 2 million deadline look-ups, scattered over the heap (about 200 ms even without Date.parse).
// So the postings with a deadline are sorted by day once per postings array, and each call takes
// the few days its offsets name by binary search. The cache is keyed by the array and checked
// element by element (pointer comparisons only), so a changed array is indexed again; postings
// themselves are values, never changed in place.

interface Entry {
  posting: Posting;
  deadline: string;
  day: number;
  /** Position in the caller's array: the original sort was stable. */
  order: number;
}

interface DeadlineIndex {
  postings: Posting[];
  timeZone: string;
  /** Valid deadlines, by day number. */
  entries: Entry[];
  days: Float64Array;
  /** Deadlines that are no calendar day (NaN days); treated as the arithmetic always did. */
  invalid: Entry[];
  range(fromDay: number, toDay: number): [number, number];
}

const indexes = new WeakMap<Posting[], DeadlineIndex>();

/** The deadline's day in `timeZone`: its instant's day when it states one, else its date. */
export function deadlineDay(deadline: Posting['deadline'], timeZone: string): string | undefined {
  if (!deadline) return undefined;
  return deadline.at ? localDate(new Date(deadline.at), timeZone) : deadline.date;
}

function deadlineIndex(postings: Posting[], timeZone: string): DeadlineIndex {
  const cached = indexes.get(postings);
  if (
    cached &&
    cached.timeZone === timeZone &&
    cached.postings.length === postings.length &&
    cached.postings.every((p, i) => p === postings[i])
  )
    return cached;
  const entries: Entry[] = [];
  const invalid: Entry[] = [];
  for (const [order, posting] of postings.entries()) {
    // A posting that says it has closed ("The application has already closed") is reminded of no more.
    const deadline = posting.closedNotice ? undefined : deadlineDay(posting.deadline, timeZone);
    if (!deadline) continue;
    const day = epochDay(deadline);
    (Number.isNaN(day) ? invalid : entries).push({ posting, deadline, day, order });
  }
  entries.sort((a, b) => a.day - b.day);
  const days = Float64Array.from(entries, (e) => e.day);
  const lowerBound = (day: number): number => {
    let lo = 0;
    let hi = days.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((days[mid] as number) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const index: DeadlineIndex = {
    postings: postings.slice(),
    timeZone,
    entries,
    days,
    invalid,
    range: (fromDay, toDay) => [lowerBound(fromDay), lowerBound(toDay + 1)],
  };
  indexes.set(postings, index);
  return index;
}

export interface CurrentReminder extends DueReminder {
  /** Calendar days from today to the deadline; less than `daysBefore` when it is a catch-up. */
  daysLeft: number;
}

/**
 * The offset whose reminder is current when `daysLeft` days are left: the most recent offset
 * whose day has come (the smallest offset >= daysLeft), or null when none has come yet, the
 * deadline has passed, or it is the deadline day and 0 is not an offset.
 */
export function currentOffset(daysLeft: number, offsets: readonly number[]): number | null {
  if (daysLeft < 0) return null;
  let best: number | null = null;
  for (const o of offsets) {
    if (!Number.isInteger(o) || o < 0 || o < daysLeft) continue;
    if (best === null || o < best) best = o;
  }
  // A channel that did not ask for deadline-day reminders gets none, even a caught-up one.
  if (daysLeft === 0 && best !== 0) return null;
  return best;
}

/**
 * For each posting with a deadline not yet passed, the reminder that is current on the day of
 * `now` (see `currentOffset`): on an offset's own day that offset, and after downtime only the
 * most recent missed offset, never the older ones. Same order as `dueReminders`.
 */
export function currentReminders(postings: Posting[], options: DueOptions): CurrentReminder[] {
  const today = epochDay(localDate(options.now, options.timeZone));
  const index = deadlineIndex(postings, options.timeZone);
  // Only deadlines from today to the largest offset away can have a current reminder.
  let maxOffset = -1;
  for (const o of options.offsets) if (Number.isInteger(o) && o > maxOffset) maxOffset = o;
  const out: Array<CurrentReminder & { order: number }> = [];
  const nowMs = options.now.getTime();
  const consider = (e: Entry) => {
    const at = e.posting.deadline?.at;
    if (at && Date.parse(at) < nowMs) return;
    const daysLeft = e.day - today;
    const offset = currentOffset(daysLeft, options.offsets);
    if (offset !== null)
      out.push({ posting: e.posting, deadline: e.deadline, daysBefore: offset, daysLeft, order: e.order });
  };
  if (maxOffset >= 0) {
    const [from, to] = index.range(today, today + maxOffset);
    for (let k = from; k < to; k++) consider(index.entries[k] as Entry);
  }
  for (const e of index.invalid) consider(e);
  out.sort((a, b) => byDeadlineThenSource(a, b) || a.order - b.order);
  return out.map(({ posting, deadline, daysBefore, daysLeft }) => ({ posting, deadline, daysBefore, daysLeft }));
}

/** The order reminders go out in: soonest deadline, then file and line, then id. */
export function byDeadlineThenSource(a: DueReminder, b: DueReminder): number {
  return (
    (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
    (a.posting.source.file < b.posting.source.file ? -1 : a.posting.source.file > b.posting.source.file ? 1 : 0) ||
    a.posting.source.line - b.posting.source.line ||
    (a.posting.id < b.posting.id ? -1 : a.posting.id > b.posting.id ? 1 : 0)
  );
}
