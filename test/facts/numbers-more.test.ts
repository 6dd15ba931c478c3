import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../src/facts/money-amounts.ts';
import { extractSalary } from '../../src/facts/salary.ts';
import { extractWorkload } from '../../src/facts/workload.ts';
import { entry } from './entry.ts';

const fteOf = (...lines: string[]) => extractWorkload(lines.map((t, i) => entry(t, { line: i + 1 })))?.fte;

describe('a currency code before a dollar sign', () => {
  it('names the sign, for every amount of the line', () => {
    const one = (t: string) => findAmounts(t).map((a) => [a.value, a.currency]);
    expect(one('AUD $98,000 - $105,000 plus superannuation')).toEqual([
      [98000, 'AUD'],
      [105000, 'AUD'],
    ]);
    expect(one('CAD $61,500 per year')).toEqual([[61500, 'CAD']]);
    expect(one('Pay: $4,000 a month')).toEqual([[4000, 'USD']]);
    const s = extractSalary([entry('Salary: NZD $88,000 - $96,500 per annum', { line: 1 })]);
    expect([s?.min, s?.max, s?.currency, s?.period]).toEqual([88000, 96500, 'NZD', 'year']);
  });
});

describe('working time as a percentage', () => {
  it('reads a rate beside a working-time word', () => {
    expect(fteOf('Working time: 100%')).toBe(1);
    expect(fteOf('Die wöchentliche Arbeitszeit beträgt 19,9 Stunden (50 %).')).toBe(0.5);
    expect(fteOf('Temps de travail : 70 %')).toBe(0.7);
  });
  it('takes no share of remote work for the workload', () => {
    expect(fteOf('Working hours: flexible, with up to 40% remote work')).toBeUndefined();
  });
});
