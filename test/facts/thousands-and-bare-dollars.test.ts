// Amounts in thousands ("k€40", "40-45k EUR", "USD 60K"), Swiss and German separators, and a
// bare "$" read as the dollar of the country the posting is in, or as no known currency when
// nothing says where it is.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { extractSalary } from '../../src/facts/salary.ts';
import { entry } from './entry.ts';

const pay = (text: string, country: string | null = 'Germany') => {
  const s = extractSalary([entry(text)], country);
  return s && [s.min, s.max, s.currency, s.period];
};

describe('amounts in thousands', () => {
  it('reads "k" before the sign, and the bare end of a range in thousands', () => {
    expect(pay('Rémunération : k€40 brut annuel')).toEqual([40000, 40000, 'EUR', 'year']);
    expect(pay('Retribuzione: k€ 28 lordi annui')).toEqual([28000, 28000, 'EUR', 'year']);
    expect(pay('Salary: 40-45k EUR gross per year')).toEqual([40000, 45000, 'EUR', 'year']);
    expect(pay('Salary: €40k-45k per year')).toEqual([40000, 45000, 'EUR', 'year']);
    expect(pay('Gehalt: 52-58k € brutto/Jahr')).toEqual([52000, 58000, 'EUR', 'year']);
    expect(pay('Sueldo: 24k-26k € brutos al año')).toEqual([24000, 26000, 'EUR', 'year']);
    expect(pay('Salario: 30.5k EUR anuales')).toEqual([30500, 30500, 'EUR', 'year']);
    expect(pay('Compensation: USD 60K per year')).toEqual([60000, 60000, 'USD', 'year']);
  });

  it('takes no far smaller or larger number for the other end', () => {
    expect(pay('Salary: 2-45k EUR per year')).toEqual([45000, 45000, 'EUR', 'year']);
    expect(pay('Salary: €40k - 900 per year')).toEqual([40000, 40000, 'EUR', 'year']);
  });

  it('reads the Swiss apostrophe, the German ",-" and a sterling range per annum', () => {
    expect(pay("Monthly stipend: CHF 7'500 net of tax", 'Switzerland')).toEqual([7500, 7500, 'CHF', 'month']);
    expect(pay('Vergütung: € 45.000,- brutto jährlich')).toEqual([45000, 45000, 'EUR', 'year']);
    expect(pay('£38,205 - £46,974 per annum', 'United Kingdom')).toEqual([38205, 46974, 'GBP', 'year']);
  });
});

describe('a bare dollar', () => {
  const salaryOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0]?.salary;

  it('is no known currency where nothing says where the posting is', () => {
    expect(salaryOf('Postdoctoral Researcher\n\nSalary: $65,000 - $72,000 per year.\n')).toMatchObject({
      min: 65000,
      max: 72000,
      currency: null,
    });
    expect(salaryOf('Data Scientist\n\nThe stipend is 50,000 dollars a year.\n')?.currency).toBeNull();
  });

  it('is the US dollar where the place, the host or the text is in the US', () => {
    expect(salaryOf('Postdoc\nLocation: Batavia, IL\n\nSalary: $65,000 per year\n')?.currency).toBe('USD');
    expect(salaryOf('Postdoc at Fermilab\n\nSalary: $65,000 per year\n')?.currency).toBe('USD');
    expect(salaryOf('Fellow\n\nSalary: $70,000 per year.\nThe post requires US citizenship.\n')?.currency).toBe('USD');
  });

  it('is the local dollar in a dollar country the place is in, and USD where written so', () => {
    expect(salaryOf('Postdoc\nLocation: Vancouver\n\nSalary: $70,000 per year\n')?.currency).toBe('CAD');
    expect(salaryOf('Postdoc\nLocation: Melbourne\n\nSalary: $95,000 per annum\n')?.currency).toBe('AUD');
    expect(salaryOf('Postdoc\n\nSalary: US$60,000 per year\n')?.currency).toBe('USD');
  });

  it('stays unknown where the text names several countries and no place', () => {
    const s = salaryOf('Fellow\n\nOpen to citizens of Canada and Australia.\nSalary: $70,000 per year\n');
    expect(s?.currency).toBeNull();
  });
});
