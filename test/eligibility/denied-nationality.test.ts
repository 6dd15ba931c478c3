// Nationalities the asker denies and PhD defences said in ordinary words (texts of our own),
// judged against postings of our own.
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/eligibility/index.ts';
import { askerOfTexts, type JsonReply } from '../answers/helpers.ts';

const now = new Date('2027-01-10T12:00:00Z');
const f = (t: string) => extractFacts(t, now);

describe('a nationality denied', () => {
  it.each([
    ["I'm not a CERN member state national", 'cern'],
    ['not from a member state of CERN, sadly', 'cern'],
    ["I'm not from a CERN member or associate member state", 'cern_or_associate'],
    ['as a non-EU citizen', 'eu'],
    ['je ne suis pas ressortissant d’un État membre du CERN', 'cern'],
    ["I'm not a Norwegian citizen", 'Norway'],
    ['a non-Swiss national', 'Switzerland'],
  ])('%s', (text, denied) => {
    expect(f(text).notNationalOf).toEqual([denied]);
    expect(f(text).nationalities).toEqual([]);
  });

  it('is no nationality denied when the clause is about a language or a place', () => {
    expect(f("I don't speak Norwegian").notNationalOf).toBeUndefined();
    expect(f("I'm not in Switzerland at the moment").notNationalOf).toBeUndefined();
    expect(f('I work at a CERN member state university, not a national lab').notNationalOf).toBeUndefined();
  });

  it('keeps the nationality said beside a denied one', () => {
    const facts = f("I'm not Swiss but Chilean");
    expect(facts.nationalities).toEqual(['Chile']);
    expect(facts.notNationalOf).toEqual(['Switzerland']);
  });
});

describe('a PhD defence', () => {
  it.each([
    ['I defended in 2021', '2021'],
    ['I defended my PhD thesis in May 2020', '2020-05'],
    ["j'ai soutenu ma thèse en 2019", '2019'],
  ])('"%s" is a PhD held, dated', (text, date) => {
    const facts = f(text);
    expect(facts.degrees).toEqual(['phd']);
    expect(facts.degreeDates?.phd?.startsWith(date)).toBe(true);
  });

  it.each(["I'm defending in March", 'I will defend my thesis next spring'])('"%s" is a PhD not held yet', (text) => {
    expect(f(text).degrees).toEqual([]);
    expect(f(text).studying).toEqual(['phd']);
  });
});

const POSTINGS: Record<string, string> = {
  'beam-fellow.md': `# Fellowship in Beam Instrumentation

Deadline: 1 March 2027

## Eligibility
- You are a national of a CERN Member State.
`,
  'wide-fellow.md': `# Fellowship in Vacuum Technology

Deadline: 2 March 2027

## Eligibility
- You are a national of a CERN Member State or Associate Member State.
`,
  'oslo-lab.txt': `Laboratory engineer for the cyclotron

Eligibility: applicants must be Norwegian citizens.
Deadline: 3 March 2027
`,
};

describe('judging an asker who says what they are not', () => {
  const { ask } = askerOfTexts(POSTINGS);
  const status = (r: JsonReply) => r.eligibility?.criteria.find((c) => /national|citizen/i.test(c.text))?.status;

  it.each([
    ["I'm not a CERN member state national, can I apply for the beam instrumentation fellowship?", 'not_met'],
    [
      'could someone who is not a national of a CERN member state apply to the beam instrumentation fellowship?',
      'not_met',
    ],
    ["I'm not a CERN member state national, can I apply for the vacuum technology fellowship?", 'unknown'],
    [
      "I'm not from a CERN member or associate member state. Is the vacuum technology fellowship open to me?",
      'not_met',
    ],
    ['can a non-Norwegian citizen apply for the cyclotron job?', 'not_met'],
    ["I'm not Norwegian, am I eligible for the cyclotron engineer job?", 'not_met'],
  ])('"%s": %s', (q, expected) => {
    expect(status(ask(q))).toBe(expected);
  });
});
