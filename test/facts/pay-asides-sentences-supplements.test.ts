// Pay read through a bracketed conversion, judged sentence by sentence in a long line, with a
// gross or net word before its period, and a supplement set beside "full salary" left out.
import { describe, expect, it } from 'vitest';
import { extractSalary } from '../../src/facts/salary.ts';
import { entry } from './entry.ts';

const salaryOf = (...lines: string[]) => extractSalary(lines.map((t, i) => entry(t, { line: i + 1 })));
const brief = (...lines: string[]) => {
  const s = salaryOf(...lines);
  return s ? [s.min, s.max, s.currency, s.period] : null;
};

describe('a bracketed conversion beside a sum', () => {
  it('does not hide the range or its currency', () => {
    expect(brief('Fellows are paid from 6,900 (Rs 5,60,000) to 7,800 (Rs 6,30,000) Swiss francs per month.')).toEqual([
      6900,
      7800,
      'CHF',
      'month',
    ]);
    expect(brief('The allowance is 2,400 (approx. US$ 2,600) euros per month.')).toEqual([2400, 2400, 'EUR', 'month']);
    expect(brief('Salary: 52,000 (≈ £44,000) to 58,000 (≈ £49,000) EUR per year, depending on experience.')).toEqual([
      52000,
      58000,
      'EUR',
      'year',
    ]);
  });

  it('keeps a sum that is only in brackets', () => {
    expect(brief('Monthly stipend (USD 3,000) paid by the host.')).toEqual([3000, 3000, 'USD', 'month']);
  });
});

describe('a long line of several sums', () => {
  it('takes the sentence that reads most like pay', () => {
    expect(
      brief(
        'El laboratorio recibe 25.000 euros por cada plaza. La persona contratada cobrará como retribución 18.000 euros brutos anuales.',
      ),
    ).toEqual([18000, 18000, 'EUR', 'year']);
    expect(
      brief(
        'The host receives a bench fee of £5,000 for the project. The successful candidate will be paid a salary of £34,000 per annum, rising each year.',
      ),
    ).toEqual([34000, 34000, 'GBP', 'year']);
  });

  it('leaves out a later sentence that adds to the pay', () => {
    expect(
      brief(
        'Doctoral researchers earn a gross salary of 2.950,00 EUR per month in their first year. In addition, a family allowance of 400 or 700 EUR a month may be granted.',
      ),
    ).toEqual([2950, 2950, 'EUR', 'month']);
  });

  it('keeps two rates of consecutive sentences as a range', () => {
    expect(
      brief(
        'Ai borsisti spettano 410,00 euro mensili come compenso. Chi viene da fuori regione riceve invece 760,00 euro al mese.',
      ),
    ).toEqual([410, 760, 'EUR', 'month']);
  });

  it('keeps a range written across one sentence', () => {
    expect(brief('Salary: £36,000 to £41,000 per annum. Further details are in the job description.')).toEqual([
      36000,
      41000,
      'GBP',
      'year',
    ]);
  });
});

describe('a gross or net word between a sum and its period', () => {
  it('still gives the period and the net flag', () => {
    const s = salaryOf('The post pays CHF 6,800 net per month.');
    expect([s?.min, s?.period, s?.net]).toEqual([6800, 'month', true]);
    expect(brief('Retribución: 1.450 euros brutos mensuales.')).toEqual([1450, 1450, 'EUR', 'month']);
    expect(salaryOf('Retribución: 1.450 euros brutos mensuales.')?.net).toBe(false);
  });
});

describe('a sum set beside the full salary', () => {
  it('is no salary', () => {
    expect(salaryOf('On top of full salary, each fellow gets a supplemental award of US$3,000 per year.')).toBeNull();
    expect(salaryOf('On top of their salary, fellows get a supplemental stipend of €2,000 a year.')).toBeNull();
  });

  it('leaves the salary itself', () => {
    expect(brief('The salary is US$68,000 per year, plus a supplemental stipend of US$3,000 per year.')).toEqual([
      68000,
      68000,
      'USD',
      'year',
    ]);
  });
});
