// Postings built by hand for the eligibility tests (criteria in the seeds' own words).
import { expect } from 'vitest';
import type { Posting, Quote } from '../../src/corpus/posting.ts';
import type { JsonReply } from '../answers/helpers.ts';

export function posting(id: string, eligibility: string[], extra: Partial<Posting> = {}): Posting {
  const quotes: Quote[] = eligibility.map((text, i) => ({ text, line: 10 + i }));
  return {
    id,
    title: id,
    organisation: null,
    experiment: null,
    location: null,
    country: null,
    contacts: [],
    deadline: null,
    start: null,
    posted: null,
    duration: null,
    workload: null,
    salary: null,
    requiredSkills: [],
    desiredSkills: [],
    degree: null,
    duties: [],
    eligibility: quotes,
    documents: [],
    links: [],
    summary: '',
    skills: [],
    text: [id, ...eligibility].join('\n'),
    format: 'plain-text',
    source: { file: `${id}.txt`, line: 1 },
    ...extra,
  };
}

/** 003: the CERN graduate programme criteria. */
export const graduate = posting('003-xrootd', [
  'You are a national of a CERN Member State or Associate Member State.',
  'By the application deadline, you have a maximum of 2 years of professional experience since graduation in the respective field and your highest educational qualification is either a bachelor’s or master’s degree. You must have a university degree and can’t hold a PhD.',
  'You have never had a CERN fellow or graduate contract before.',
  'Please pay attention to the additional criteria and requirements for this specific position and mentioned above.',
]);

/** 000: the CMS Cat. A conditions. */
export const catA = posting('000-ppd', [
  '100% presence at CERN required',
  'affiliation to a CMS institute required',
  'contract of 1 year, extendable by +1 year upon mutual agreement of all involved parties.',
]);

/** SKA: eligibility in the requirements list. */
export const ska = posting('ska-data-engineer', [], {
  requiredSkills: [
    { text: 'degree in computer science, physics or engineering', line: 17, skills: [] },
    { text: '3+ years of professional experience with Python', line: 18, skills: ['Python'] },
    { text: 'the right to work in the United Kingdom', line: 19, skills: [] },
  ],
  country: 'United Kingdom',
});

/** A verdict as a table of questions expects it: all criteria met for eligible, one not met for not eligible. */
export function expectVerdict(r: JsonReply, verdict: string): void {
  expect(r.eligibility?.verdict).toBe(verdict);
  const statuses = r.eligibility?.criteria.filter((c) => !c.why.startsWith('informational')).map((c) => c.status);
  if (verdict === 'eligible') expect(statuses?.every((s) => s === 'met')).toBe(true);
  if (verdict === 'not_eligible') expect(statuses).toContain('not_met');
}
