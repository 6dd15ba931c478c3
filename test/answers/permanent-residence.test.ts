// A citizenship criterion that accepts permanent residents too ("U.S. citizenship or permanent
// residency", "citizens or lawful permanent residents (green card holders)"), against what the
// asker says: a green card (the United States), "a permanent resident of the US", or "no green card".
import { describe, expect, it } from 'vitest';
import { askerOfTexts, type JsonReply } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'neutrino-detector-physicist.txt': `Detector Physicist - Underground Neutrino Lab

Location: Lead, South Dakota, United States
Deadline: 20 March 2027

Requirements
- U.S. citizenship or permanent residency is required.
- A PhD in physics.
`,
  'beam-operator.md': `# Accelerator Operator - Beam Lab

Location: Upton, New York, United States
Deadline: 22 March 2027

## Eligibility
- Applicants must be US citizens or lawful permanent residents (green card holders).
- You must be authorized to work in the United States.
`,
  'cryo-engineer.txt': `Cryogenics Engineer

Location: Batavia, Illinois, United States
Deadline: 24 March 2027

Requirements
- US citizens only.
`,
};

const { ask } = askerOfTexts(POSTINGS);
const status = (r: JsonReply, re: RegExp) => r.eligibility?.criteria.find((c) => re.test(c.text))?.status;

describe('permanent residents where the posting accepts them', () => {
  it.each([
    'I have a green card, can I apply to the detector physicist job?',
    "I'm Canadian with a green card, can I apply for the accelerator operator?",
    "I'm a permanent resident of the US, eligible for the accelerator operator job?",
  ])('"%s" meets the citizenship criterion', (q) => {
    const r = ask(q);
    expect(status(r, /citizen/)).toBe('met');
    expect(r.eligibility?.criteria.find((c) => /citizen/.test(c.text))?.why).toMatch(/permanent resident/);
  });

  it('a green card gives the right to work there', () => {
    expect(status(ask("I'm Canadian with a green card, can I apply for the accelerator operator?"), /authorized/)).toBe(
      'met',
    );
  });

  it('"no green card" with another nationality is not met', () => {
    const r = ask("I'm Indian, no green card. accelerator operator job?");
    expect(status(r, /citizen/)).toBe('not_met');
  });

  it('another nationality without a word on residence asks for it', () => {
    const r = ask("I'm Indian, can I apply for the accelerator operator?");
    expect(status(r, /citizen/)).toBe('unknown');
    expect(r.text).toMatch(/permanent resident/);
  });

  it('a criterion for citizens only does not take a green card', () => {
    const r = ask("I'm Canadian with a green card, can I apply for the cryogenics engineer job?");
    expect(status(r, /citizens only/)).toBe('not_met');
  });
});
