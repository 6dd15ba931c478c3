// Whole questions through the brain, on calls of our own in the shapes of real ones
// (test/fixtures/eligibility/calls): a doctoral network's mobility rule, a fellowship that also
// admits some Non-Member State nationals with a birth-date limit and full-time availability, an
// Italian call whose age limit is counted at its deadline, and a summer programme asking for a
// university in three countries, a degree due by a day and an age on a named day. Askers in
// five languages.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Brain } from '../../src/answers/brain.ts';
import { asJson, at, makeBrain } from '../answers/helpers.ts';
import { expectVerdict } from './helpers.ts';

let brain: Brain;
beforeAll(async () => {
  brain = await makeBrain('test/fixtures/eligibility/calls');
});

let n = 0;
const ask = (q: string) => asJson(brain.answer(q, { now: at('2026-12-03'), userId: `C${n++}` }));

describe('verdicts on calls in the shapes of real ones', () => {
  it.each([
    [
      "am I eligible for the KESTREL doctoral network? master's in 2025, I've lived in Belgium for 8 months",
      'eligible',
    ],
    ['¿Puedo solicitar la red doctoral KESTREL? Máster en 2024, vivo en Bélgica desde hace 3 años', 'not_eligible'],
    ['am I eligible for the KESTREL network? I already have a PhD', 'not_eligible'],
    [
      "am I eligible for the quantum sensing fellowship? I'm Indian, PhD 2024, born 1995, I can work full time",
      'eligible',
    ],
    ["am I eligible for the quantum sensing fellowship? I'm Mexican with a PhD, born in 1996, full time", 'unknown'],
    [
      'Bin ich für die Quantum-Sensing-Fellowship geeignet? Ich bin Deutscher, geboren am 2. März 1992, Promotion 2023',
      'not_eligible',
    ],
    [
      "am I eligible for the quantum sensing fellowship? I'm French, PhD 2025, born 1994, I can only work part-time",
      'not_eligible',
    ],
    [
      'Posso candidarmi alle borse per laureati in fisica applicata? Sono italiana, laurea magistrale a Padova, ho 27 anni',
      'eligible',
    ],
    [
      'Posso candidarmi alle borse per laureati in fisica applicata? Sono italiano, laurea magistrale a Torino, ho 31 anni',
      'not_eligible',
    ],
    ["Suis-je éligible au Summer Research Programme for Undergraduates ? J'étudie à Lyon, j'ai 22 ans", 'not_eligible'],
    [
      "am I eligible for the summer research programme for undergraduates? I have a bachelor's, I study in Vienna, born on 4 March 2003",
      'eligible',
    ],
  ])('"%s" is %s', (q, verdict) => {
    expectVerdict(ask(q), verdict);
  });
});

describe('what an unknown verdict says', () => {
  it('a Non-Member State national is told about the way in, not turned away', () => {
    const r = ask("am I eligible for the quantum sensing fellowship? I'm Mexican with a PhD, born in 1996, full time");
    expect(r.text).toMatch(/senior profile/);
    expect(r.text).not.toMatch(/not eligible/);
  });

  it('an age close to the limit at the closing date asks for the date of birth', () => {
    const r = ask(
      'Posso candidarmi alle borse per laureati in fisica applicata? Sono italiana, laurea magistrale a Padova, ho 30 anni',
    );
    expect(r.eligibility?.verdict).toBe('unknown');
    expect(r.text).toMatch(/date of birth/);
    expect(r.text).toMatch(/closing date \(2027-04-20\)/);
  });
});
