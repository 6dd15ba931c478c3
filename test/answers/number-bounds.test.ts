// "Which jobs pay more than 50k?", "positions of at least 2 years", "anything under 60%": a set
// question with a bound on a number keeps the postings whose fact is past it.
import { describe, expect, it } from 'vitest';
import { boundAsked } from '../../src/answers/number-bounds.ts';
import { askerOfTexts } from './helpers.ts';

const post = (title: string, lines: string) =>
  `${title}\n\nLocation: Example City\nDeadline: 20 February 2027\n\n${lines}\n`;
const POSTINGS: Record<string, string> = {
  'rich-long.txt': post(
    'Senior Accelerator Physicist',
    'The salary is EUR 72,000 per year.\nThe contract is for three years.',
  ),
  'monthly-short.txt': post(
    'Junior Data Engineer',
    'The salary is EUR 3,500 per month.\nThe contract is for 12 months.\nWorkload: 80%.',
  ),
  'half-time.txt': post('Outreach Coordinator', 'A half-time post: 50% of full time.\nThe contract lasts 18 months.'),
  'silent.txt': post('Cryogenics Technician', 'Duties: run the helium plant.'),
};
const { ask } = askerOfTexts(POSTINGS, { now: '2027-01-10' });
const files = (q: string) =>
  ask(q)
    .postings.map((p) => p.source.file)
    .sort();

describe('a bound on a number', () => {
  it.each([
    ['which jobs pay more than 50k?', ['rich-long.txt']],
    ['anything paying over 3000 a month?', ['monthly-short.txt', 'rich-long.txt']],
    ['which positions pay less than 45k', ['monthly-short.txt']],
    ['which positions last at least 2 years?', ['rich-long.txt']],
    ['jobs of 18 months or more', ['half-time.txt', 'rich-long.txt']],
    ['which positions are shorter than 2 years?', ['half-time.txt', 'monthly-short.txt']],
    ['any jobs at most 18 months long?', ['half-time.txt', 'monthly-short.txt']],
    ['postes de plus de 2 ans', ['rich-long.txt']],
    ['Stellen mit mindestens 18 Monaten', ['half-time.txt', 'rich-long.txt']],
    ['posizioni di almeno 2 anni', ['rich-long.txt']],
    ['puestos de más de 1 año', ['half-time.txt', 'rich-long.txt']],
    ['anything under 60%?', ['half-time.txt']],
    ['jobs at least 80%', ['monthly-short.txt']],
  ])('"%s" keeps the postings past it, and none that states nothing', (q, expected) => {
    expect(files(q)).toEqual(expected);
  });

  it('says the bound and quotes each posting’s fact', () => {
    const r = ask('which jobs pay more than 50k?');
    expect(r.text).toMatch(/over 50,000 a year/);
    expect(r.text).toMatch(/EUR 72,000 per year/);
  });

  it('is no bound without a comparison, a unit or a question about pay', () => {
    expect(boundAsked('jobs at CERN over the winter', false)).toBeNull();
    expect(boundAsked('more than 3 skills?', false)).toBeNull();
    expect(boundAsked('the 2 years jobs', false)).toBeNull();
    // The asker's years, not the posting's.
    expect(boundAsked('jobs for people with more than 5 years of experience', false)).toBeNull();
    expect(boundAsked('postdocs for a PhD over 3 years ago', false)).toBeNull();
    expect(boundAsked('postes pour plus de 5 ans d’expérience', false)).toBeNull();
    expect(boundAsked('which jobs pay more than 50k?', true)).toMatchObject({
      fact: 'salary',
      atLeast: true,
      value: 50_000,
    });
    expect(boundAsked('under 2 years', false)).toMatchObject({ fact: 'duration', atLeast: false, value: 24 });
  });
});
