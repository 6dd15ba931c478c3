import { describe, expect, it } from 'vitest';
import { readWrittenDates } from '../../src/facts/read-dates.ts';

/** The dates of a text as YYYY-MM-DD (year, day may be '?'), ranges as "from..to". */
function read(text: string): string[] {
  const f = (y: number | null, m: number, d: number | null) =>
    `${y ?? '????'}-${String(m).padStart(2, '0')}-${d === null ? '??' : String(d).padStart(2, '0')}`;
  return readWrittenDates(text).map((d) => {
    const one = f(d.year, d.month, d.day);
    const r = d.rangeEnd;
    const tag = d.order === 'swappable' ? '~' : '';
    return r ? `${one}..${f(r.year, r.month, r.day)}` : `${tag}${one}`;
  });
}

describe('written dates', () => {
  it('reads ISO and year-first numeric dates', () => {
    expect(read('Closing: 2027-03-09.')).toEqual(['2027-03-09']);
    expect(read('締切 2026/11/30 まで')).toEqual(['2026-11-30']);
    expect(read('final call 2028.1.5')).toEqual(['2028-01-05']);
    expect(read('応募締切：2027年1月15日')).toEqual(['2027-01-15']);
  });

  it('reads day-first and month-first numeric dates when a number over 12 says which', () => {
    expect(read('Deadline 28/02/2027')).toEqual(['2027-02-28']);
    expect(read('Deadline 02/28/2027')).toEqual(['2027-02-28']);
    expect(read('apply by 7-23-2029')).toEqual(['2029-07-23']);
    expect(read('until 19.11.2026')).toEqual(['2026-11-19']);
  });

  it('marks a numeric date whose day and month could swap, except dotted or equal ones', () => {
    expect(read('Closes 04/09/2027')).toEqual(['~2027-09-04']);
    expect(read('Closes 04-09-27')).toEqual(['~2027-09-04']);
    expect(read('Closes 04.09.2027')).toEqual(['2027-09-04']);
    expect(read('Closes 06/06/2027')).toEqual(['2027-06-06']);
  });

  it('reads month names with ordinals, abbreviations, commas and weekdays', () => {
    expect(read('Thursday, March 4th, 2027 at the latest')).toEqual(['2027-03-04']);
    expect(read('before Sept. 9, 2028')).toEqual(['2028-09-09']);
    expect(read('Opened Nov 2,2026')).toEqual(['2026-11-02']);
    expect(read('by the 21 st of June 2027')).toEqual(['2027-06-21']);
    expect(read('due 09-JUN-27')).toEqual(['2027-06-09']);
    expect(read('until 2nd February')).toEqual(['????-02-02']);
    expect(read('due 14 Feb, 2029')).toEqual(['2029-02-14']);
  });

  it('reads French, German, Italian, Spanish and Turkish month names', () => {
    expect(read('clôture le vendredi 1er août 2025 à midi')).toEqual(['2025-08-01']);
    expect(read('Bewerbungsschluss: 3. März 2026')).toEqual(['2026-03-03']);
    expect(read('entro il 12 settembre 2027')).toEqual(['2027-09-12']);
    expect(read('plazo hasta el 5 de noviembre de 2026')).toEqual(['2026-11-05']);
    expect(read('Son başvuru: 21 Şubat 2027')).toEqual(['2027-02-21']);
    expect(read('scadenza 9 dic 2026')).toEqual(['2026-12-09']);
  });

  it('reads a month with its year alone, and leaves foreign abbreviations without a year', () => {
    expect(read('starting in October 2027')).toEqual(['2027-10-??']);
    expect(read('we set 5 goals')).toEqual([]);
    expect(read('about 3 mag files')).toEqual([]);
  });

  it('joins ranges, taking a missing year or month from the far end', () => {
    expect(read('open from July 3 to October 1, 2027.')).toEqual(['2027-07-03..2027-10-01']);
    expect(read('du 2 mai au 30 juin 2026')).toEqual(['2026-05-02..2026-06-30']);
    expect(read('between 20 December and 10 January 2027')).toEqual(['2026-12-20..2027-01-10']);
    expect(read('held 8-12 June 2026')).toEqual(['2026-06-08..2026-06-12']);
    expect(read('Start: March to May 2027')).toEqual(['2027-03-??..2027-05-??']);
    expect(read('vom 1. April 2026 bis 31. März 2028')).toEqual(['2026-04-01..2028-03-31']);
  });

  it('takes no date a calendar lacks, and no month-and-year out of one', () => {
    expect(read('until 31 April 2027')).toEqual([]);
    expect(read('until 30 February 2027')).toEqual([]);
    expect(read('until 31/06/2027')).toEqual([]);
    expect(read('on 29 February 2027')).toEqual([]);
    expect(read('on 29 February 2028')).toEqual(['2028-02-29']);
  });

  it('reads no date from numbers that are not dates', () => {
    expect(read('call +41 22 767 12 34 or room 40-3-B20, version 1.2.3, 3/4 of the time')).toEqual([]);
    expect(read('the 2015-2016 stipend is 30,000 for 12 months')).toEqual([]);
    expect(read('IP 10.12.2020.1 is not a date')).toEqual([]);
  });
});
