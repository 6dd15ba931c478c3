// Whole questions through the brain, on postings of our own in five languages
// (test/fixtures/eligibility/criteria): the verdict follows from each criterion's status (one not
// met: not eligible; all met: eligible; else unknown, saying what is still needed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brain } from '../../src/answers/brain.ts';
import { asJson, at, makeBrain } from '../answers/helpers.ts';
import { expectVerdict } from './helpers.ts';

let brain: Brain;
beforeAll(async () => {
  brain = await makeBrain('test/fixtures/eligibility/criteria');
});
afterAll(() => undefined);

let n = 0;
const ask = (q: string) => asJson(brain.answer(q, { now: at('2027-01-10'), userId: `E${n++}` }));

describe('verdicts on our own postings', () => {
  it.each([
    ['am I eligible for the young investigator fellowship? PhD in 2023, 30 years old, no postdoc yet', 'eligible'],
    ['am I eligible for the young investigator fellowship? born in 1985, PhD 2024', 'not_eligible'],
    ["can I apply to the orbital operations trainee post? I'm Canadian, master in physics, no PhD", 'eligible'],
    ['am I eligible for the orbital operations trainee? I already have a PhD', 'not_eligible'],
    ['am I eligible for the incoming mobility fellowship? PhD 2023, I have never lived in France', 'eligible'],
    ["am I eligible for the incoming mobility fellowship? PhD 2023, I've been in France 2 years", 'not_eligible'],
    [
      "suis-je éligible au postdoc en physique des neutrinos ? docteur depuis 2021, je n'ai jamais vécu en France",
      'eligible',
    ],
    ["am I eligible for the neutrino postdoc in Marseille? I'm still a master student", 'not_eligible'],
    ['am I eligible for the cryogenics summer placement? Swiss, bachelor student', 'not_eligible'],
    [
      "am I eligible for the cryogenics summer placement? I'm French, enrolled in a master's programme, never had a CERN contract",
      'eligible',
    ],
    [
      'posso candidarmi alla borsa per dottorandi? sono italiano, iscritto al dottorato a Bologna, ho 29 anni',
      'eligible',
    ],
    ["posso candidarmi alla borsa per dottorandi? I'm an EU citizen, PhD student, born in 1990", 'not_eligible'],
    ["am I eligible for the borsa per dottorandi? I'm a Brazilian PhD student in Bologna, 27", 'not_eligible'],
    [
      'am I eligible for the Teilchenphysik Doktorandenstelle? Ich habe einen Master in Physik und bin nicht promoviert',
      'eligible',
    ],
    ['am I eligible for the Teilchenphysik Doktorandenstelle? Ich bin promoviert (2018)', 'not_eligible'],
    ['am I eligible for the contrato postdoctoral? Soy doctor desde 2022 y nunca he vivido en España', 'eligible'],
    ['am I eligible for the contrato postdoctoral? Soy doctor desde 2019', 'not_eligible'],
    [
      'am I eligible for the grid operations engineer job? MSc in computer science, 5 years as a Linux sysadmin, Swiss citizen, not in ATLAS',
      'not_eligible',
    ],
  ])('"%s" is %s', (q, verdict) => {
    expectVerdict(ask(q), verdict);
  });
});

describe('what an unknown verdict still needs', () => {
  it('a PhD too old for the window, with a leave exception, is unknown and asks about it', () => {
    const r = ask("am I eligible for the young investigator fellowship? I'm 34, my PhD was awarded in 2019");
    expect(r.eligibility?.verdict).toBe('unknown');
    expect(r.text).toMatch(/parental leave/);
    expect(r.text).toMatch(/postdoctoral experience/);
  });

  it('a nationality the posting names only as "ESA Member States" is asked about, never ruled out', () => {
    const r = ask('can I apply for the orbital operations trainee post? Portuguese passport, MSc in engineering 2025');
    expect(r.eligibility?.verdict).toBe('unknown');
    expect(r.text).toMatch(/whether Portugal is an ESA Member State/);
  });

  it('an instruction where to apply is no criterion to check', () => {
    const r = ask('am I eligible for the neutrino postdoc in Marseille? docteur depuis 2021, né en 1990');
    const apply = r.eligibility?.criteria.find((c) => /^Candidatures/.test(c.text));
    expect(apply?.why ?? 'informational').toMatch(/^informational/);
    expect(r.text).not.toMatch(/check it yourself: "Candidatures/);
  });

  it('a criterion the asker said nothing about stays unknown', () => {
    const r = ask('am I eligible for the contrato postdoctoral? Soy doctor desde 2022');
    const stay = r.eligibility?.criteria.find((c) => /residido/.test(c.text));
    expect(stay?.status).toBe('unknown');
    expect(r.eligibility?.verdict).toBe('unknown');
  });
});
