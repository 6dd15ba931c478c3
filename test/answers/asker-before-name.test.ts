// What the asker says of themselves and the posting they name: a word that may be a fact about
// them ("fellowship", "graduate") still chooses between postings the rest of the name leaves
// tied; a statement made of facts ("Slovak, 25, MSc 2025.") is about them even without "I";
// and a cue inside what they say of themselves ("full time") does not outweigh the question.
import { describe, expect, it } from 'vitest';
import { askerOfTexts, type JsonReply } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'calorimeter-fellowship.md': `# Junior Fellowship in Calorimeter Software

Organisation: CERN
Deadline: 2 March 2027

## Eligibility criteria
- You are a national of a CERN Member State or Associate Member State.
- 100% presence at CERN required
`,
  'calorimeter-firmware.txt': `Calorimeter Firmware Engineer

Deadline: 9 March 2027

Requirements
- Experience with VHDL is required.
`,
  'lund-phd.txt': `PhD position in Neutrino Physics

Location: Lund
Deadline: 16 March 2027
`,
};

const { ask } = askerOfTexts(POSTINGS);
const file = (r: JsonReply) => r.postings[0]?.source.file;
const status = (r: JsonReply, re: RegExp) => r.eligibility?.criteria.find((c) => re.test(c.text))?.status;

describe('a fact word in the name of the posting asked about', () => {
  it.each([
    'Danish citizen here - can I apply for the calorimeter fellowship?',
    "I'm Danish, am I eligible for the calorimeter fellowship?",
    'eligible calorimeter fellowship I am Danish',
  ])('"%s" picks the fellowship of the two calorimeter postings', (q) => {
    const r = ask(q);
    expect(file(r)).toBe('calorimeter-fellowship.md');
    expect(status(r, /national of/)).toBe('met');
  });

  it('still asks which one when the name holds no word that tells them apart', () => {
    const r = ask("I'm Danish, am I eligible for the calorimeter job?");
    expect(r.text).toMatch(/2 postings match 'calorimeter' equally well/);
    expect(r.eligibility).toBeUndefined();
  });
});

describe('a statement made of facts about the asker', () => {
  it.each([
    'Slovak, 25, MSc 2025. Eligible for the calorimeter fellowship?',
    'Slovak citizen, master in 2025, two years at a company. can I apply to the calorimeter fellowship?',
    '26, Slovak, bachelor only. What about the calorimeter fellowship?',
  ])('"%s" judges the asker against the posting named after it', (q) => {
    const r = ask(q);
    expect(file(r)).toBe('calorimeter-fellowship.md');
    expect(status(r, /national of/)).toBe('met');
  });

  it('leaves a sentence that names a posting as the name', () => {
    const r = ask('PhD position in Lund. When does it close?');
    expect(file(r)).toBe('lund-phd.txt');
    expect(r.text).toContain('16 March 2027');
  });
});

describe('a cue inside what the asker says of themselves', () => {
  it.each([
    "I'm Slovak and can be at CERN full time. Eligible for the calorimeter fellowship?",
    "I'm Slovak, I can work full time at CERN. Could I apply for the calorimeter fellowship?",
  ])('"%s" asks about eligibility, not the workload', (q) => {
    const r = ask(q);
    expect(file(r)).toBe('calorimeter-fellowship.md');
    expect(status(r, /presence/)).toBe('met');
  });

  it('answers the workload when the question itself asks it', () => {
    const r = ask('is the calorimeter fellowship full time?');
    expect(r.eligibility).toBeUndefined();
  });
});
