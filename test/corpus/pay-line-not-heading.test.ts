// A short line that states pay on its own ("Salary £38,205 - £46,974 per annum", "Grade 7: £38,205
// to £46,974") is the salary, not the heading of a salary section whose lines it would hide.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { classifyHeading } from '../../src/corpus/sections.ts';

const salaryOf = (text: string) => {
  const s = parseFile('p.txt', Buffer.from(text)).postings[0]?.salary;
  return s && [s.min, s.max, s.currency, s.period];
};

describe('a lone pay line', () => {
  it('opens no section', () => {
    expect(classifyHeading('Salary £38,205 - £46,974 per annum')).toBeNull();
    expect(classifyHeading('Gehalt 3.200 € brutto')).toBeNull();
    expect(classifyHeading('Salary')).toBe('salary');
    expect(classifyHeading('Salary and benefits')).toBe('salary');
  });

  it('is read as the salary in plain text, in English, German, French and Italian', () => {
    const head = 'Research Associate in Neutrino Physics\nUniversity of Leeds, United Kingdom\n\n';
    expect(salaryOf(`${head}Salary £38,205 - £46,974 per annum\n\nClosing date: 20 January 2027\n`)).toEqual([
      38205,
      46974,
      'GBP',
      'year',
    ]);
    expect(salaryOf(`${head}Grade 7: £38,205 to £46,974\n\nYou will work on the near detector.\n`)).toEqual([
      38205,
      46974,
      'GBP',
      null,
    ]);
    expect(
      salaryOf('Techniker (m/w/d)\nDeutschland\n\nGehalt 3.200 € brutto monatlich\n\nBeginn: 1. März 2027\n'),
    ).toEqual([3200, 3200, 'EUR', 'month']);
    expect(salaryOf('Ingénieur de recherche\nFrance\n\nSalaire 2 900 € brut mensuel\n\nDurée : 12 mois\n')).toEqual([
      2900,
      2900,
      'EUR',
      'month',
    ]);
    expect(salaryOf('Assegnista di ricerca\nItalia\n\nCompenso 1.700 € lordi mensili\n\nDurata: 12 mesi\n')).toEqual([
      1700,
      1700,
      'EUR',
      'month',
    ]);
  });

  it('does not take a grade without money, nor a degree class, for pay', () => {
    expect(salaryOf('Research Assistant\nUnited Kingdom\n\nApplicants need a grade 2:1 degree.\n')).toBeNull();
  });
});
