// A degree asked of one posting: requires, accepts, excludes, for students, or more/less than it.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Brain, createBrain } from '../../src/answers/brain.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { asJson, at, root } from './helpers.ts';

let brain: Brain;
beforeAll(async () => {
  const { postings } = await loadCorpus(`${root}test/fixtures/intents`);
  brain = createBrain(postings, { timeZone: 'Europe/Zurich' });
});
const ask = (text: string) => asJson(brain.answer(text, { now: at('2026-12-01'), userId: 'U1' }));

describe('does the job require a degree?', () => {
  it.each([
    ['does the lattice postdoc require a PhD?', /requires a PhD/, 'lattice-postdoc.md'],
    [
      'do I need a PhD for the graduate software developer job?',
      /not open to holders of a PhD/,
      'software-graduate.md',
    ],
    ['does the neutrino studentship need a PhD?', /for students working towards a PhD/, 'phd-studentship.md'],
    ["does the detector engineer job require a master's?", /requires a master's/, 'detector-engineer.md'],
    [
      "do I need a bachelor's for the detector engineer job?",
      /more than a bachelor's: at least a master's/,
      'detector-engineer.md',
    ],
  ])('"%s"', (q, says, file) => {
    const r = ask(q);
    expect(r.text).toMatch(says);
    expect(r.postings[0]?.source.file).toBe(file);
    expect(r.text).toMatch(/Source: /);
  });

  it('still lists the skills when no degree is asked', () => {
    expect(ask('what skills does the detector engineer job need?').text).not.toMatch(/requires a master's\./);
  });
});
