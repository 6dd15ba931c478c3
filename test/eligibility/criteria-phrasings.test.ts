// Criteria in phrasings of our own, in five languages: an organisation's member states whose list
// we do not hold, the EU by its name in every language, degrees required or excluded in the words
// of French, German, Italian and Spanish calls, a PhD dated after a day, a stay capped, an age
// limit without the word "age", and a cap on postdoctoral experience.
import { describe, expect, it } from 'vitest';
import { extractFacts, judgeEligibility } from '../../src/eligibility/index.ts';
import { parseCriterion } from '../../src/eligibility/rules.ts';
import { posting } from './helpers.ts';

const now = new Date('2027-01-10T12:00:00Z');
const kinds = (t: string) => parseCriterion(t).map((r) => r.kind);
function judged(criterion: string, said: string) {
  const p = posting('p', [criterion], { deadline: { text: '2027-03-31', line: 2, date: '2027-03-31' } });
  return judgeEligibility(p, extractFacts(said, now), now).criteria[0];
}

describe("another organisation's member states", () => {
  it.each([
    'Candidates must be nationals of ESA Member States or of Canada and Slovenia.',
    'Applicants must be nationals of an ESO member state.',
    'Open to citizens of EMBL member countries.',
  ])('"%s" is no CERN rule', (text) => {
    const [rule] = parseCriterion(text);
    expect(rule).toMatchObject({ kind: 'nationality' });
    expect(rule && 'cern' in rule).toBe(false);
    expect(rule && 'unlisted' in rule && rule.unlisted).toMatch(/^(?:ESA|ESO|EMBL)$/);
  });

  const esa = 'Candidates must be nationals of ESA Member States or of Canada and Slovenia.';
  it('meets a state named beside the group', () => {
    expect(judged(esa, "I'm Canadian")?.status).toBe('met');
  });
  it('leaves any other nationality unknown, and says why', () => {
    const c = judged(esa, "I'm from Portugal");
    expect(c?.status).toBe('unknown');
    expect(c?.why).toMatch(/do not hold the list of ESA Member States/);
  });
  it('never rules out on a denial of the named states alone', () => {
    expect(judged(esa, "I'm not Canadian")?.status).toBe('unknown');
  });
});

describe('the EU named in every language', () => {
  it.each([
    "cittadinanza di uno Stato membro dell'Unione Europea.",
    'Sie besitzen die Staatsangehörigkeit eines EU-Mitgliedstaates.',
    "Être ressortissant d'un État membre de l'Union européenne.",
    'Tener la nacionalidad de un Estado miembro de la Unión Europea.',
  ])('"%s" asks for an EU nationality', (text) => {
    expect(parseCriterion(text)[0]).toMatchObject({ kind: 'nationality', group: 'an EU Member State' });
  });

  it('an asker who says only "EU citizen" meets it, and is still asked for a CERN rule', () => {
    expect(judged('You must be a national of an EU Member State.', 'I am an EU citizen')?.status).toBe('met');
    expect(judged('You are a national of a CERN Member State.', 'I am an EU citizen')?.status).toBe('unknown');
    expect(judged('the right to work in Germany', 'EU citizen, PhD 2020')?.status).toBe('met');
  });
});

