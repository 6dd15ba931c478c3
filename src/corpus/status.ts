import { localDate } from '../time/calendar.ts';
import type { DeadlineFact, Posting, PostingStatus } from './posting.ts';

/** What a posting's status is read from. */
export type StatusFacts = Pick<Posting, 'deadline' | 'rolling' | 'opens' | 'closedNotice'>;

/**
 * Open until the deadline's instant when it states a time ("23:59 CET"), else until the end of
 * the deadline day where the bot runs (`today` is the day of `now` in its time zone).
 */
export function deadlineStatus(deadline: DeadlineFact | null, now: Date, today: string): PostingStatus {
  if (!deadline) return 'unknown';
  if (deadline.at) return now.getTime() > Date.parse(deadline.at) ? 'closed' : 'open';
  return today > deadline.date ? 'closed' : 'open';
}

/**
 * Closed when the posting says so ("The application has already closed"); upcoming before the
 * day applications open; then open until the deadline (see deadlineStatus); open without one
 * when the call takes applications at any time; else unknown.
 */
export function statusAt(p: StatusFacts, now: Date, today: string): PostingStatus {
  if (p.closedNotice) return 'closed';
  if (p.opens && today < p.opens.date) return 'upcoming';
  if (p.deadline) return deadlineStatus(p.deadline, now, today);
  return p.rolling ? 'open' : 'unknown';
}

/** As statusAt, on the day of `now` in `timeZone`. */
export function postingStatus(p: StatusFacts, now: Date, timeZone: string): PostingStatus {
  return statusAt(p, now, localDate(now, timeZone));
}
