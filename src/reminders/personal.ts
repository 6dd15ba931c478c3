// One user's reminders: the channel rules (./due.ts) with what the user said about postings.
// 'applied' and 'stopped' postings get no more reminders; a snoozed one is quiet until its day,
// gets one reminder that day (saying the true days left), and the usual offsets after it.
//
// The snooze reminder is an ordinary reminder key whose daysBefore is the days left on the
// snooze day, so it is claimed and delivered exactly once like any other; an offset reminder
// missed during the snooze is then superseded by it (a smaller daysBefore was sent), and a
// snooze day that is also an offset's day is that one reminder.
import type { Posting } from '../corpus/posting.ts';
import type { Delivery, PostingMark } from '../store/store.ts';
import { PERSONAL_PREFIX } from '../store/store.ts';
import { addDays, epochDay, localDate } from '../time/calendar.ts';
import { byDeadlineThenSource, type CurrentReminder, currentReminders, deadlineDay } from './due.ts';

export function isPersonal(channelId: string): boolean {
  return channelId.startsWith(PERSONAL_PREFIX);
}

/** The user a personal subscription or reminder key is for ('@U123' -> 'U123'). */
export function personalUser(channelId: string): string {
  return channelId.slice(PERSONAL_PREFIX.length);
}

export function personalChannel(userId: string): string {
  return `${PERSONAL_PREFIX}${userId}`;
}

/**
 * Where a post to `channelId` goes: the channel itself, or for '@user' the direct channel with
 * that user, opened once (`open`: Slack's conversations.open, Mattermost's direct channel) and
 * remembered (at most 10,000 users at a time).
 */
export function directChannels(open: (userId: string) => Promise<string>): (channelId: string) => Promise<string> {
  const known = new Map<string, string>();
  return async (channelId) => {
    if (!isPersonal(channelId)) return channelId;
    const user = personalUser(channelId);
    const had = known.get(user);
    if (had) return had;
    const id = await open(user);
    if (known.size > 10_000) known.clear();
    known.set(user, id);
    return id;
  };
}

/** A posting the user asked to hear no more about. */
export function muted(mark: PostingMark | undefined): boolean {
  return mark?.state === 'applied' || mark?.state === 'stopped';
}

export interface PersonalArgs {
  /** The channel rule's current reminders for the user's matching postings (./due.ts). */
  current: CurrentReminder[];
  /** The user's matching postings (for snoozes whose day has come without a current offset). */
  matching: Posting[];
  marks: PostingMark[];
  /** The user's reminder deliveries so far. */
  delivered: Delivery[];
  now: Date;
  timeZone: string;
}

/** The reminders to deliver to the user at `now`: one per posting at most, soonest deadline first. */
export function personalReminders(args: PersonalArgs): CurrentReminder[] {
  const { now, timeZone } = args;
  const today = localDate(now, timeZone);
  const marks = new Map(args.marks.map((m) => [m.postingId, m] as const));
  const out = new Map<string, CurrentReminder>();
  for (const r of args.current) {
    const mark = marks.get(r.posting.id);
    if (muted(mark) || (mark?.state === 'snoozed' && mark.until !== null && mark.until > today)) continue;
    out.set(r.posting.id, r);
  }
  for (const p of args.matching) {
    const mark = marks.get(p.id);
    if (mark?.state !== 'snoozed' || mark.until === null || mark.until > today) continue;
    const snoozed = snoozeReminder(p, mark.until, args.delivered, now, timeZone);
    // After downtime a later offset may be current too: the more recent one of the two goes.
    const offset = out.get(p.id);
    if (snoozed && (!offset || offset.daysBefore >= snoozed.daysBefore)) out.set(p.id, snoozed);
  }
  return [...out.values()].sort(byDeadlineThenSource);
}

/** The one more reminder of a snooze whose day has come, unless it (or a later one) went out. */
function snoozeReminder(
  p: Posting,
  until: string,
  delivered: Delivery[],
  now: Date,
  timeZone: string,
): CurrentReminder | null {
  const day = deadlineDay(p.deadline, timeZone);
  if (!day) return null;
  const daysBefore = epochDay(day) - epochDay(until);
  if (!Number.isInteger(daysBefore) || daysBefore < 0) return null;
  if (delivered.some((d) => d.postingId === p.id && d.deadline === day && d.daysBefore <= daysBefore)) return null;
  // currentReminders keeps the rules of a deadline instant already passed and of the deadline day.
  return currentReminders([p], { now, timeZone, offsets: [daysBefore] })[0] ?? null;
}

/**
 * The day of the next reminder about a posting (YYYY-MM-DD), for the user's list: the snooze
 * day, or the next offset's day from today; null when none will come.
 */
export function nextReminderDay(
  p: Posting,
  offsets: readonly number[],
  mark: PostingMark | undefined,
  today: string,
  timeZone: string,
): string | null {
  if (muted(mark)) return null;
  const day = deadlineDay(p.deadline, timeZone);
  if (!day || day < today) return null;
  if (mark?.state === 'snoozed' && mark.until !== null && mark.until >= today) return mark.until;
  let next: string | null = null;
  for (const o of offsets) {
    const d = addDays(day, -o);
    if (d >= today && (next === null || d < next)) next = d;
  }
  return next;
}
