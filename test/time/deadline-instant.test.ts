import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { deadlineStatus, postingStatus } from '../../src/corpus/status.ts';
import { currentReminders, dueReminders } from '../../src/reminders/due.ts';
import { posting } from '../reminders/helpers.ts';

const TZ = 'Europe/Zurich';
const at = (date: string, instant: string) => ({ text: `Deadline ${date}`, line: 4, date, at: instant });

describe('open and closed with a deadline instant', () => {
  it('closes at the instant, not at the end of the day', () => {
    const d = at('2027-03-10', '2027-03-10T11:00:00.000Z');
    expect(deadlineStatus(d, new Date('2027-03-10T10:59:00Z'), '2027-03-10')).toBe('open');
    expect(deadlineStatus(d, new Date('2027-03-10T11:01:00Z'), '2027-03-10')).toBe('closed');
    // Without an instant: open all of the deadline day where the bot runs.
    const day = { text: 'Deadline 2027-03-10', line: 4, date: '2027-03-10' };
    expect(deadlineStatus(day, new Date('2027-03-10T22:00:00Z'), '2027-03-10')).toBe('open');
    expect(deadlineStatus(null, new Date(), '2027-03-10')).toBe('unknown');
  });

  it('stays open past midnight in Zurich for a deadline stated in a zone behind it', () => {
    const p = { deadline: at('2027-03-10', '2027-03-11T04:59:00.000Z') };
    // 05:00 in Zurich on 11 March, 23:00 in New York on 10 March.
    expect(postingStatus(p, new Date('2027-03-11T04:00:00Z'), TZ)).toBe('open');
    expect(postingStatus(p, new Date('2027-03-11T05:00:00Z'), TZ)).toBe('closed');
  });

  it('is what a parsed posting with a stated time gets', () => {
    const r = parseFile('t.txt', Buffer.from('Beamline scientist\n\nDeadline: 10 March 2027, 12:00 CET\n'));
    const p = r.postings[0];
    expect(p?.deadline).toMatchObject({ date: '2027-03-10', at: '2027-03-10T11:00:00.000Z' });
    expect(postingStatus(p as never, new Date('2027-03-10T11:30:00Z'), TZ)).toBe('closed');
  });
});

describe('reminders with a deadline instant', () => {
  it('count days to the instant’s day in the bot’s zone', () => {
    // 23:00 in New York on 20 March is 04:00 on 21 March in Zurich.
    const p = posting('ny', '2027-03-20', { deadline: at('2027-03-20', '2027-03-21T03:00:00.000Z') });
    const due = dueReminders([p], { now: new Date('2027-03-14T08:00:00Z'), timeZone: TZ, offsets: [7] });
    expect(due.map((d) => [d.deadline, d.daysBefore])).toEqual([['2027-03-21', 7]]);
    const plain = posting('day', '2027-03-20');
    expect(dueReminders([plain], { now: new Date('2027-03-14T08:00:00Z'), timeZone: TZ, offsets: [7] })).toEqual([]);
  });

  it('send nothing once the instant has passed, even on the deadline day', () => {
    const p = posting('noon', '2027-03-20', { deadline: at('2027-03-20', '2027-03-20T11:00:00.000Z') });
    const before = currentReminders([p], { now: new Date('2027-03-20T08:00:00Z'), timeZone: TZ, offsets: [0] });
    expect(before.map((r) => r.daysLeft)).toEqual([0]);
    const after = currentReminders([p], { now: new Date('2027-03-20T12:00:00Z'), timeZone: TZ, offsets: [0] });
    expect(after).toEqual([]);
  });
});
