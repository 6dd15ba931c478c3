// Criteria about the asker's record with employers: an earlier postdoc required, and the
// host's own recent staff excluded.
import { describe, expect, it } from 'vitest';
import { extractFacts, judgeEligibility } from '../../src/eligibility/index.ts';
import { parseCriterion } from '../../src/eligibility/rules.ts';
import { posting } from './helpers.ts';

const now = new Date('2031-05-01T12:00:00Z');
const kinds = (t: string) => parseCriterion(t).map((r) => r.kind);

describe('an earlier postdoc required', () => {
  it.each([
    'Candidates should hold a PhD in geophysics followed by postdoctoral research training abroad.',
    'Applicants must have postdoctoral experience in ocean modelling.',
    'Postdoctoral experience is required.',
    'You must have completed at least one postdoctoral appointment.',
  ])('"%s"', (text) => {
    expect(kinds(text)).toContain('earlier_contract_required');
  });

  it.each([
    'Applicants must have less than 5 years of postdoctoral experience.',
    'Postdoctoral experience is an asset.',
    'Applicants with postdoctoral experience are preferred.',
    'Applicants must not have held a postdoctoral position before.',
    'The fellow works with a postdoctoral researcher of the group.',
  ])('not in "%s"', (text) => {
    expect(kinds(text)).not.toContain('earlier_contract_required');
  });

  const needsPostdoc = posting('geo-faculty', ['A PhD in geophysics followed by postdoctoral research training.']);
  it.each([
    ['I finished my PhD last year and have not done any postdoc.', 'not_eligible'],
    ['I have a PhD and did a postdoc in Oslo for three years.', 'eligible'],
    ['I have a PhD in geophysics.', 'unknown'],
  ])('"%s" is %s', (said, verdict) => {
    const r = judgeEligibility(needsPostdoc, extractFacts(said, now), now);
    expect(r.verdict).toBe(verdict);
  });
});

describe('the host’s own recent staff excluded', () => {
  it('reads a former employer apart from a current affiliation', () => {
    expect(extractFacts('I worked at NTUA until last spring.', now)).toMatchObject({
      affiliations: [],
      formerEmployers: ['NTUA'],
    });
    expect(extractFacts('I work at NTUA.', now).affiliations).toEqual(['NTUA']);
  });

  it.each([
    [
      'Applicants that have had any employment relationship with NTUA during the last 18 months will not be considered as eligible.',
      { org: 'NTUA', months: 18 },
    ],
    ['Current employees of Kestrel Labs are not eligible.', { org: 'Kestrel Labs' }],
    [
      'Candidates who have worked at the Nordlicht Observatory in the past two years cannot apply.',
      { org: 'Nordlicht Observatory', months: 24 },
    ],
  ])('"%s"', (text, rule) => {
    expect(parseCriterion(text)).toContainEqual({ kind: 'not_employed_by', ...rule });
  });

  it('is not read from a line that excludes nothing', () => {
    expect(kinds('You will work with Kestrel Labs staff on the cryostat.')).not.toContain('not_employed_by');
  });

  const excludes = posting('ntua-postdoc', [
    'Applicants that have had any employment relationship with NTUA during the last 18 months will not be considered as eligible.',
  ]);
  it.each([
    ['I have a PhD and I worked at NTUA until last spring.', 'not_eligible'],
    ['I have a PhD and I work at NTUA.', 'not_eligible'],
    ['I have a PhD and I never worked at NTUA.', 'eligible'],
    ['I have a PhD from Lyon.', 'unknown'],
  ])('"%s" is %s', (said, verdict) => {
    const r = judgeEligibility(excludes, extractFacts(said, now), now);
    expect(r.verdict).toBe(verdict);
    if (verdict === 'unknown') expect(r.missing.join(' ')).toMatch(/worked for NTUA in the last 18 months/);
  });
});
