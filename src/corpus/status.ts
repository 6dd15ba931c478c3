import { localDate } from '../time/calendar.ts';
import type { Posting, PostingStatus } from './posting.ts';

/** Open until the end of the deadline day in `timeZone`; unknown without a stated deadline. */
export function postingStatus(posting: Pick<Posting, 'deadline'>, now: Date, timeZone: string): PostingStatus {
  if (!posting.deadline) return 'unknown';
  return localDate(now, timeZone) > posting.deadline.date ? 'closed' : 'open';
}
