// One user's reminders at a sweep: the channel rule with their applied / stopped / snoozed marks.
import { describe, expect, it } from 'vitest';
import { currentReminders } from '../../src/reminders/due.ts';
import { nextReminderDay, personalReminders } from '../../src/reminders/personal.ts';
import type { Delivery, PostingMark } from '../../src/store/store.ts';
import { posting, TZ } from './helpers.ts';

const P = posting('p', '2025-06-20');
const Q = posting('q', '2025-06-21');
const day = (d: number) => new Date(`2025-06-${String(d).padStart(2, '0')}T07:00:00Z`);
const mark = (postingId: string, state: PostingMark['state'], until: string | null = null): PostingMark => ({
  platform: 'slack',
  userId: 'U1',
  postingId,
  state,
  until,
  updatedAt: '2025-06-01T00:00:00Z',
});
const sent = (postingId: string, daysBefore: number, deadline = '2025-06-20'): Delivery => ({
  platform: 'slack',
  channelId: '@U1',
  postingId,
  deadline,
  daysBefore,
  state: 'sent',
  attempts: 1,
  claimedAt: '',
  lastAttemptAt: '',
  sentAt: '',
  error: null,
});

function due(now: Date, marks: PostingMark[], delivered: Delivery[] = [], offsets = [14, 7, 1]) {
  const current = currentReminders([P, Q], { now, timeZone: TZ, offsets });
  return personalReminders({ current, matching: [P, Q], marks, delivered, now, timeZone: TZ }).map(
    (r) => `${r.posting.id}:${r.daysBefore}/${r.daysLeft}`,
  );
}

describe('personalReminders', () => {
  it('leaves out postings the user applied to or stopped', () => {
    expect(due(day(13), [])).toEqual(['p:7/7', 'q:14/8']);
    expect(due(day(13), [mark('p', 'applied'), mark('q', 'stopped')])).toEqual([]);
  });

  it('keeps a snoozed posting quiet until its day, then one reminder saying the true days left', () => {
    expect(due(day(13), [mark('p', 'snoozed', '2025-06-15')])).toEqual(['q:14/8']);
    expect(due(day(15), [mark('p', 'snoozed', '2025-06-15')])).toEqual(['p:5/5', 'q:7/6']);
    // Once sent, the snooze is over: the current offset is back (the sweep then drops this 7-day
    // one, as a smaller daysBefore, 5, was sent: superseded), and the 1-day one comes on its day.
    expect(due(day(16), [mark('p', 'snoozed', '2025-06-15')], [sent('p', 5)])).toEqual(['p:7/4', 'q:7/5']);
  });

  it('after downtime past the snooze day, the more recent of the snooze and a later offset goes', () => {
    // Snoozed to the 15th, the bot down until the 19th: the 1-day reminder is the recent one.
    expect(due(day(19), [mark('p', 'snoozed', '2025-06-15')])).toEqual(['p:1/1', 'q:7/2']);
    // Down until the 17th: the snooze reminder (5 before) is more recent than the 7-day one.
    expect(due(day(17), [mark('p', 'snoozed', '2025-06-15')])).toEqual(['p:5/3', 'q:7/4']);
  });

  it('tells the next reminder day for the list', () => {
    expect(nextReminderDay(P, [14, 7, 1], undefined, '2025-06-10', TZ)).toBe('2025-06-13');
    expect(nextReminderDay(P, [14, 7, 1], mark('p', 'snoozed', '2025-06-11'), '2025-06-10', TZ)).toBe('2025-06-11');
    expect(nextReminderDay(P, [14, 7, 1], mark('p', 'applied'), '2025-06-10', TZ)).toBeNull();
    expect(nextReminderDay(P, [14], undefined, '2025-06-10', TZ)).toBeNull();
  });
});
