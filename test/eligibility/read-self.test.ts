// What people say about themselves, in many phrasings and five languages (texts of our own).
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/eligibility/index.ts';

const now = new Date('2026-06-15T12:00:00Z');
const f = (t: string) => extractFacts(t, now);

describe('age', () => {
  it.each([
    ["I'm 27", 27],
    ['I am 41 and a physicist', 41],
    ['aged 29, master in chemistry', 29],
    ['32 years old, Dutch', 32],
    ['a 25-year-old engineer', 25],
    ["j'ai 28 ans et un master", 28],
    ['ich bin 35 Jahre alt', 35],
    ['ho 24 anni', 24],
    ['tengo 30 años', 30],
  ])('%s', (text, age) => {
    expect(f(text).age).toBe(age);
  });
  it('is not a duration, a percentage or a count', () => {
    expect(f("I'm 3 years into my PhD").age).toBeUndefined();
    expect(f('I have 25 years of experience').age).toBeUndefined();
    expect(f("I'm 50% available").age).toBeUndefined();
    expect(f('I graduated 20 years ago').age).toBeUndefined();
  });
});

describe('professional experience in ordinary words', () => {
  it.each([
    ['a bachelor and 4 years at a startup', 4],
    ['5 years in industry', 5],
    ['data engineer at Bosch for two years', 2],
    ['20 months as a network administrator', 20 / 12],
    ['one and a half years as a developer', 1.5],
    ['a year and a half working for a bank', 1.5],
    ['I have worked as a consultant for six years', 6],
    ['two years of postdoc in Spain', 2],
  ])('%s', (text, years) => {
    expect(f(text).yearsExperience).toBeCloseTo(years, 1);
  });
  it('counts from "since" a year to the clock', () => {
    expect(f("I've been working as an analyst since 2022").yearsExperience).toBeCloseTo(4, 0);
  });
  it('skill experience, ages and contract lengths are not professional experience', () => {
    expect(f('4 years of Python').yearsExperience).toBeUndefined();
    expect(f('three years with Java and a PhD').yearsExperience).toBeUndefined();
    expect(f("I'm 30 years old").yearsExperience).toBeUndefined();
    expect(f('is it a 2 year contract?').yearsExperience).toBeUndefined();
  });
});

describe('degrees with field and date', () => {
  it('reads the field of a degree, not a place', () => {
    expect(f("a master's in applied mathematics").degreeFields).toEqual({ master: 'applied mathematics' });
    expect(f('BSc in chemistry from Leeds').degreeFields).toEqual({ bachelor: 'chemistry' });
    expect(f('I did my PhD in Rome').degreeFields).toBeUndefined();
    expect(f('PhD in Germany, 2019').degreeFields).toBeUndefined();
  });
  it('reads when a degree was obtained', () => {
    expect(f('I obtained my PhD in 2018').degreeDates?.phd).toBe('2018-07-01');
    expect(f('PhD in astrophysics, defended in October 2023').degreeDates?.phd).toBe('2023-10-15');
    expect(f('I finished my master three months ago').degreeDates?.master).toBe('2026-03-15');
    expect(f('my doctorate was awarded last year').degreeDates?.phd).toBe('2025-06-15');
  });
  it('does not date a degree with a later clause', () => {
    expect(f("a master's, and I have worked since 2020").degreeDates).toBeUndefined();
  });
  it('roles that imply a degree held or studied for', () => {
    expect(f("I'm a postdoc in Lyon").degrees).toContain('phd');
    expect(f('currently an assistant professor').degrees).toContain('phd');
    expect(f('ich bin Doktorandin').studying).toEqual(['phd']);
    expect(f('sono dottorando a Torino').studying).toEqual(['phd']);
    expect(f('je suis doctorant').studying).toEqual(['phd']);
    expect(f("I'm a master's student").studying).toEqual(['master']);
  });
  it('the job asked about is not the asker role', () => {
    expect(f('am I eligible for the theory postdoc?').degrees).toEqual([]);
    expect(f('can I apply to the assistant professor job?').degrees).toEqual([]);
  });
  it('degrees in other languages', () => {
    expect(f('ho una laurea triennale in informatica').degrees).toEqual(['bachelor']);
    expect(f('tengo un doctorado en física').degrees).toEqual(['phd']);
    expect(f("j'ai un doctorat en chimie").degrees).toEqual(['phd']);
    expect(f('ich habe ein Diplom in Physik').degrees).toEqual(['master']);
    expect(f('Ich habe in Chemie promoviert').degreeFields).toEqual({ phd: 'chemie' });
  });
  it('a postdoc denied says nothing of the PhD', () => {
    expect(f('I have not done any postdoc').degreesNotHeld ?? []).toEqual([]);
    expect(f('I have not done any postdoc').contractsNotHeld).toEqual(['postdoc']);
  });
});

