import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/corpus/role.ts';
import { extractSalary } from '../../src/facts/salary.ts';
import { extractWorkload } from '../../src/facts/workload.ts';

const e = (text: string): Entry => ({ text, line: 1, kind: 'text', section: 'none' });
const pay = (text: string) => extractSalary([e(text)]);

describe('pay ranges written with words between the ends', () => {
  it('reads "from X in the first year to Y in the fourth year"', () => {
    expect(pay('A gross monthly salary from €2,901 in the first year to €3,707 in the fourth year')).toMatchObject({
      min: 2901,
      max: 3707,
      currency: 'EUR',
      period: 'month',
    });
    expect(pay('Gehalt von 2.901 € im ersten Jahr bis 3.707 € im vierten Jahr, brutto monatlich')).toMatchObject({
      min: 2901,
      max: 3707,
    });
  });

  it('reads "rising to" and "increasing to"', () => {
    expect(pay('Salary: £30,000 rising to £34,000 per annum')).toMatchObject({ min: 30000, max: 34000 });
    expect(pay('The stipend is $40,000 in year one, increasing to $42,000 in year two.')).toMatchObject({
      min: 40000,
      max: 42000,
    });
  });

  it('keeps two amounts apart when a figure stands between them', () => {
    expect(pay('Salary from £30,000 for 12 months to £45,000 for senior staff')?.max).toBe(30000);
  });
});

describe('how pay is paid out is not its period', () => {
  it('reads a yearly amount paid in monthly instalments as yearly', () => {
    expect(
      pay("L'importo lordo annuo della borsa è di € 19.367,00, pagabile in rate mensili posticipate.")?.period,
    ).toBe('year');
    expect(pay('An annual stipend of EUR 24,000, payable in monthly instalments.')?.period).toBe('year');
    expect(pay('Une rémunération annuelle brute de 21 000 € versée mensuellement.')?.period).toBe('year');
  });

  it('still reads a monthly amount as monthly', () => {
    expect(pay('The stipend is EUR 2,000 per month, paid monthly.')?.period).toBe('month');
  });
});

describe("a rate leading a line of the post's facets", () => {
  it('reads "100%, Zurich, fixed-term" and "80-100% | Villigen"', () => {
    expect(extractWorkload([e('100%, Zurich, fixed-term')])?.fte).toBe(1);
    expect(extractWorkload([e('80-100% | Villigen | Postdoc')])?.fte).toBe(0.8);
  });

  it('reads no other share at the start of a line', () => {
    expect(extractWorkload([e('50%, of the budget goes to travel in 2027')])).toBeNull();
    expect(extractWorkload([e('30% discount, on site canteen')])?.fte ?? null).toBeNull();
  });
});

describe('a full-time value after a workload label in Spanish and Italian', () => {
  it('reads "Jornada: completa" and "Orario: tempo pieno"', () => {
    expect(extractWorkload([e('Jornada: completa')])?.fte).toBe(1);
    expect(extractWorkload([e('Orario: tempo pieno')])?.fte).toBe(1);
    expect(extractWorkload([e('Jornada: parcial')])).toBeNull();
  });
});

describe('more pay and workload words', () => {
  it('reads "rising annually to" as the top of the range', () => {
    expect(pay('The starting salary is £32,000 per annum, rising annually to £36,000.')).toMatchObject({
      min: 32000,
      max: 36000,
      period: 'year',
    });
  });

  it('reads the French "ETP" as FTE', () => {
    expect(extractWorkload([e('Quotité de travail : 0,5 ETP')])?.fte).toBe(0.5);
    expect(extractWorkload([e('Poste à 0.8 ETP, CDD de 12 mois')])?.fte).toBe(0.8);
  });
});

describe('a lower end without its currency, and "pa"', () => {
  it('reads "65 000 - 75 000 CHF" and "3.500 – 4.800 EUR" as ranges', () => {
    expect(pay('Compensation: 65 000 - 75 000 CHF brut par an')).toMatchObject({
      min: 65000,
      max: 75000,
      period: 'year',
    });
    expect(pay('Salary: 3.500 – 4.800 EUR gross per month')).toMatchObject({ min: 3500, max: 4800 });
  });

  it('reads no year or far smaller figure as the lower end', () => {
    expect(pay('Salary in 2026 - 45,000 EUR a year')?.min).toBe(45000);
    expect(pay('Salary: Level 300 - 45,000 EUR a year')?.min).toBe(45000);
  });

  it('reads "pa" as a year', () => {
    expect(pay('Salary: Level B, AUD 115,000 - 130,000 pa plus superannuation')?.period).toBe('year');
  });
});
