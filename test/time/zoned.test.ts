import { describe, expect, it } from 'vitest';
import { instantOf } from '../../src/time/zoned.ts';

describe('a wall-clock time in a zone', () => {
  it('follows the zone’s DST rules', () => {
    const w = { year: 2027, month: 1, day: 15, hour: 9, minute: 30 };
    expect(instantOf(w, { timeZone: 'Europe/Zurich' })).toBe('2027-01-15T08:30:00.000Z');
    expect(instantOf({ ...w, month: 7 }, { timeZone: 'Europe/Zurich' })).toBe('2027-07-15T07:30:00.000Z');
    expect(instantOf(w, { timeZone: 'America/Chicago' })).toBe('2027-01-15T15:30:00.000Z');
    // The day DST starts in Europe (28 March 2027): 12:00 is already summer time.
    expect(instantOf({ year: 2027, month: 3, day: 28, hour: 12, minute: 0 }, { timeZone: 'Europe/Paris' })).toBe(
      '2027-03-28T10:00:00.000Z',
    );
  });

  it('takes fixed offsets as they are, and 24:00 as the end of the day', () => {
    expect(instantOf({ year: 2027, month: 7, day: 1, hour: 23, minute: 59 }, { offsetMinutes: 60 })).toBe(
      '2027-07-01T22:59:00.000Z',
    );
    expect(instantOf({ year: 2027, month: 7, day: 1, hour: 24, minute: 0 }, { offsetMinutes: 0 })).toBe(
      '2027-07-02T00:00:00.000Z',
    );
  });

  it('gives null for a zone the platform does not know', () => {
    expect(instantOf({ year: 2027, month: 7, day: 1, hour: 1, minute: 0 }, { timeZone: 'Mars/Olympus' })).toBeNull();
  });
});