describe('degrees in the words of other languages', () => {
  it.each([
    ["Le candidat doit être titulaire d'un doctorat.", 'phd'],
    ['Estar en posesión del título de doctor.', 'phd'],
    ['abgeschlossenes Masterstudium oder Diplom in Physik', 'master'],
    ['essere in possesso della laurea magistrale in fisica', 'master'],
    ['Candidates must hold a doctoral degree.', 'phd'],
    ['Les candidats ne peuvent pas postuler sans doctorat.', 'phd'],
    ['Ohne abgeschlossene Promotion ist eine Bewerbung ausgeschlossen.', 'phd'],
  ])('"%s" requires at least a %s', (text, min) => {
    expect(parseCriterion(text)).toContainEqual(expect.objectContaining({ kind: 'degree_required', min }));
  });

  it.each([
    'Bewerberinnen und Bewerber mit abgeschlossener Promotion sind nicht teilnahmeberechtigt.',
    'Les titulaires d’un doctorat ne sont pas éligibles.',
    'I candidati già in possesso del dottorato non sono ammessi.',
    'Los candidatos con el título de doctor no son elegibles.',
    'Applicants who already hold a PhD are not eligible.',
  ])('"%s" excludes PhD holders', (text) => {
    expect(kinds(text)).toEqual(['degree_not_held']);
  });

  it.each(['The position offers opportunities for promotion.', 'Applicants with these master degrees may apply.'])(
    '"%s" reads no German or French degree in English words',
    (text) => {
      expect(parseCriterion(text).find((r) => r.kind === 'degree_required' && r.min === 'phd')).toBeUndefined();
    },
  );

  it('a PhD programme the post is part of is no degree to hold ("corso di dottorato")', () => {
    expect(kinds("essere iscritti a un corso di dottorato presso un'università italiana")).toEqual([
      'university_in',
      'enrolled',
    ]);
  });
});

describe('a PhD obtained after a day, in four languages', () => {
  it.each([
    ['Haber obtenido el doctorado después del 1 de enero de 2021.', '2021-01-01'],
    ['Avoir obtenu le doctorat après le 1er janvier 2020.', '2020-01-01'],
    ['Promotion nach dem 1. Januar 2019 abgeschlossen.', '2019-01-01'],
    ['aver conseguito il dottorato dopo il 1° gennaio 2022.', '2022-01-01'],
  ])('"%s" dates it from %s', (text, after) => {
    expect(parseCriterion(text)).toContainEqual({ kind: 'degree_dated', degree: 'phd', after });
  });

  it('judges the asker by the year they gave', () => {
    const c = 'Haber obtenido el doctorado después del 1 de enero de 2021.';
    expect(judged(c, 'Soy doctor desde 2022')?.status).toBe('met');
    expect(judged(c, 'ho conseguito il dottorato nel 2019')?.status).toBe('not_met');
  });
});

describe('a stay in the country capped (mobility rules)', () => {
  it.each([
    ['Candidates must not have resided in France for more than 12 months in the last 3 years.', 'France'],
    ['Le candidat ne doit pas avoir résidé en France plus de 12 mois au cours des 3 dernières années.', 'France'],
    ['No haber residido en España más de 12 meses en los últimos 3 años.', 'Spain'],
    ['Sie dürfen in den letzten drei Jahren nicht mehr als 12 Monate in Deutschland gewohnt haben.', 'Germany'],
    ['Non aver risieduto in Italia per più di 12 mesi negli ultimi 3 anni.', 'Italy'],
  ])('"%s" caps a stay in %s at 12 months', (text, country) => {
    expect(parseCriterion(text)).toEqual([{ kind: 'max_residence', country, months: 12, window: 36 }]);
  });

  const rule = 'Candidates must not have resided in France for more than 12 months in the last 3 years.';
  it.each([
    ['I have never lived in France', 'met'],
    ["je n'ai jamais vécu en France", 'met'],
    ["I've been in France 2 years", 'not_met'],
    ['I live in Germany', 'unknown'],
    ['PhD in 2023', 'unknown'],
  ])('"%s" is %s', (said, status) => {
    expect(judged(rule, said)?.status).toBe(status);
  });
});

