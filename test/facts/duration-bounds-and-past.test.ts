import { describe, expect, it } from 'vitest';
import { extractDuration } from '../../src/facts/duration.ts';
import { entry } from './entry.ts';

const monthsOf = (...lines: string[]) =>
  extractDuration(lines.map((t, i) => entry(t, { line: i + 1 })))?.months ?? null;

describe('an upper bound after a contract word', () => {
  it('is the contract length', () => {
    expect(monthsOf('The appointment is for a period of not more than 24 months.')).toBe(24);
    expect(monthsOf('Contract duration no more than 18 months, starting in spring.')).toBe(18);
    expect(monthsOf('Los contratos tendrán un periodo de duración total no superior a 48 meses.')).toBe(48);
    expect(monthsOf('Il contratto avrà una durata non superiore a 12 mesi.')).toBe(12);
  });

  it('stays a rule window without one', () => {
    expect(monthsOf('Applicants must have spent not more than 12 months in Norway.')).toBeNull();
    expect(monthsOf('Candidates with no more than 4 years of research experience may apply.')).toBeNull();
    expect(monthsOf('Open to those who obtained their PhD not more than 5 years ago.')).toBeNull();
  });
});

describe('a length of a past phase', () => {
  it('is not the contract', () => {
    expect(monthsOf('A two-year pilot phase began in 2021 with support from the state.')).toBeNull();
    expect(monthsOf('Its 5-year construction phase ended in 2019. The new centre now hires staff.')).toBeNull();
    expect(monthsOf('Eine dreijährige Aufbauphase begann 2022.')).toBeNull();
  });

  it('leaves the contract beside it', () => {
    expect(
      monthsOf(
        'A three-year set-up phase started in 2022.',
        'The position is offered for two years with a possible extension.',
      ),
    ).toBe(24);
  });
});
