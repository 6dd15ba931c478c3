// What askers say of themselves, in ordinary words of five languages (statements of our own):
// nationality groups held or denied, a degree's stage and date, a year of birth, a stay in a
// country (or none), and time as a postdoc.
import { describe, expect, it } from 'vitest';
import { extractFacts, mergeFacts } from '../../src/eligibility/index.ts';

const now = new Date('2027-01-10T12:00:00Z');
const facts = (t: string) => extractFacts(t, now);

describe('a group of states the asker belongs to', () => {
  it.each([
    ['I am an EU citizen', 'eu'],
    ['EU citizen, PhD 2020', 'eu'],
    ['je suis citoyen européen', 'eu'],
    ['ich bin EU-Bürger', 'eu'],
    ['sono cittadino comunitario', 'eu'],
    ["I'm a CERN member state national", 'cern'],
  ])('"%s" holds the group %s', (text, group) => {
    const f = facts(text);
    expect(f.nationalOfGroups).toEqual([group]);
    expect(f.nationalities).toEqual([]);
  });

  it('leaves a group the question names as the posting\'s ("the job for EU citizens")', () => {
    expect(facts('am I eligible for the job for EU citizens?').nationalOfGroups).toBeUndefined();
  });

  it.each(["I'm non-EU", "I'm not an EU citizen"])('"%s" denies the EU', (text) => {
    expect(facts(text).notNationalOf).toEqual(['eu']);
    expect(facts(text).nationalOfGroups).toBeUndefined();
  });

  it('a later country-free denial drops the group held earlier', () => {
    const merged = mergeFacts(facts('I am an EU citizen'), facts("actually I'm not an EU citizen"));
    expect(merged.nationalOfGroups).toBeUndefined();
    expect(merged.notNationalOf).toEqual(['eu']);
  });
});

describe('a degree and its stage', () => {
  it.each([
    ["I'm 4 years after my PhD", 'phd', '2023-01-10'],
    ['Ich bin promoviert (2018)', 'phd', '2018-07-01'],
    ['Soy doctor desde 2022', 'phd', '2022-07-01'],
    ['sono dottore di ricerca dal 2020', 'phd', '2020-07-01'],
    ['Laurea magistrale in fisica nel 2020', 'master', '2020-07-01'],
  ])('"%s" holds a %s dated %s', (text, level, date) => {
    const f = facts(text);
    expect(f.degrees).toContain(level);
    expect(f.degreeDates?.[level as 'phd']).toBe(date);
  });

  it('reads the field without the preposition after it ("in fisica nel 2020")', () => {
    expect(facts('Laurea magistrale in fisica nel 2020').degreeFields?.master).toBe('fisica');
    expect(facts('je suis docteur en physique depuis 2020').degreeFields?.phd).toBe('physique');
  });

  it('takes no city for a field ("a PhD student in Bologna")', () => {
    expect(facts("I'm a Brazilian PhD student in Bologna, 27").studyField).toBeUndefined();
  });

  it.each([
    ['I defend next spring', '2027-06-30'],
    ['doctorat en cours, je soutiens en juin', '2027-06-30'],
    ['finishing my PhD this summer', '2027-09-30'],
    ["I'll finish my master in autumn 2027", '2027-12-31'],
  ])('"%s" is a degree still to come, by %s', (text, until) => {
    const f = facts(text);
    expect(f.degrees).toEqual([]);
    expect(f.studying?.length).toBe(1);
    expect(f.studyingUntil).toBe(until);
  });

  it('a student "since September" has no end date from it', () => {
    const f = facts("I'm a PhD student since September");
    expect(f.studying).toEqual(['phd']);
    expect(f.studyingUntil).toBeUndefined();
  });

  it('a degree in a later year is not held ("a master in 2028")', () => {
    expect(facts('I will get a master in 2028').degreeDates).toBeUndefined();
  });
});

describe('age and year of birth', () => {
  it.each([
    ['born in 1990', 1990],
    ['je suis né en 1992', 1992],
    ['nata nel 1995', 1995],
    ['born on 3 May 1991', 1991],
    ['Jahrgang 1994', 1994],
    ['nací en 1989', 1989],
  ])('"%s" gives the year of birth %d', (text, year) => {
    expect(facts(text).birthYear).toBe(year);
    expect(facts(text).age).toBeUndefined();
  });

  it.each([
    ["I'm Greek, 29, PhD 2024", 29],
    ['29, Greek, master 2022.', 29],
    ['PhD 2019, 3 papers, 34.', 34],
  ])('"%s" has a bare age among its facts', (text, age) => {
    expect(facts(text).age).toBe(age);
  });

  it('reads no age from a date ("march 15, 2027")', () => {
    expect(facts('the deadline is march 15, 2027').age).toBeUndefined();
  });
});

describe('where the asker has lived', () => {
  it("reads a stay without 'for' (\"I've been in Switzerland 2 years\")", () => {
    expect(facts("I've been in Switzerland 2 years").residence).toEqual([{ country: 'Switzerland', months: 24 }]);
  });

  it.each(['I have never lived in France', "je n'ai jamais vécu en France", 'non ho mai vissuto in Francia'])(
    '"%s" is no stay in France',
    (text) => {
      expect(facts(text).residence).toEqual([{ country: 'France', months: 0, never: true }]);
    },
  );
});

describe('time as a postdoc', () => {
  it.each([
    ['two years of postdoc at DESY', 2],
    ['I did a 3-year postdoc at Fermilab', 3],
    ['I have been a postdoc for 18 months', 1.5],
  ])('"%s" is %d years of postdoc', (text, years) => {
    expect(facts(text).postdocYears).toBe(years);
  });

  it('"no postdoc yet" denies one', () => {
    expect(facts('no postdoc yet').contractsNotHeld).toEqual(['postdoc']);
  });
});

describe('languages the asker speaks', () => {
  it.each([
    ['I speak fluent French', ['French']],
    ['native English speaker', ['English']],
    ['ich spreche Deutsch und Englisch', ['German', 'English']],
    ['je parle anglais couramment', ['English']],
    ['parlo inglese e spagnolo', ['English', 'Spanish']],
    ['hablo español con fluidez', ['Spanish']],
    ['my English is C1', ['English']],
    ["j'ai une bonne maîtrise de l'anglais", ['English']],
    ['French: fluent, German: basic', ['French']],
  ])('"%s" speaks %j, and is no national of it', (text, languages) => {
    const f = facts(text);
    expect(f.languages).toEqual(languages);
    expect(f.nationalities).toEqual([]);
    expect(f.degrees).toEqual([]);
  });

  it('a nationality beside a language is only the nationality', () => {
    const f = facts("I'm Italian and speak fluent French");
    expect(f.nationalities).toEqual(['Italy']);
    expect(f.languages).toEqual(['French']);
  });

  it('"I don\'t speak French" denies it', () => {
    expect(facts("I don't speak French").notLanguages).toEqual(['French']);
  });
});
