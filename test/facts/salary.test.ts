import { describe, expect, it } from 'vitest';
import { findAmounts } from '../../src/facts/money-amounts.ts';
import { extractSalary } from '../../src/facts/salary.ts';
import { entry } from './entry.ts';

const salaryOf = (...lines: string[]) => extractSalary(lines.map((t, i) => entry(t, { line: i + 1 })));

describe('amounts of money', () => {
  it('reads signs, codes and names on either side, in every locale', () => {
    const one = (t: string) => findAmounts(t).map((a) => [a.value, a.currency]);
    expect(one('a bursary of CHF 2400.- per month')).toEqual([[2400, 'CHF']]);
    expect(one('paid £31,415 a year')).toEqual([[31415, 'GBP']]);
    expect(one('$92,500.50/yr')).toEqual([[92500.5, 'USD']]);
    expect(one('about 2150 € net')).toEqual([[2150, 'EUR']]);
    expect(one('EUR 48,900 gross')).toEqual([[48900, 'EUR']]);
    expect(one('42 300 € brut')).toEqual([[42300, 'EUR']]);
    expect(one('1.850,50 EUR im Monat')).toEqual([[1850.5, 'EUR']]);
    expect(one("CHF 7'250 monthly")).toEqual([[7250, 'CHF']]);
    expect(one('4.120,- CHF')).toEqual([[4120, 'CHF']]);
    expect(one('3,600,000 yen a year')).toEqual([[3600000, 'JPY']]);
    expect(one('JPY 4,000,000')).toEqual([[4000000, 'JPY']]);
    expect(one('a 60k USD package')).toEqual([[60000, 'USD']]);
    expect(one('RMB 150,000')).toEqual([[150000, 'CNY']]);
  });
  it('takes no bare number or year for money', () => {
    expect(findAmounts('the 2019-2020 academic year, 45 hours')).toEqual([]);
    expect(findAmounts('grade chf 5')).toEqual([]);
    expect(findAmounts('try 300 times')).toEqual([]);
  });
});

describe('the salary', () => {
  it('reads a range, its period and gross or net', () => {
    expect(salaryOf('Remuneration: between €41,200 and €46,800 gross per annum')).toMatchObject({
      min: 41200,
      max: 46800,
      currency: 'EUR',
      period: 'year',
      net: false,
    });
    expect(salaryOf('We pay GBP 38,000 - 44,500 per year.')).toMatchObject({ min: 38000, max: 44500, currency: 'GBP' });
    expect(salaryOf('Salaire mensuel net : de 2 350 € à 2 900 €')).toMatchObject({
      min: 2350,
      max: 2900,
      period: 'month',
      net: true,
    });
    expect(salaryOf('Vergütung: 3.150,00 EUR brutto pro Monat')).toMatchObject({
      min: 3150,
      max: 3150,
      period: 'month',
      net: false,
    });
    // A bare "$" in a posting that names no country is no known currency.
    expect(salaryOf('Stipend: $24.50/hour')).toMatchObject({ min: 24.5, period: 'hour', currency: null });
  });
  it('takes a year range for years, not money', () => {
    expect(
      salaryOf('The stipend for 2024-2025 will be $28,500, plus a travel allowance of up to $2000.'),
    ).toMatchObject({
      min: 28500,
      max: 28500,
      currency: null,
    });
  });
  it('takes one amount in two currencies for one amount', () => {
    expect(salaryOf('Salary: £52,110.40 or EUR 61,004.90 basic, net of tax')).toMatchObject({
      min: 52110.4,
      max: 52110.4,
      currency: 'GBP',
      net: true,
    });
    expect(salaryOf('Sie erhalten 2.800,- CHF pro Monat, umgerechnet ca. 2.600,- EUR.')).toMatchObject({
      min: 2800,
      max: 2800,
      currency: 'CHF',
      period: 'month',
    });
  });
  it('reads two rates with their periods as a range', () => {
    expect(
      salaryOf("L'importo della borsa è di 500,00 euro mensili, elevato a 800,00 euro al mese per i fuori sede."),
    ).toMatchObject({ min: 500, max: 800, currency: 'EUR', period: 'month' });
  });
  it('reads a line that is only an amount and a period', () => {
    expect(salaryOf('Time commitment', '£90000 to £95000 per annum')).toMatchObject({ min: 90000, max: 95000 });
  });
  it('takes funds, grants and extra stipends for no salary', () => {
    expect(salaryOf('Total fund: £4,500,000')).toBeNull();
    expect(
      salaryOf('The grant amounts to about 60000€ per year (48000€ research costs and 12000€ overhead).'),
    ).toBeNull();
    expect(salaryOf('Top candidates may apply for a prize with an additional stipend of 50k RMB per year.')).toBeNull();
    expect(salaryOf('A start-up package of around 250 000 euros comes with the chair.')).toBeNull();
    expect(salaryOf('Salary: competitive, negotiable / YEAR')).toBeNull();
  });
  it('prefers the salary to an allowance for equipment', () => {
    const s = salaryOf(
      'Benefits: a generous benefits package and an annual salary of $101,300; travel support.',
      'Fellows also get a yearly allowance of $90K for research equipment.',
    );
    expect(s).toMatchObject({ min: 101300, max: 101300, period: 'year', line: 1 });
  });
  it('keeps a bare salary in a salary section', () => {
    expect(extractSalary([entry('3,900 per month', { section: 'salary' })])).toMatchObject({
      min: 3900,
      currency: null,
      period: 'month',
    });
  });
});

describe('a salary across a wrapped line', () => {
  it('reads the period from the start of the next line', () => {
    const s = extractSalary([
      entry('- pay according to the tariff, about EUR 52,000 - 61,000 gross', { line: 7, kind: 'item' }),
      entry('per year depending on experience', { line: 8 }),
    ]);
    expect(s).toMatchObject({ min: 52000, max: 61000, period: 'year', line: 7 });
  });
});

describe('the period written after a slash', () => {
  it('reads "/Monat", "/mois", "/Jahr" and "/Stunde" as the period', () => {
    expect(salaryOf('Salary: EUR 4.000 brutto/Monat')).toMatchObject({
      min: 4000,
      currency: 'EUR',
      period: 'month',
      net: false,
    });
    expect(salaryOf('Gehalt: 3.800 € / Monat')).toMatchObject({ min: 3800, period: 'month' });
    expect(salaryOf('Rémunération : 2 900 € brut/mois')).toMatchObject({ min: 2900, period: 'month' });
    expect(salaryOf('Vergütung: ca. 52.000 EUR/Jahr')).toMatchObject({ min: 52000, period: 'year' });
    expect(salaryOf('Stundenlohn: 15,50 €/Stunde')).toMatchObject({ min: 15.5, period: 'hour' });
    expect(salaryOf('Retribuzione: 1.900 €/mese')).toMatchObject({ min: 1900, period: 'month' });
  });
});
