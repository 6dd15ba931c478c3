// "for appointment by 1 April 2027", "to be appointed from": when the post is to be filled.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/facts/dates.ts';
import { entry } from './entry.ts';

const ref = new Date(Date.UTC(2026, 11, 1));
const startOf = (...lines: string[]) =>
  extractDates(
    lines.map((t, i) => entry(t, { line: i + 1 })),
    ref,
  ).start?.from ?? null;

describe('appointment words before a date', () => {
  it('give the start', () => {
    expect(startOf('We invite applications for a chair in laser optics, for appointment by 1 April, 2027.')).toBe(
      '2027-04-01',
    );
    expect(startOf('A lecturer in particle physics, for appointment from 1 September 2027.')).toBe('2027-09-01');
    expect(startOf('The successful candidate is to be appointed from 1 October 2027 for five years.')).toBe(
      '2027-10-01',
    );
    expect(startOf('Posto di ricercatore con nomina dal 1 marzo 2027.')).toBe('2027-03-01');
    expect(startOf('Plaza de profesor con nombramiento a partir del 1 de febrero de 2027.')).toBe('2027-02-01');
  });

  it('leave a deadline beside them', () => {
    const d = extractDates([entry('Applications by 15 January 2027, for appointment from 1 May 2027.')], ref);
    expect(d.deadline?.date).toBe('2027-01-15');
    expect(d.start?.from).toBe('2027-05-01');
  });
});
