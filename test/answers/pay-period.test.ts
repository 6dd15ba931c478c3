// Pay asked in another period than the posting states it: "how much per month?" of a yearly
// salary is divided by twelve, "per year?" of a monthly one multiplied, and the answer says so;
// more than twelve payments a year are named; an hourly wage or an unstated period is not converted.
import { describe, expect, it } from 'vitest';
import { askedPayPeriod } from '../../src/answers/pay-period.ts';
import { askerOfTexts } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'yearly-engineer.txt': `Vacuum Systems Engineer

Location: Hamburg, Germany
Deadline: 10 February 2027

Salary: EUR 54,000 per year, gross.
`,
  'monthly-fellow.txt': `Accelerator Research Fellow

Location: Geneva, Switzerland
Deadline: 12 February 2027

The fellowship pays CHF 6,000 per month.
`,
  'fourteen-payments.txt': `Tecnologo per il calcolo scientifico

Sede: Bologna, Italia
Scadenza: 14 febbraio 2027

Retribuzione: EUR 35,000 all'anno lordi, in 14 mensilità.
`,
  'hourly-student.txt': `Control Room Student Assistant

Location: Darmstadt, Germany
Deadline: 16 February 2027

Pay: EUR 14 per hour.
`,
};

const { ask } = askerOfTexts(POSTINGS, { now: '2027-01-10' });

describe('the period a pay question asks for', () => {
  it.each([
    ['how much per month?', 'month'],
    ['monthly salary?', 'month'],
    ['combien par mois ?', 'month'],
    ['wie viel im Monat?', 'month'],
    ['quanto al mese?', 'month'],
    ['¿cuánto por mes?', 'month'],
    ['what is the yearly pay', 'year'],
    ['salaire annuel ?', 'year'],
    ["quanto all'anno?", 'year'],
    ['hourly rate?', 'hour'],
  ])('"%s" asks per %s', (q, period) => {
    expect(askedPayPeriod(q)).toBe(period);
  });

  it('a length ("the 2-year postdoc") or both periods ask for none', () => {
    expect(askedPayPeriod('how much does the 2 year postdoc pay')).toBeNull();
    expect(askedPayPeriod('is it per month or per year?')).toBeNull();
  });
});

describe('pay converted to the period asked', () => {
  it.each([
    'how much does the vacuum systems engineer earn per month?',
    'vacuum systems engineer: monthly salary?',
    'combien par mois pour le poste vacuum systems engineer ?',
    'Vacuum Systems Engineer, wie viel im Monat?',
  ])('"%s": a yearly salary divided by twelve, said so', (q) => {
    const r = ask(q);
    expect(r.postings[0]?.source.file).toBe('yearly-engineer.txt');
    expect(r.text).toMatch(/EUR 54,000 per year, gross/);
    expect(r.text).toMatch(/Per month, that is about EUR 4,500, gross \(the yearly amount divided by 12/);
  });

  it('a monthly stipend asked per year is multiplied by twelve', () => {
    const r = ask('what is the accelerator research fellow pay per year?');
    expect(r.postings[0]?.source.file).toBe('monthly-fellow.txt');
    expect(r.text).toMatch(/Per year, that is about CHF 72,000 \(the monthly amount times 12/);
  });

  it('names more than twelve payments a year', () => {
    const r = ask('quanto al mese per il tecnologo calcolo scientifico?');
    expect(r.postings[0]?.source.file).toBe('fourteen-payments.txt');
    expect(r.text).toMatch(/about EUR 2,917/);
    expect(r.text).toMatch(/more than twelve payments a year/);
  });

  it('does not convert an hourly wage', () => {
    const r = ask('how much per month for the control room student assistant?');
    expect(r.postings[0]?.source.file).toBe('hourly-student.txt');
    expect(r.text).toMatch(/EUR 14 per hour/);
    expect(r.text).toMatch(/I do not convert it/);
    expect(r.text).not.toMatch(/Per month, that is/);
  });

  it('adds nothing when the question asks the stated period', () => {
    const r = ask('how much per year for the vacuum systems engineer?');
    expect(r.text).not.toMatch(/that is about/);
  });
});
