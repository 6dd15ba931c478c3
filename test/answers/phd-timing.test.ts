// A degree still in progress ("finishing my PhD in March", "I will defend my thesis in
// December") against a criterion that wants it held by the application deadline or the start of
// the contract: the expected month decides; without one, or without the posting's date, the
// answer is unknown and says what it needs.
import { describe, expect, it } from 'vitest';
import { askerOfTexts, type JsonReply } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'muon-g2-postdoc.md': `# Research Associate - Muon g-2 analysis

Deadline: 15 February 2027
Starting date: 1 May 2027

## Requirements
- A PhD in particle physics, awarded before the start of the appointment.
`,
  'neutron-edm-postdoc.txt': `Postdoc in neutron EDM searches

Closing date: 28 February 2027

Eligibility
- You hold a PhD in physics at the time of application.
`,
  'axion-postdoc.txt': `Postdoc on axion haloscopes

Closing date: 31 March 2027

Eligibility
- A PhD in physics, awarded before the start of the contract.
`,
};

const { ask } = askerOfTexts(POSTINGS, { now: '2026-12-05' });
const phd = (r: JsonReply) => r.eligibility?.criteria.find((c) => /PhD/.test(c.text));

describe('a PhD still in progress, held by the start', () => {
  it.each([
    "I'm finishing my PhD in March, can I apply for the muon g-2 postdoc?",
    'I will defend my thesis in January, am I eligible for the muon g-2 research associate job?',
    "I'm defending my PhD in April 2027 - muon g-2 postdoc?",
  ])('"%s" is met: the PhD comes before the start', (q) => {
    const c = phd(ask(q));
    expect(c?.status).toBe('met');
    expect(c?.why).toMatch(/start of the contract \(2027-05-01\)/);
  });

  it('a defence after the start is not met', () => {
    const c = phd(ask("I'm finishing my PhD in September, can I apply for the muon g-2 postdoc?"));
    expect(c?.status).toBe('not_met');
    expect(c?.why).toMatch(/after it/);
  });

  it('a student who gives no month is asked for it', () => {
    const r = ask("I'm a PhD student, am I eligible for the muon g-2 postdoc?");
    expect(phd(r)?.status).toBe('unknown');
    expect(r.text).toMatch(/when you expect to finish your PhD/);
  });

  it('a start the posting does not date leaves it unknown', () => {
    const c = phd(ask("I'm finishing my PhD in March, can I apply for the axion postdoc?"));
    expect(c?.status).toBe('unknown');
    expect(c?.why).toMatch(/does not date/);
  });
});

describe('a PhD held at the time of application', () => {
  it('a defence in January meets a February deadline', () => {
    expect(phd(ask('I will defend my thesis in january, neutron EDM postdoc ok for me?'))?.status).toBe('met');
  });

  it('a PhD finished in March misses a February deadline', () => {
    expect(phd(ask("I'm finishing my PhD in March, can I apply for the neutron EDM postdoc?"))?.status).toBe('not_met');
  });

  it('"starting a PhD in September" dates no end', () => {
    const c = phd(ask("I'm starting a PhD in September, can I apply for the neutron EDM postdoc?"));
    expect(c?.status).toBe('unknown');
  });
});
