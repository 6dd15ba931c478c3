// What people say about themselves typed all in lower case, as in a chat: a short country code
// ("us", "uk") is a country right before a word of nationality or status ("a us citizen", "a uk
// passport") or after "the" ("the right to work in the uk"), and the English contractions typed
// without their apostrophe ("dont", "havent") still deny. Elsewhere "us" is a pronoun. "I got a
// degree in physics" is a degree of a level unsaid: enough where any university degree is.
import { describe, expect, it } from 'vitest';
import { extractFacts, judgeEligibility } from '../../src/eligibility/index.ts';
import { posting } from './helpers.ts';

const now = new Date('2026-06-15T12:00:00Z');
const f = (t: string) => extractFacts(t, now);

describe('a country code in lower case', () => {
  it.each([
    ['im a us citizen', 'United States'],
    ['i am a uk national, 31, physicist', 'United Kingdom'],
    ['i hold a uk passport', 'United Kingdom'],
    ['got us citizenship last year', 'United States'],
  ])('%s', (text, country) => {
    expect(f(text).nationalities).toContain(country);
  });

  it.each([
    ['i have the right to work in the uk', 'United Kingdom', true],
    ['i have a uk work visa', 'United Kingdom', true],
    ['i dont have the right to work in the us', 'United States', false],
    ['i havent got a us work permit', 'United States', false],
  ])('%s', (text, country, has) => {
    expect(f(text).rightToWork[country]).toBe(has);
  });

  it('is a pronoun anywhere else', () => {
    expect(f('can you tell us if i qualify, i am a chemist').nationalities).toEqual([]);
    expect(f('send us the list please').nationalities).toEqual([]);
    expect(f('let us know, i live in italy').nationalities).not.toContain('United States');
  });
});

describe('contractions without their apostrophe', () => {
  it.each(['i dont have a phd', 'i havent got a phd', 'i didnt do a phd'])('%s: no PhD', (text) => {
    expect(f(text).degrees).not.toContain('phd');
  });
});

describe('a degree of a level unsaid', () => {
  it.each([
    ['i got a degree in physics', 'physics'],
    ['I have a degree in computer science', 'computer science'],
    ['i have the right to work in the uk and a degree in chemistry', 'chemistry'],
    ['i have a university degree', ''],
  ])('%s', (text, field) => {
    const facts = f(text);
    expect(facts.someDegree).toBe(field);
    // At least a bachelor's, nothing more: no level is recorded.
    expect(facts.degrees).toEqual([]);
  });

  it.each(['i dont have a degree', 'does the job need a degree in physics', 'i have a masters degree in physics'])(
    '%s: no degree of an unsaid level',
    (text) => {
      expect(f(text).someDegree).toBeUndefined();
    },
  );
});

describe('judged against a degree required', () => {
  const anyDegree = posting('own-any-degree', ['A university degree in physics or engineering']);
  const master = posting('own-master', ["A master's degree in physics"]);
  const statusOf = (p: typeof anyDegree, text: string) =>
    judgeEligibility(p, extractFacts(text, now), now).criteria[0]?.status;

  it('meets a university degree in the field', () => {
    expect(statusOf(anyDegree, 'i got a degree in physics')).toBe('met');
    expect(statusOf(anyDegree, 'i have a university degree')).toBe('met');
  });
  it('leaves another field for the asker to check', () => {
    expect(statusOf(anyDegree, 'i got a degree in history')).toBe('unknown');
  });
  it("says nothing of a master's", () => {
    expect(statusOf(master, 'i got a degree in physics')).toBe('unknown');
  });
});
