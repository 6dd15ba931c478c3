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
