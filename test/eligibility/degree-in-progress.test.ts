// A degree said in the present tense with a time ahead is still in progress: "I finish my MSc in
// June", "MSc expected June 2027", "I defend my PhD in March" (src/eligibility/read-degrees.ts).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/eligibility/index.ts';

const now = new Date('2026-11-22T12:00:00Z');

describe('a degree in progress said in the present tense', () => {
  it.each([
    ['i finish my MSc in June', 'master', '2027-06-30'],
    ['I complete my master’s next summer', 'master', '2027-09-30'],
    ['msc expected june 2027', 'master', '2027-06-30'],
    ['i defend my phd in march', 'phd', '2027-03-31'],
  ])('"%s" is a %s not held yet, until %s', (said, level, until) => {
    const f = extractFacts(said, now);
    expect(f.degrees).not.toContain(level);
    expect(f.studying).toContain(level);
    expect(f.studyingUntil).toBe(until);
  });

  it.each([
    ['I completed my master’s in 2020', 'master'],
    ['master’s degree, completed 2019', 'master'],
    ['I defended my PhD in 2021', 'phd'],
  ])('"%s" is a %s held', (said, level) => {
    expect(extractFacts(said, now).degrees).toContain(level);
  });
});
