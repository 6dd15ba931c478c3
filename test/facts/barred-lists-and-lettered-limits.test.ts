import { describe, expect, it } from 'vitest';
import { createCriteria } from '../../src/facts/criteria.ts';
import { entry } from './entry.ts';

const criteriaOf = (lines: Array<[string, Partial<Parameters<typeof entry>[1]>?]>) => {
  const c = createCriteria();
  for (const [i, [t, extra]] of lines.entries()) c.add(entry(t, { line: i * 2 + 1, ...(extra ?? {}) }));
  return c.quotes().map((q) => q.text);
};

describe('a list of who may not apply', () => {
  it('quotes each line of the list after its introduction, in any of the languages', () => {
    for (const intro of [
      'The following people cannot apply:',
      'No podrán ser solicitantes quienes se encuentren en alguna de estas situaciones:',
      'Ne peuvent pas candidater les personnes suivantes :',
    ]) {
      const got = criteriaOf([
        [intro],
        ['Holders of a doctoral degree from any university.'],
        ['Former fellows of the programme.'],
      ]);
      expect(got).toEqual([
        `${intro} Holders of a doctoral degree from any university.`,
        `${intro} Former fellows of the programme.`,
      ]);
    }
  });

  it('ends the list at a heading written in capitals and after a few lines', () => {
    const got = criteriaOf([
      ['Those in the following cases are not eligible:'],
      ['Holding a PhD.'],
      ['APPLICATION PERIOD'],
      ['Applicants must apply online between 1 and 15 May 2027.'],
    ]);
    expect(got[0]).toBe('Those in the following cases are not eligible: Holding a PhD.');
    expect(got.slice(1).every((t) => !t.startsWith('Those in the following'))).toBe(true);
  });
});

describe('lettered requirements with no introduction', () => {
  it('keeps an age limit and a degree to hold written in Italian or Spanish', () => {
    expect(criteriaOf([['a) età non superiore a 32 anni;']])).toEqual(['a) età non superiore a 32 anni;']);
    expect(criteriaOf([["c) non aver superato il 30° anno di eta';"]])).toHaveLength(1);
    expect(criteriaOf([['b) essere in possesso della laurea magistrale in fisica;']])).toHaveLength(1);
    expect(criteriaOf([['2) Estar en posesión del título de máster en física.']])).toHaveLength(1);
  });

  it('does not take a line about the work for a criterion', () => {
    expect(criteriaOf([['a) studio dei rivelatori di materia oscura;']])).toEqual([]);
  });
});
