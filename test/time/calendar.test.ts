import { describe, expect, it } from 'vitest';
import { postingStatus } from '../../src/corpus/status.ts';
import { addDays, daysBetween, localDate } from '../../src/time/calendar.ts';

describe('calendar days', () => {
  it('takes the day where the bot runs, not in UTC', () => {
    // 23:30 UTC on 31 March is already 1 April in Zurich (summer time, UTC+2).
    expect(localDate(new Date('2026-03-31T23:30:00Z'), 'Europe/Zurich')).toBe('2026-04-01');
    expect(localDate(new Date('2026-03-31T23:30:00Z'), 'UTC')).toBe('2026-03-31');
  });

  it('adds and counts days across month ends and DST changes', () => {
    expect(addDays('2026-03-25', 7)).toBe('2026-04-01');
    expect(addDays('2026-10-30', 3)).toBe('2026-11-02');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2026-10-20', '2026-11-03')).toBe(14);
  });

  it('closes a posting after the end of its deadline day', () => {
    const p = { deadline: { date: '2026-12-20', text: 'by 20 December 2026', line: 3 } };
    expect(postingStatus(p, new Date('2026-12-20T22:30:00Z'), 'Europe/Zurich')).toBe('open');
    expect(postingStatus(p, new Date('2026-12-20T23:30:00Z'), 'Europe/Zurich')).toBe('closed');
    expect(postingStatus({ deadline: null }, new Date(), 'Europe/Zurich')).toBe('unknown');
  });
});
