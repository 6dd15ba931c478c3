// A month abbreviated with its dot before a year ("Sept. 2027", "Oct. 2027", "févr. 2028") is a
// month of that year, as its whole name is; without the dot ("Mar 2013") it stays unread.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/facts/dates.ts';
import { readWrittenDates } from '../../src/facts/read-dates.ts';
import { entry } from './entry.ts';

const ref = new Date(Date.UTC(2026, 11, 1));
const months = (t: string) => readWrittenDates(t).map((d) => `${d.year}-${d.month}-${d.day ?? '?'}`);

describe('an abbreviated month with its dot and a year', () => {
  it('is read as that month', () => {
    expect(months('for the academic year starting Sept. 2027')).toEqual(['2027-9-?']);
    expect(months('Start: Oct. 2027')).toEqual(['2027-10-?']);
    expect(months('Début prévu : févr. 2028')).toEqual(['2028-2-?']);
    expect(months('Beginn: Jan. 2028')).toEqual(['2028-1-?']);
  });

  it('is not read without the dot', () => {
    expect(months('the Mar 2013 report')).toEqual([]);
  });

  it('gives the start beside a deadline in one sentence', () => {
    const d = extractDates(
      [entry('Send your application by December 1, 2026; the first cohort begins its studies starting Sept. 2027.')],
      ref,
    );
    expect(d.deadline?.date).toBe('2026-12-01');
    expect(d.start?.from).toBe('2027-09-01');
    expect(d.start?.to).toBe('2027-09-30');
  });
});
