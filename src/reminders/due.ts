// Which channel reminders fall due on a day: pure computation over postings, offsets and a clock.
// Deadlines are calendar days; "7 days before" is counted in calendar days in the bot's time zone,
// so DST changes and month ends do not shift a reminder.
import type { Posting } from '../corpus/posting.ts';
import { daysBetween, localDate } from '../time/calendar.ts';

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
  const today = localDate(options.now, options.timeZone);
  const offsets = new Set(options.offsets.filter((n) => Number.isInteger(n) && n >= 0));
  const due: DueReminder[] = [];
  for (const posting of postings) {
    const deadline = posting.deadline?.date;
    if (!deadline) continue;
    const days = daysBetween(today, deadline);
    if (offsets.has(days)) due.push({ posting, deadline, daysBefore: days });
  }
  due.sort(
    (a, b) =>
      (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
      (a.posting.source.file < b.posting.source.file ? -1 : a.posting.source.file > b.posting.source.file ? 1 : 0) ||
      a.posting.source.line - b.posting.source.line,
  );
  return due;
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
  const today = localDate(options.now, options.timeZone);
  const out: CurrentReminder[] = [];
  for (const posting of postings) {
    const deadline = posting.deadline?.date;
    if (!deadline) continue;
    const daysLeft = daysBetween(today, deadline);
    const offset = currentOffset(daysLeft, options.offsets);
    if (offset !== null) out.push({ posting, deadline, daysBefore: offset, daysLeft });
  }
  out.sort(byDeadlineThenSource);
  return out;
}

function byDeadlineThenSource(a: DueReminder, b: DueReminder): number {
  return (
    (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) ||
    (a.posting.source.file < b.posting.source.file ? -1 : a.posting.source.file > b.posting.source.file ? 1 : 0) ||
    a.posting.source.line - b.posting.source.line ||
    (a.posting.id < b.posting.id ? -1 : a.posting.id > b.posting.id ? 1 : 0)
  );
}
