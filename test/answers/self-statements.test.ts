// What the asker says of themselves before or inside the question: a statement that opens with
// "I'm ..." stays about them through its comma clauses, a comma clause that follows one about
// them and neither asks nor names a posting goes on about them, and a name the clause denies
// ("a non-ATLAS university") is a fact about the asker, not the posting's name.
import { describe, expect, it } from 'vitest';
import { askerOfTexts, type JsonReply } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'detector-software-graduate.md': `# Graduate engineer: detector control software

Organisation: CERN
Location: Meyrin, Switzerland
Deadline: 15 March 2027

## Your skills
- Programming in C++ and Python

## Eligibility criteria
- You are a national of a CERN Member State or Associate Member State.
- You have a maximum of 2 years of professional experience since graduation and your highest educational qualification is either a bachelor's or master's degree.
- You have never had a CERN fellow or graduate contract before.
`,
  'atlas-pixel-operations.md': `# ATLAS pixel operations coordinator

Organisation: CERN
Deadline: 1 April 2027

We are looking for a person to coordinate the operation of the pixel detector.

## Conditions
- 100% presence at CERN required
- affiliation to an ATLAS institute required
`,
};

const { ask } = askerOfTexts(POSTINGS);
const status = (r: JsonReply, re: RegExp) => r.eligibility?.criteria.find((c) => re.test(c.text))?.status;

describe('a statement about the asker before the question', () => {
  it.each([
    "I'm Portuguese, graduated with a master's in 2025, worked six months since. Am I eligible for the detector control software job?",
    "I'm 27, Norwegian, master's student finishing next year; can I apply to the detector control software job?",
    'I am Danish, studied physics, got a bachelor in 2024. Could I apply for the detector control graduate position?',
  ])('"%s" names the posting with the question and reads the statement as facts', (q) => {
    const r = ask(q);
    expect(r.postings[0]?.source.file).toBe('detector-software-graduate.md');
    expect(status(r, /national of/)).toBe('met');
  });

  it('keeps a statement that asks something as a question', () => {
    const r = ask("I'm Italian, which jobs need Python?");
    expect(r.postings.map((p) => p.source.file)).toEqual(['detector-software-graduate.md']);
    expect(r.eligibility).toBeUndefined();
  });
});

describe('a clause that goes on about the asker', () => {
  it.each([
    "I'm Czech, bachelor's in 2024, never worked at CERN before - can I apply for the detector control graduate job?",
    "I'm Greek, master's in 2025, never worked at CERN, am I eligible for the detector control software graduate post?",
  ])('"%s" denies every earlier CERN contract', (q) => {
    const r = ask(q);
    expect(r.postings[0]?.source.file).toBe('detector-software-graduate.md');
    expect(status(r, /never had a CERN/)).toBe('met');
  });

  it('still reads a denial of one kind of contract as that kind only', () => {
    const r = ask(
      "I'm Czech and I never had a CERN graduate contract, but I was a CERN fellow. eligible for the detector control software job?",
    );
    expect(status(r, /never had a CERN/)).toBe('not_met');
  });
});

describe('a name the asker denies', () => {
  it.each([
    'can someone from a non-ATLAS university apply for the pixel operations coordinator job?',
    'is the pixel operations coordinator job open to someone from a non ATLAS lab?',
    "my lab isn't in ATLAS, but I can be at CERN full time. am I eligible for the pixel operations job?",
  ])('"%s" says the asker is not in ATLAS', (q) => {
    const r = ask(q);
    expect(r.postings[0]?.source.file).toBe('atlas-pixel-operations.md');
    expect(status(r, /affiliation/)).toBe('not_met');
  });

  it('keeps the name of the posting when nothing denies it', () => {
    const r = ask("I'm at an ATLAS institute and I can be at CERN full time. am I eligible for the ATLAS pixel job?");
    expect(r.eligibility?.verdict).toBe('eligible');
  });
});