describe('an age limit without the word "age"', () => {
  it.each([['Candidates should be younger than 32.', 32]])('"%s" is an age under %d', (text, max) => {
    expect(parseCriterion(text)).toEqual([{ kind: 'max_age', max, strict: true }]);
  });
  it.each([
    ['Candidates must be under 35 on the closing date.', 35],
    ['Applicants must be below 40 at the time of application.', 40],
  ])('"%s" is an age under %d at the deadline', (text, max) => {
    expect(parseCriterion(text)).toEqual([{ kind: 'max_age', max, strict: true, at: 'deadline' }]);
  });

  it('reads no age from hours ("under 35 hours a week")', () => {
    expect(parseCriterion('You must be under 35 hours a week available.')).toEqual([]);
  });

  const limit = 'Candidates must be under 35 on the closing date.';
  it.each([
    ['born in 1995', 'met'],
    ['born in 1985', 'not_met'],
    ['born in 1992', 'unknown'],
    ["I'm 33", 'met'],
    // 34 in January, 35 perhaps by the closing date at the end of March.
    ["I'm 34", 'unknown'],
  ])('"%s" is %s (a year of birth is one of two ages)', (said, status) => {
    expect(judged(limit, said)?.status).toBe(status);
  });

  it('asks for the date of birth when the birthday decides', () => {
    const p = posting('p', [limit]);
    expect(judgeEligibility(p, extractFacts('born in 1992', now), now).missing).toContain('your date of birth');
  });
});

describe('a cap on postdoctoral experience', () => {
  const cap = 'No more than 2 years of postdoctoral experience.';
  it('reads the cap as postdoctoral', () => {
    expect(parseCriterion(cap)).toEqual([{ kind: 'max_experience', years: 2, byDeadline: false, postdoc: true }]);
  });
  it.each([
    ['no postdoc yet', 'met'],
    ["I'm a PhD student", 'met'],
    ['PhD in 2025', 'met'],
    ['PhD in 2018, two years of postdoc at DESY', 'met'],
    ['PhD in 2018, I did a 3-year postdoc at Fermilab', 'not_met'],
    ['PhD in 2018, I did a postdoc at Fermilab', 'unknown'],
  ])('"%s" is %s', (said, status) => {
    expect(judged(cap, said)?.status).toBe(status);
  });
  it('says it counts postdoctoral experience, not experience since graduation', () => {
    expect(judged(cap, 'PhD in 2018')?.why).toMatch(/postdoctoral experience/);
  });
});

describe('degree words that ask for nothing', () => {
  it.each([
    'For questions on the documents, write to the PhD office.',
    'You may choose up to three PhD research topics.',
    'The PhD admissions committee meets in May.',
  ])('"%s" requires no PhD', (text) => {
    expect(kinds(text)).not.toContain('degree_required');
  });

  it.each([
    ['a Master of Science or equivalent is required', 'master', undefined],
    ['The required degree (Laurea Magistrale - Master of Science or equivalent) must be held.', 'master', undefined],
    ['a Master of Engineering in electronics is required', 'master', 'electronics'],
    ["a master's degree in one of the following fields:", 'master', undefined],
  ])('"%s" requires a %s, in the field %s', (text, min, field) => {
    const rule = parseCriterion(text).find((r) => r.kind === 'degree_required');
    expect(rule).toMatchObject({ kind: 'degree_required', min });
    expect(rule && 'field' in rule ? rule.field : undefined).toBe(field);
  });

  it('"Master of Science" is no field that rules out a physicist', () => {
    expect(judged('a Master of Science or equivalent is required', "I have a master's in physics")?.status).toBe('met');
  });
});

describe('a degree held or about to be', () => {
  it.each([
    "Applicants are expected to hold or obtain a master's degree in physics.",
    "You must have completed, or be about to complete, a bachelor's degree.",
  ])('"%s" accepts a student who finishes in time', (text) => {
    const rule = parseCriterion(text).find((r) => r.kind === 'degree_required');
    expect(rule).toMatchObject({ by: 'start' });
  });

  it('asks a student when they finish, rather than ruling them out', () => {
    const c = "Applicants are expected to hold or obtain a master's degree in physics.";
    expect(judged(c, "I'm still a master student")?.status).toBe('unknown');
    expect(judged(c, "I'm a bachelor student")?.status).toBe('not_met');
  });
});

