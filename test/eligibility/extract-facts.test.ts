import { describe, expect, it } from 'vitest';
import { emptyFacts, extractFacts, mergeFacts } from '../../src/eligibility/index.ts';

const now = new Date('2026-11-22T12:00:00Z');
const f = (t: string) => extractFacts(t, now);

describe('nationality from country names and demonyms', () => {
  it.each([
    ["I'm Italian", ['Italy']],
    ['I am French', ['France']],
    ['German citizen here', ['Germany']],
    ['I am British', ['United Kingdom']],
    ['I am American', ['United States']],
    ['I am a US citizen', ['United States']],
    ['I am a U.S. citizen', ['United States']],
    ["I'm from Brazil", ['Brazil']],
    ['I am Dutch', ['Netherlands']],
    ['Swiss national', ['Switzerland']],
    ['I am Irish', ['Ireland']],
    ['I am Slovenian', ['Slovenia']],
    ['I am Turkish', ['Türkiye']],
    ['I have a Turkey passport', ['Türkiye']],
    ['I have dual nationality, Italian and Brazilian', ['Italy', 'Brazil']],
    ['I hold both French and Swiss citizenship', ['France', 'Switzerland']],
    ['nationality: Czech Republic', ['Czechia']],
  ])('%s', (text, expected) => {
    expect(f(text).nationalities.sort()).toEqual([...expected].sort());
  });

  it('does not read "us" the pronoun, languages, or a place of residence as nationality', () => {
    expect(f('let us know if I can apply').nationalities).toEqual([]);
    expect(f('I speak French and German').nationalities).toEqual([]);
    expect(f('I live in France').nationalities).toEqual([]);
    expect(f("I'm not American").nationalities).toEqual([]);
  });
});

describe('right to work', () => {
  it('reads a denial and a claim', () => {
    expect(f("I don't have the right to work in the UK").rightToWork).toEqual({ 'United Kingdom': false });
    expect(f('I have the right to work in the United Kingdom').rightToWork).toEqual({ 'United Kingdom': true });
    expect(f('I have a UK work visa').rightToWork).toEqual({ 'United Kingdom': true });
    expect(f('I would need a visa to work in the UK').rightToWork).toEqual({ 'United Kingdom': false });
  });
  it('does not take the country of a work permit as nationality', () => {
    const facts = f('I am a US citizen with a UK work visa');
    expect(facts.nationalities).toEqual(['United States']);
    expect(facts.rightToWork['United Kingdom']).toBe(true);
  });
});

describe('degrees', () => {
  it.each([
    ['I have a PhD', ['phd']],
    ['I hold a Ph.D. in physics', ['phd']],
    ['I have a doctorate', ['phd']],
    ['DPhil from Oxford', ['phd']],
    ["I'm Italian with a master's", ['master']],
    ['I have an MSc in computing', ['master']],
    ['MS in computer science', ['master']],
    ['I have a MEng', ['master']],
    ['Master in physics', ['master']],
    ["I have a bachelor's degree", ['bachelor']],
    ['BSc in physics', ['bachelor']],
    ['BA in mathematics', ['bachelor']],
    ['I have no degree', ['none']],
  ])('%s', (text, expected) => {
    expect(f(text).degrees).toEqual(expected);
  });

  it('a PhD student does not hold a PhD yet', () => {
    const facts = f("I'm a PhD student");
    expect(facts.degrees).toEqual([]);
    expect(facts.studying).toEqual(['phd']);
    expect(f('I am doing a PhD').studying).toEqual(['phd']);
  });

  it('reads a denied degree', () => {
    const facts = f("I have a master's but I don't have a PhD");
    expect(facts.degrees).toEqual(['master']);
    expect(facts.degreesNotHeld).toEqual(['phd']);
    expect(f('no PhD').degreesNotHeld).toEqual(['phd']);
  });
});

