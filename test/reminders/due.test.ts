import { describe, expect, it } from 'vitest';
import { currentOffset, currentReminders, dueReminders } from '../../src/reminders/due.ts';
import { posting, TZ } from './helpers.ts';

describe('currentOffset: the most recent offset whose day has come', () => {
  it.each([
    [20, [14, 7, 1], null],
    [14, [14, 7, 1], 14],
    [10, [14, 7, 1], 14],
    [7, [14, 7, 1], 7],
    [5, [14, 7, 1], 7],
    [1, [14, 7, 1], 1],
    [0, [14, 7, 1], null],
    [0, [14, 7, 1, 0], 0],
    [-1, [14, 7, 1, 0], null],
    [3, [], null],
    [3, [3.5, -2, 30], 30],
  ])('%i days left with offsets %j -> %j', (daysLeft, offsets, expected) => {
    expect(currentOffset(daysLeft, offsets)).toBe(expected);
  });
});

describe('days are counted in calendar days of the time zone', () => {
  it('counts across the spring DST change in Europe/Zurich (30 March 2025)', () => {
    const p = posting('spring', '2025-04-06');
    // 00:30 on 30 March in Zurich is still 29 March in UTC.
    expect(dueReminders([p], { now: new Date('2025-03-29T23:30:00Z'), timeZone: TZ, offsets: [7] })).toHaveLength(1);
    expect(dueReminders([p], { now: new Date('2025-03-29T22:30:00Z'), timeZone: TZ, offsets: [7] })).toHaveLength(0);
    // 23:30 CEST on 30 March, after the clocks went forward.
    expect(dueReminders([p], { now: new Date('2025-03-30T21:30:00Z'), timeZone: TZ, offsets: [7] })).toHaveLength(1);
  });

  it('counts across the autumn DST change in Europe/Zurich (26 October 2025)', () => {
    const p = posting('autumn', '2025-11-02');
    for (const iso of ['2025-10-25T22:30:00Z', '2025-10-26T00:30:00Z', '2025-10-26T22:30:00Z']) {
      const due = currentReminders([p], { now: new Date(iso), timeZone: TZ, offsets: [14, 7, 1] });
      expect(due.map((d) => [d.daysBefore, d.daysLeft])).toEqual([[7, 7]]);
    }
    // 23:30 CET on 26 October is 22:30Z; one hour later it is 27 October.
    const next = currentReminders([p], { now: new Date('2025-10-26T23:30:00Z'), timeZone: TZ, offsets: [14, 7, 1] });
    expect(next.map((d) => [d.daysBefore, d.daysLeft])).toEqual([[7, 6]]);
  });

  it('counts across month ends and leap days', () => {
    const march1 = posting('march', '2025-03-01');
    const leap = posting('leap', '2024-03-01');
    const on = (iso: string, p = march1) =>
      dueReminders([p], { now: new Date(iso), timeZone: TZ, offsets: [14, 1] }).map((d) => d.daysBefore);
    expect(on('2025-02-28T08:00:00Z')).toEqual([1]);
    expect(on('2025-02-15T08:00:00Z')).toEqual([14]);
    expect(on('2024-02-29T08:00:00Z', leap)).toEqual([1]);
    expect(on('2024-02-16T08:00:00Z', leap)).toEqual([14]);
  });
});

describe('currentReminders', () => {
  it('is ordered by deadline, then file and line, whatever the input order', () => {
    const ps = [
      posting('b', '2025-06-10', { source: { file: 'b.md', line: 1 } }),
      posting('a2', '2025-06-09', { source: { file: 'a.md', line: 20 } }),
      posting('a1', '2025-06-09', { source: { file: 'a.md', line: 2 } }),
      posting('none', null),
      posting('past', '2025-06-01'),
    ];
    const got = currentReminders(ps, { now: new Date('2025-06-06T07:00:00Z'), timeZone: TZ, offsets: [14, 7, 1] });
    expect(got.map((r) => r.posting.id)).toEqual(['a1', 'a2', 'b']);
  });
});