describe('presence on site', () => {
  it.each([
    ['I could only be in Geneva 30% of the time', 0.3],
    ['I can be at CERN half of my time', 0.5],
    ['I can spend a third of the time on site', 1 / 3],
    ['I would relocate and be at CERN full-time', 1],
    ['I can only work remotely', 0],
  ])('%s', (text, share) => {
    expect(f(text).presence).toBeCloseTo(share, 2);
  });
  it('a negation elsewhere in the sentence does not deny full time', () => {
    expect(f("I'm not in ATLAS, but I can be on site full time").presence).toBe(1);
    expect(f("I can't be at CERN full time").presence).toBe(-1);
  });
});

describe('residence', () => {
  it('reads the country and how long', () => {
    expect(f('I have lived in Paris for three years').residence).toEqual([{ country: 'France', months: 36 }]);
    expect(f('I moved to Spain in 2024').residence?.[0]?.country).toBe('Spain');
    expect(f('I will keep living in Italy').residence).toEqual([{ country: 'Italy', staying: true }]);
    expect(f("I don't live in Germany").residence).toBeUndefined();
  });
});

describe('nationality in five languages', () => {
  it.each([
    ['Je suis française', 'France'],
    ['je suis citoyen belge', 'Belgium'],
    ['Ich bin Österreicher', 'Austria'],
    ['ich habe die italienische Staatsbürgerschaft', 'Italy'],
    ['sono spagnola', 'Spain'],
    ['sono cittadino svizzero', 'Switzerland'],
    ['soy portugués', 'Portugal'],
    ['soy ciudadana de México', 'Mexico'],
    ['vengo dalla Polonia', 'Poland'],
    ['I am a citizen of Greece', 'Greece'],
  ])('%s', (text, country) => {
    expect(f(text).nationalities).toEqual([country]);
  });
  it('a language spoken is not a nationality', () => {
    expect(f('je parle allemand').nationalities).toEqual([]);
    expect(f('ich spreche Französisch').nationalities).toEqual([]);
  });
});

describe('affiliations and negation scope', () => {
  it('reads membership in ordinary words', () => {
    expect(f("I'm in LHCb").affiliations).toContain('LHCb');
    expect(f('my group is part of ALICE').affiliations).toContain('ALICE');
    expect(f('I work for a DUNE member institute').affiliations).toContain('DUNE');
  });
  it('a denial in its own clause', () => {
    const x = f("I'm not in ATLAS but my institute is in CMS");
    expect(x.notAffiliated).toContain('ATLAS');
    expect(x.affiliations).toContain('CMS');
  });
  it('the collaboration of the job asked about is not an affiliation', () => {
    expect(f('can I apply for the LHCb institute job?').affiliations).toEqual([]);
  });
});

describe('earlier contracts', () => {
  it('reads a current postdoc and a lecturer post', () => {
    expect(f("I'm currently a postdoc at a national lab").earlierContracts).toContain('postdoc');
    expect(f('I am a lecturer at a UK university').earlierContracts).toContain('permanent academic position');
  });
  it('reads denials in several forms', () => {
    expect(f('no previous CERN contract').noEarlierContracts).toBe(true);
    expect(f('I never worked at CERN').noEarlierContracts).toBe(true);
  });
});
