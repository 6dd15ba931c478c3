// "Can a person who is not in CMS apply?": the hypothetical asker's clause is read as their own words.
import { describe, expect, it } from 'vitest';
import { asFirstPerson } from '../../src/eligibility/hypothetical.ts';
import { extractFacts } from '../../src/eligibility/index.ts';

const NOW = new Date('2026-11-22T12:00:00Z');

describe('a hypothetical asker', () => {
  it.each([
    ['can a person who is not in ATLAS apply?', 'can I am not in ATLAS apply?'],
    ["could someone who doesn't hold a PhD apply?", "could I don't hold a PhD apply?"],
    ["une personne qui n'est pas française peut-elle postuler ?", 'je ne suis pas française peut-elle postuler ?'],
    ['una persona che è italiana può candidarsi?', 'io sono italiana può candidarsi?'],
    ['alguien que tiene un máster puede postularse?', 'yo tengo un máster puede postularse?'],
  ])('"%s" reads as "%s"', (q, out) => {
    expect(asFirstPerson(q)).toBe(out);
  });

  it('leaves other text alone', () => {
    expect(asFirstPerson('who is the contact for the DIRAC job?')).toBe('who is the contact for the DIRAC job?');
  });

  it('reads the facts of the hypothetical asker', () => {
    expect(extractFacts('can a person who is not in ATLAS apply?', NOW).notAffiliated).toEqual(['ATLAS']);
    expect(extractFacts('can anyone who is Portuguese apply?', NOW).nationalities).toEqual(['Portugal']);
  });
});
