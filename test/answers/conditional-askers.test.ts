// An asker who puts their facts as a condition ("if I only have a bachelor's", "si j'ai un
// master", "wenn ich nur einen Bachelor habe", "se ho solo la laurea triennale"), as someone
// else ("alguien que tenga solo licenciatura", "a person without a PhD", "kann man sich mit einem
// Master bewerben"), or as a statement cut off by a dash ("Belgian, PhD, LHCb - the X job?"):
// the facts are judged, and the posting is named by the other words.
import { describe, expect, it } from 'vitest';
import { askerOfTexts, type JsonReply } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'tritium-engineer.txt': `Tritium Plant Controls Engineer

Place of work: Karlsruhe, Germany
Application deadline: 20.03.2027

What we ask
 - a master's degree in engineering or physics
 - at least 2 years of experience with PLC programming

Contact: tritium-jobs@kit.example.de
`,
  'lhcb-velo-postdoc.md': `# Postdoctoral Fellow - LHCb VELO operations

Deadline: 30 April 2027

## Eligibility
- A PhD in physics, awarded before the start of the contract.
- Citizens of an EU Member State.
- Membership of an LHCb institute.
`,
};

POSTINGS['gw-fellowship.txt'] = `Gravitational Wave Data Analysis Fellowship

Deadline: 12 April 2027

Requirements
- A PhD in physics or astronomy is required.
`;

const { ask } = askerOfTexts(POSTINGS);
const file = (r: JsonReply) => r.postings[0]?.source.file;
const status = (r: JsonReply, re: RegExp) => r.eligibility?.criteria.find((c) => re.test(c.text))?.status;

describe('facts put as a condition on the asker', () => {
  it.each([
    "si je n'ai qu'une licence, est-ce que je peux candidater pour le poste tritium ?",
    'wenn ich nur einen Bachelor habe, kann ich mich für die Tritium-Stelle bewerben?',
    'se ho solo la laurea triennale posso candidarmi per il posto tritium?',
    "what if I only have a bachelor's, can I still go for the tritium job",
    'if all I have is a BSc could I apply to the tritium plant engineer post?',
  ])('"%s" finds the degree short of the master\'s asked', (q) => {
    const r = ask(q);
    expect(file(r)).toBe('tritium-engineer.txt');
    expect(status(r, /master's degree/)).toBe('not_met');
    expect(r.eligibility?.verdict).toBe('not_eligible');
  });

  it.each([
    "si j'ai un master, je peux postuler au poste tritium ?",
    "j'ai un master, je peux postuler au poste tritium ?",
    'falls ich einen Master habe, darf ich mich auf die Tritium-Stelle bewerben?',
  ])('"%s" meets the degree and names the posting in the clause that asks', (q) => {
    const r = ask(q);
    expect(file(r)).toBe('tritium-engineer.txt');
    expect(status(r, /master's degree/)).toBe('met');
  });
});

describe('someone like the asker', () => {
  it.each([
    '¿alguien que tenga solo licenciatura puede aplicar al puesto tritium?',
    'puede alguien que solo tiene licenciatura solicitar el puesto tritium?',
    'would someone with just a bachelors be considered for the tritium controls role',
    'kann man sich mit einem Bachelor auf die Tritium Stelle bewerben?',
  ])('"%s" is judged as the asker', (q) => {
    const r = ask(q);
    expect(file(r)).toBe('tritium-engineer.txt');
    expect(status(r, /master's degree/)).toBe('not_met');
  });

  it('"a person without a PhD" may still get it before the start the criterion names', () => {
    const r = ask('can a person without a PhD apply for the VELO postdoc');
    expect(file(r)).toBe('lhcb-velo-postdoc.md');
    expect(status(r, /PhD/)).toBe('unknown');
    expect(r.eligibility?.criteria[0]?.why).toMatch(/by the start of the contract/);
  });

  it('"a person without a PhD" lacks a PhD required with no later moment', () => {
    const r = ask('can a person without a PhD apply for the gravitational wave fellowship');
    expect(file(r)).toBe('gw-fellowship.txt');
    expect(status(r, /PhD/)).toBe('not_met');
  });
});

describe('a statement cut off by a dash', () => {
  it.each(['Belgian, PhD, LHCb - VELO postdoc?', "I'm Belgian, PhD, LHCb - the VELO postdoc?"])(
    '"%s" judges the statement against the posting after the dash',
    (q) => {
      const r = ask(q);
      expect(file(r)).toBe('lhcb-velo-postdoc.md');
      expect(r.eligibility).toBeDefined();
      expect(status(r, /EU Member State/)).toBe('met');
    },
  );

  it('"ok for me?" after a nationality asks for eligibility', () => {
    const r = ask('im a Greek citizen, VELO postdoc ok for me?');
    expect(status(r, /EU Member State/)).toBe('met');
  });
});
