import { describe, expect, it } from 'vitest';
import { extractDuration } from '../../src/facts/duration.ts';
import { entry } from './entry.ts';

const monthsOf = (...lines: string[]) =>
  extractDuration(lines.map((t, i) => entry(t, { line: i + 1 })))?.months ?? null;

describe('the contract duration', () => {
  it('reads numbers and number words in several languages', () => {
    expect(monthsOf('The appointment is for up to four years.')).toBe(48);
    expect(monthsOf('Term: Not to Exceed Two years')).toBe(24);
    expect(monthsOf('The contract is initially for 3 years, renewable once.')).toBe(36);
    expect(monthsOf('We offer an 18-month fixed-term contract.')).toBe(18);
    expect(monthsOf('The position is offered for six months.')).toBe(6);
    expect(monthsOf('Il contratto avrà una durata di 24 mesi.')).toBe(24);
    expect(monthsOf('Die Stelle ist für zwei Jahre befristet.')).toBe(24);
    expect(monthsOf('Durée du contrat : 18 mois')).toBe(18);
    expect(monthsOf('Contrat de trois ans')).toBe(36);
    expect(monthsOf('Each internship lasts eight weeks.')).toBe(1.84);
  });
  it('takes the lower bound of a range', () => {
    expect(monthsOf('The fellowship is for 3-5 years depending on funding.')).toBe(36);
    expect(monthsOf('Durée : entre 2 et 4 ans selon le projet')).toBe(24);
    expect(monthsOf('Contract duration: 1.5 and 3 years')).toBe(18);
    expect(monthsOf('Visitors may stay between 3 to 12 months.')).toBe(3);
    expect(monthsOf('Während der 4-24 Monate arbeiten die Studierenden am CERN.')).toBe(4);
  });
  it('reads a length written before its noun', () => {
    expect(monthsOf('The lab offers a three-year postdoctoral position in cosmology.')).toBe(36);
    expect(monthsOf('Period of employment is a maximum of 1 fiscal year.')).toBe(12);
    expect(monthsOf('Grants are awarded on an annual basis and may be renewed.')).toBe(12);
  });
  it('takes experience, ages, study time and time since a degree for no contract', () => {
    expect(monthsOf('Candidates need 3 years of experience in C++.')).toBeNull();
    expect(monthsOf('At least 2 years of professional experience is required.')).toBeNull();
    expect(monthsOf('You must have received your PhD within the last 4 years.')).toBeNull();
    expect(monthsOf('You are under 30 years old on the closing date.')).toBeNull();
    expect(monthsOf('You completed at least 2 years of studies.')).toBeNull();
    expect(monthsOf('You have had a career break of at least 12 months.')).toBeNull();
    expect(monthsOf('Up to eight years after graduation.')).toBeNull();
    expect(monthsOf('about three months visit to the observatory per year')).toBeNull();
    expect(monthsOf('This offer expires in 1 week.')).toBeNull();
  });
  it('prefers a duration section and the first contract length to extensions', () => {
    expect(monthsOf('The post lasts two years with a possible extension of another two years.')).toBe(24);
    expect(
      extractDuration([
        entry('Researchers stay about 2 months at the site each spring.'),
        entry('Duration: 3 years', { kind: 'label', label: 'Duration', line: 2 }),
      ])?.months,
    ).toBe(36);
  });
  it('says a permanent post has no length', () => {
    expect(extractDuration([entry('This is a permanent contract.')])).toMatchObject({ months: null });
  });
});

describe('a duration across a wrapped line', () => {
  it('reads the amount at the end of one line and its unit at the start of the next', () => {
    const d = extractDuration([
      entry('The institute offers two Visiting Fellowships of eighteen', { line: 4 }),
      entry('months for scientists from abroad.', { line: 5 }),
    ]);
    expect(d).toMatchObject({ months: 18, line: 4 });
  });
});
