import { localDate } from '../time/calendar.ts';
import type { DeadlineFact, Posting, PostingStatus, Quote } from './posting.ts';

/**
 * Open until the deadline's instant when it states a time ("23:59 CET"), else until the end of
 * the deadline day where the bot runs (`today` is the day of `now` in its time zone).
 */
export function deadlineStatus(
  deadline: DeadlineFact | null,
  now: Date,
  today: string,
  rolling?: Quote | null,
): PostingStatus {
  if (!deadline) return rolling ? 'open' : 'unknown';
  if (deadline.at) return now.getTime() > Date.parse(deadline.at) ? 'closed' : 'open';
  return today > deadline.date ? 'closed' : 'open';
}

/** Open until the deadline (see deadlineStatus); unknown without a stated deadline. */
export function postingStatus(
  posting: Pick<Posting, 'deadline' | 'rolling'>,
  now: Date,
  timeZone: string,
): PostingStatus {
  if (!posting.deadline) return posting.rolling ? 'open' : 'unknown';
  return deadlineStatus(posting.deadline, now, localDate(now, timeZone));
}
