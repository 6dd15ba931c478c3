import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/corpus/role.ts';
import { extractDates } from '../../src/facts/dates.ts';
import { readTimeNear } from '../../src/facts/read-time.ts';

const ref = new Date(Date.UTC(2026, 0, 1));
const e = (text: string): Entry => ({ text, line: 1, kind: 'text', section: 'none' });
const atOf = (text: string, country?: string) => extractDates([e(text)], ref, { country }).deadline;

describe('a deadline’s time and zone', () => {
  it('reads times after the date with abbreviations, offsets and named zones', () => {
    expect(atOf('Deadline: 10 March 2027, 23:59 CET')).toMatchObject({
      date: '2027-03-10',
      at: '2027-03-10T22:59:00.000Z',
    });
    expect(atOf('Deadline: Monday, 04. January 2027, 05:59 GMT')?.at).toBe('2027-01-04T05:59:00.000Z');
    expect(atOf('Closing date: June 3, 2027 at 5 pm EDT')?.at).toBe('2027-06-03T21:00:00.000Z');
    expect(atOf('Deadline 1 July 2027 17:00 (UTC+2)')?.at).toBe('2027-07-01T15:00:00.000Z');
    expect(atOf('Date limite : jeudi 8 juillet 2027 23:59:00 heure de Paris')?.at).toBe('2027-07-08T21:59:00.000Z');
    expect(atOf('Deadline: 15 July 2027, 17:00 (Paris time)')?.at).toBe('2027-07-15T15:00:00.000Z');
    expect(atOf('Deadline: 2 February 2027 at noon Geneva time')?.at).toBe('2027-02-02T11:00:00.000Z');
    expect(atOf('Deadline: 2 February 2027 at 18:00 Central European Time')?.at).toBe('2027-02-02T17:00:00.000Z');
  });

  it('reads a time written before the date', () => {
    expect(atOf('Applications close at 12:00 UTC on 9 May 2027.')?.at).toBe('2027-05-09T12:00:00.000Z');
    expect(atOf('Deadline: midnight CET, 9 May 2027')?.at).toBe('2027-05-09T23:00:00.000Z');
  });

  it('takes a zone-less time in the posting’s country, DST included, and none when unknown', () => {
    expect(atOf('Apply until 30 th of January 2027 at 12.00', 'Switzerland')?.at).toBe('2027-01-30T11:00:00.000Z');
    expect(atOf('Apply until 30 July 2027 at 12.00', 'Switzerland')?.at).toBe('2027-07-30T10:00:00.000Z');
    expect(atOf('Apply until 30 July 2027 at 12.00 local time', 'Japan')?.at).toBe('2027-07-30T03:00:00.000Z');
    const unknown = atOf('Apply until 30 July 2027 at 12.00');
    expect(unknown).toMatchObject({ date: '2027-07-30' });
    expect(unknown?.at).toBeUndefined();
  });

  it('keeps the date in the posting’s own calendar when the instant is another day in UTC', () => {
    expect(atOf('Deadline: 3 March 2027, 23:00 EST')).toMatchObject({
      date: '2027-03-03',
      at: '2027-03-04T04:00:00.000Z',
    });
  });

  it('reads no time from what is not one', () => {
    expect(readTimeNear('', ', 5 positions are open')).toBeNull();
    expect(readTimeNear('', ' and 3 more')).toBeNull();
    expect(readTimeNear('', ' at 25:00')).toBeNull();
    // French "est" ("is") is no zone.
    expect(readTimeNear('', ' à 12h00 est la limite')).toEqual({ hour: 12, minute: 0, zone: null });
  });
});

describe('times in other shapes', () => {
  it('reads ISO date-times with their offset, and hours with a unit', () => {
    expect(atOf('Deadline: 2027-05-03T17:00:00+02:00')?.at).toBe('2027-05-03T15:00:00.000Z');
    expect(atOf('Deadline: 2027-05-03T23:59Z')?.at).toBe('2027-05-03T23:59:00.000Z');
    expect(atOf('Bewerbungsschluss: 3. Mai 2027, 12 Uhr', 'Germany')?.at).toBe('2027-05-03T10:00:00.000Z');
    expect(atOf('Date limite : 3 mai 2027 à 17h', 'France')?.at).toBe('2027-05-03T15:00:00.000Z');
  });
});

describe('hours that are not times', () => {
  it('takes no "2 h per week" after a date for a time', () => {
    expect(readTimeNear('', ', 2 h per week of teaching')).toBeNull();
  });
});