describe('years of professional experience', () => {
  it.each([
    ['I have 3 years of experience', 3],
    ['3 years of professional experience', 3],
    ['two years since graduation', 2],
    ['I graduated last year', 1],
    ['I graduated two years ago', 2],
    ['I graduated in 2023', 3],
    ['I worked for 18 months in industry', 1.5],
    ['I have been working as a developer for 4 years', 4],
    ['I just graduated', 0],
    ['I have no professional experience', 0],
    ['one year of work experience', 1],
  ])('%s', (text, years) => {
    expect(f(text).yearsExperience).toBe(years);
  });

  it('ignores ages and contract lengths', () => {
    expect(f("I'm 25 years old").yearsExperience).toBeUndefined();
    expect(f('is the contract 2 years?').yearsExperience).toBeUndefined();
  });
});

describe('affiliations', () => {
  it('reads explicit denials', () => {
    expect(f('I am not affiliated with any CMS institute').notAffiliated).toContain('CMS');
    expect(f('I am not affiliated with any institute').notAffiliated).toContain('*');
  });
  it('reads an institute and a collaboration', () => {
    const facts = f('I work at INFN for CMS');
    expect(facts.affiliations).toEqual(expect.arrayContaining(['INFN', 'CMS']));
    expect(facts.notAffiliated).toEqual([]);
    expect(f('I am a member of the ATLAS collaboration').affiliations).toContain('ATLAS');
    expect(f('I am a CMS member at DESY').affiliations).toEqual(expect.arrayContaining(['CMS', 'DESY']));
  });
});

describe('earlier contracts', () => {
  it('a summer student contract is not a fellow or graduate contract', () => {
    const facts = f('I was a CERN summer student');
    expect(facts.earlierContracts).toEqual(['CERN summer student']);
  });
  it('reads an earlier fellowship', () => {
    expect(f('I had a CERN fellowship').earlierContracts).toEqual(['CERN fellow']);
    expect(f('I was a fellow at CERN in 2022').earlierContracts).toEqual(['CERN fellow']);
  });
  it('reads denials', () => {
    expect(f('I never had a CERN contract').noEarlierContracts).toBe(true);
    expect(f('I have never worked at CERN').noEarlierContracts).toBe(true);
    expect(f('I was never a CERN fellow').contractsNotHeld).toEqual(['CERN fellow']);
    const mixed = f('I was a CERN summer student but never a fellow or on the graduate programme');
    expect(mixed.earlierContracts).toEqual(['CERN summer student']);
    expect(mixed.contractsNotHeld).toEqual(['CERN fellow', 'CERN graduate']);
  });
  it('wanting a fellowship is not having had one', () => {
    expect(f("I'm applying for a CERN fellowship").earlierContracts).toEqual([]);
  });
});

describe('presence on site', () => {
  it('reads willingness and refusal', () => {
    expect(f('I can relocate to Geneva').onSite).toBe(true);
    expect(f("I can't relocate").onSite).toBe(false);
    expect(f('I can only work remotely').onSite).toBe(false);
  });
});

describe('mergeFacts', () => {
  it('merges lists and lets later facts win', () => {
    const a = f("I'm Italian with a master's and 1 year of experience");
    const b = f('actually 3 years of experience, and I never had a CERN contract');
    const m = mergeFacts(a, b);
    expect(m.nationalities).toEqual(['Italy']);
    expect(m.degrees).toEqual(['master']);
    expect(m.yearsExperience).toBe(3);
    expect(m.noEarlierContracts).toBe(true);
  });
  it('a later denial removes an earlier claim', () => {
    const m = mergeFacts(f('I have a PhD'), f("sorry, I don't have a PhD"));
    expect(m.degrees).toEqual([]);
    expect(m.degreesNotHeld).toEqual(['phd']);
  });
  it('empty facts are neutral', () => {
    expect(mergeFacts(emptyFacts(), emptyFacts())).toEqual(emptyFacts());
  });
});
