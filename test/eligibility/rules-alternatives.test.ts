// Criteria that leave another way in (a permit beside a nationality, an exception to a time limit)
// and criteria that open the post to every nationality.
import { describe, expect, it } from 'vitest';
import { extractFacts, judgeEligibility } from '../../src/eligibility/index.ts';
import { parseCriterion } from '../../src/eligibility/rules.ts';
import { posting } from './helpers.ts';

const now = new Date('2027-01-10T12:00:00Z');
const verdictOf = (criteria: string[], said: string, extra = {}) =>
  judgeEligibility(posting('alt', criteria, extra), extractFacts(said, now), now);

describe('a nationality or a permit', () => {
  it.each([
    'EU/EEA nationals or holders of a valid work permit.',
    'Applicants must be EU citizens or hold a residence permit.',
    'Candidates must be nationals of an EU Member State, or have the right to work in Germany.',
  ])('"%s" is unknown, not unmet, for a non-EU national, and asks about the permit', (text) => {
    const r = verdictOf([text], "I'm American.");
    expect(r.verdict).toBe('unknown');
    expect(r.missing.join(' ')).toMatch(/permit|right to work/);
  });

  it('is met by an EU national, and unmet without any alternative', () => {
    expect(verdictOf(['EU/EEA nationals or holders of a valid work permit.'], "I'm French.").verdict).toBe('eligible');
    expect(verdictOf(['Applicants must be EU/EEA nationals.'], "I'm American.").verdict).toBe('not_eligible');
  });
});

describe('a time limit with an exception', () => {
  const extra = { deadline: { text: 'Deadline: 31 January 2027', line: 3, date: '2027-01-31' } };
  it.each([
    'PhD obtained within 4 years of the application deadline (career breaks excepted).',
    'The PhD must have been awarded at most 4 years before the deadline, not counting parental leave.',
    'Applicants must be within four years of their PhD at the deadline, unless duly justified.',
  ])('"%s" is unknown for an older PhD, asking whether the exception applies', (text) => {
    const r = verdictOf([text], 'I got my PhD in 2019.', extra);
    expect(r.verdict).toBe('unknown');
    expect(r.missing.join(' ')).toMatch(/exception/);
  });

  it('is still met by a recent PhD, and unmet with no exception stated', () => {
    const text = 'PhD obtained within 4 years of the application deadline (career breaks excepted).';
    expect(verdictOf([text], 'I got my PhD in 2024.', extra).verdict).toBe('eligible');
    expect(
      verdictOf(['PhD obtained within 4 years of the application deadline.'], 'I got my PhD in 2019.', extra).verdict,
    ).toBe('not_eligible');
  });
});

describe('open to every nationality', () => {
  it.each([
    'The position is open to candidates of all nationalities.',
    'Applications are welcome regardless of nationality.',
    'Le poste est ouvert aux candidats de toutes nationalités.',
    'Die Stelle steht Bewerbern unabhängig von der Staatsangehörigkeit offen.',
    'Sono ammessi candidati di qualsiasi nazionalità.',
  ])('"%s" sets no nationality rule and does not count', (text) => {
    expect(parseCriterion(text).map((r) => r.kind)).not.toContain('nationality');
    const r = verdictOf([text, 'PhD in physics.'], "I'm Brazilian, with a PhD in physics.");
    expect(r.verdict).toBe('eligible');
  });
});