describe('postdoctoral experience counted from the PhD', () => {
  const cap =
    'You must have less than 5 years of postdoctoral experience, counted from the date of the defence of the thesis.';
  it('reads the count from the defence', () => {
    expect(parseCriterion(cap)).toContainEqual(expect.objectContaining({ kind: 'max_experience', sincePhd: true }));
  });
  it.each([
    ['PhD in 2024', 'met'],
    ['my PhD was awarded in 2017', 'not_met'],
  ])('"%s" is %s', (said, status) => {
    expect(judged(cap, said)?.status).toBe(status);
  });
});

describe('a language asked for', () => {
  it.each([
    ['You have a good knowledge of English OR French.', ['English', 'French'], true],
    ['Fluent German is required.', ['German'], false],
    ['Proficiency in English is important', ['English'], false],
    ['Gute Deutschkenntnisse sind erforderlich.', ['German'], false],
    ['Maîtrise du français exigée.', ['French'], false],
    ['Ottima conoscenza della lingua inglese.', ['English'], false],
    ['Dominio del español hablado y escrito.', ['Spanish'], false],
  ])('"%s" asks for %j (any: %s)', (text, languages, any) => {
    expect(parseCriterion(text)).toEqual([{ kind: 'language', languages, any }]);
  });

  it.each(['Knowledge of Italian is an asset.', 'French nationals are not eligible.'])(
    '"%s" asks for no language',
    (text) => {
      expect(kinds(text)).not.toContain('language');
    },
  );

  const either = 'You have a good knowledge of English OR French.';
  it.each([
    ['I speak fluent French', 'met'],
    ['native English speaker', 'met'],
    ["I don't speak English or French", 'not_met'],
    ["I'm French", 'unknown'],
    ['I speak a little French', 'unknown'],
  ])('"%s" is %s (a nationality says nothing of the language)', (said, status) => {
    expect(judged(either, said)?.status).toBe(status);
  });
});

describe('fields and earlier postdocs', () => {
  it('cuts a field at its time limit and at the next degree ("in natural science up to five years after …")', () => {
    const text =
      'You hold a doctorate in natural science up to four years after graduation or a master in engineering up to eight years after graduation.';
    // Two ways in (./rule-either.ts): the PhD's side holds the field.
    const rules = parseCriterion(text).flatMap((r) => (r.kind === 'any_of' ? r.options.flat() : [r]));
    expect(rules).toContainEqual(expect.objectContaining({ kind: 'degree_required', field: 'natural science' }));
  });

  it.each([
    ['chemistry', 'met'],
    ['astrophysics', 'met'],
    ['history', 'not_met'],
  ])('a degree in %s is %s for "natural sciences"', (field, status) => {
    expect(judged('a PhD in the natural sciences is required', `PhD in ${field}`)?.status).toBe(status);
  });

  it.each([
    ['No more than one prior postdoctoral appointment.', 1],
    ['You must not have held more than two previous postdoc positions.', 2],
  ])('"%s" allows at most %d earlier postdocs', (text, max) => {
    expect(parseCriterion(text)).toEqual([{ kind: 'max_postdocs', max }]);
  });

  it.each([
    ['PhD 2025, no postdoc yet', 'met'],
    ["I'm a PhD student", 'met'],
    ['I did a postdoc at Fermilab', 'unknown'],
  ])('"%s" is %s for at most one earlier postdoc', (said, status) => {
    expect(judged('No more than one prior postdoctoral appointment.', said)?.status).toBe(status);
  });

  it('a city the asker lives in gives its country', () => {
    expect(judged('you must live in Switzerland when you start', 'I live in Zurich')?.status).toBe('met');
    expect(judged('you must live in France when you start', 'je vis à Lyon depuis 3 ans')?.status).toBe('met');
  });
});
