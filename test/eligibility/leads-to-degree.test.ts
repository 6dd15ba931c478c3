// A degree named as what the post leads to ("for PhD students", "a PhD position", "the doctoral
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
