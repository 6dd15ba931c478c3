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

/** The UTC instant of a wall-clock time in Zurich: offset +01:00 in winter, +02:00 in summer. */
function zurich(local: string, offsetHours: 1 | 2): Date {
  return new Date(`${local}:00+0${offsetHours}:00`);
}

const days = (p: ReturnType<typeof posting>, now: Date, offsets = [14, 7, 1]) =>
  dueReminders([p], { now, timeZone: TZ, offsets }).map((d) => d.daysBefore);

describe('due on the local calendar day, at 23:30 and at 00:30', () => {
  type Offset = 1 | 2;
  // The UTC offset in Zurich at 23:30 the evening before, 00:30 and 23:30 that day, 00:30 the day after.
  const cases: [string, string, string, [Offset, Offset, Offset, Offset], number][] = [
    ['the day before spring DST (28 March 2026)', '2026-04-04', '2026-03-28', [1, 1, 1, 1], 7],
    ['spring DST day (29 March 2026, 23 hours long)', '2026-04-05', '2026-03-29', [1, 1, 2, 2], 7],
    ['the day after spring DST', '2026-03-31', '2026-03-30', [2, 2, 2, 2], 1],
    ['the day before autumn DST', '2026-10-25', '2026-10-24', [2, 2, 2, 2], 1],
    ['autumn DST day (25 October 2026, 25 hours long)', '2026-11-08', '2026-10-25', [2, 2, 1, 1], 14],
    ['a month end (30 April to 1 May)', '2026-05-07', '2026-04-30', [2, 2, 2, 2], 7],
    ['a year end', '2027-01-01', '2026-12-31', [1, 1, 1, 1], 1],
    ['a leap day (29 February 2028)', '2028-03-07', '2028-02-29', [1, 1, 1, 1], 7],
    ['across a leap day (14 days before 7 March 2028)', '2028-03-07', '2028-02-22', [1, 1, 1, 1], 14],
    ['28 February in a common year', '2027-03-01', '2027-02-28', [1, 1, 1, 1], 1],
  ];

  for (const [what, deadline, day, [eve, early, late, after], daysBefore] of cases) {
    it(`${what}: due from 00:30 to 23:30 that day, not the evening before nor the night after`, () => {
      const p = posting('dst', deadline);
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const prev = new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
      const next = new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
      expect(days(p, zurich(`${day}T00:30`, early))).toEqual([daysBefore]);
      expect(days(p, zurich(`${day}T23:30`, late))).toEqual([daysBefore]);
      expect(days(p, zurich(`${prev}T23:30`, eve))).toEqual([]);
      expect(days(p, zurich(`${next}T00:30`, after))).toEqual([]);
    });
  }

  it('is never due twice in the 25-hour autumn DST day, hour by hour', () => {
    const p = posting('autumn-hours', '2026-11-01');
    const start = zurich('2026-10-25T00:00', 2).getTime();
    const seen = new Set<string>();
    for (let h = 0; h < 25; h++) {
      const due = dueReminders([p], { now: new Date(start + h * 3_600_000), timeZone: TZ, offsets: [7] });
      expect(
        due.map((d) => d.daysBefore),
        `hour ${h}`,
      ).toEqual([7]);
      seen.add(due[0]?.deadline ?? '');
    }
    expect(seen).toEqual(new Set(['2026-11-01']));
    expect(days(p, zurich('2026-10-26T00:00', 1), [7])).toEqual([]);
  });

  it('counts the 23-hour spring DST day as one calendar day', () => {
    const p = posting('spring-hours', '2026-04-05');
    const start = zurich('2026-03-29T00:00', 1).getTime();
    for (let h = 0; h < 23; h++) expect(days(p, new Date(start + h * 3_600_000), [7]), `hour ${h}`).toEqual([7]);
    expect(days(p, zurich('2026-03-30T00:00', 2), [7])).toEqual([]);
  });

  it('gives the same day in another time zone its own calendar', () => {
    const p = posting('tokyo', '2026-12-08');
    // 23:30 on 30 November in Zurich is already 1 December in Tokyo.
    const now = zurich('2026-11-30T23:30', 1);
    expect(dueReminders([p], { now, timeZone: TZ, offsets: [7] })).toHaveLength(0);
    expect(dueReminders([p], { now, timeZone: 'Asia/Tokyo', offsets: [7] })).toHaveLength(1);
  });

  it('ignores postings without a deadline, passed deadlines and odd offsets', () => {
    const now = zurich('2026-11-22T12:00', 1);
    const ps = [posting('none', null), posting('past', '2026-11-15'), posting('today', '2026-11-22')];
    expect(dueReminders(ps, { now, timeZone: TZ, offsets: [14, 7, 1, -7, 1.5, Number.NaN] })).toEqual([]);
    expect(dueReminders(ps, { now, timeZone: TZ, offsets: [0] }).map((d) => d.posting.id)).toEqual(['today']);
  });
});
