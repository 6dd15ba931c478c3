// A nationality that is not needed is no rule; a degree named as what the post leads to ("for PhD students", "a PhD position", "the doctoral
// school") is not one the applicant must hold; a degree inside an address ("nu-phd@...") is no
// criterion at all.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/corpus/role.ts';
import { parseCriterion } from '../../src/eligibility/rules.ts';
import { createCriteria } from '../../src/facts/criteria.ts';

const degreeRules = (t: string) => parseCriterion(t).filter((r) => r.kind === 'degree_required');

describe('a degree the post leads to', () => {
  it.each([
    'This call is for PhD students: you will enrol in the doctoral school.',
    'Three PhD positions are open in the neutrino group.',
    'The PhD programme lasts three years and must be completed in Padova.',
    'Applicants will be registered as PhD candidates of the university.',
    'The selected candidates must join the doctorate school by October.',
  ])('"%s" asks for no PhD', (t) => {
    expect(degreeRules(t).filter((r) => r.kind === 'degree_required' && r.min === 'phd')).toEqual([]);
  });

  it('still reads the degree a PhD candidate must hold', () => {
    expect(degreeRules('PhD candidates must hold a master’s degree in physics.')).toEqual([
      expect.objectContaining({ kind: 'degree_required', min: 'master' }),
    ]);
    expect(degreeRules('You must hold a PhD in physics.')).toEqual([
      expect.objectContaining({ kind: 'degree_required', min: 'phd' }),
    ]);
  });
});

describe('an address is not a criterion', () => {
  it('reads no degree from an e-mail address or a link', () => {
    expect(parseCriterion('Contact: nu-phd@infn.example.org')).toEqual([]);
    expect(parseCriterion('Details: https://example.org/phd-call/master-2027.html')).toEqual([]);
  });

  it('does not take a contact line of a conditions section for a criterion', () => {
    const c = createCriteria();
    const lines: Partial<Entry>[] = [
      { text: 'Stipend: EUR 1,400 per month.', section: 'salary' },
      { text: 'Contact: nu-phd@infn.example.org', section: 'contact' },
      { text: 'Questions: https://example.org/phd-office', section: 'contact' },
      { text: 'Applicants must hold a master’s degree.', section: 'contact' },
    ];
    lines.forEach((e, i) => {
      c.add({ text: '', line: i + 1, kind: 'text', section: 'none', ...e } as Entry);
    });
    expect(c.quotes().map((q) => q.text)).toEqual(['Applicants must hold a master’s degree.']);
  });
});

describe('a nationality that is not needed', () => {
  it.each([
    'Although U.S. citizenship is not required for application, candidates should know their visa status.',
    'German citizenship is not a requirement.',
    'Applicants are selected regardless of nationality.',
    'Italian citizenship is not mandatory.',
  ])('"%s" neither requires nor excludes a country', (t) => {
    expect(parseCriterion(t).filter((r) => r.kind === 'nationality' || r.kind === 'nationality_excluded')).toEqual([]);
  });

  it('keeps an exclusion and a requirement that are stated', () => {
    expect(parseCriterion('US citizens are not eligible.')).toEqual([
      { kind: 'nationality_excluded', countries: ['United States'] },
    ]);
    expect(parseCriterion('Candidates must be citizens of France or Italy.')[0]).toMatchObject({
      kind: 'nationality',
      countries: ['France', 'Italy'],
    });
  });
});

describe('degrees of the students taught', () => {
  it.each([
    'Fellows will be required to give lectures for bachelor and master degree subjects for 80 hours a year.',
    'The post holder will teach courses for master students in astrophysics.',
  ])('"%s" asks for no degree', (t) => {
    expect(degreeRules(t)).toEqual([]);
  });
});

describe("the asker's degree field", () => {
  it('is not a month or a season ("a PhD in May 2024")', async () => {
    const { extractFacts } = await import('../../src/eligibility/index.ts');
    const f = extractFacts('I got my PhD in May 2024', new Date('2025-11-01'));
    expect(f.degreeFields?.phd).toBeUndefined();
    expect(extractFacts('I have a PhD in astrophysics').degreeFields?.phd).toBe('astrophysics');
  });
});
