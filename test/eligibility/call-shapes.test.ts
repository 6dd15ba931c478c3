// Criteria in the shapes of real calls, in phrasings of our own: a line that also admits
// Non-Member State nationals, age limits counted at the closing date or a named day, birth-date
// limits, a degree due by a day, the mobility rule's window and the host's country, the
// university's country, full-time availability, "the first four years of a research career",
// lists opened by "you must:" and "either:".
import { describe, expect, it } from 'vitest';
import { extractFacts, judgeEligibility, mergeFacts } from '../../src/eligibility/index.ts';
import { buildRules, parseCriterion } from '../../src/eligibility/rules.ts';
import { posting } from './helpers.ts';

const now = new Date('2027-01-10T12:00:00Z');
const deadline = { text: '2027-03-31', line: 2, date: '2027-03-31' };
function judged(criteria: string[], said: string, extra = {}) {
  const p = posting(`p${criteria.join('|').length}`, criteria, { deadline, ...extra });
  return judgeEligibility(p, extractFacts(said, now), now);
}
const statusOf = (criterion: string, said: string, extra = {}) => judged([criterion], said, extra).criteria[0]?.status;

describe('a line that also admits Non-Member State nationals', () => {
  const member = 'You are a national of a CERN Member State or Associate Member State.';
  it.each([
    'A small number of posts are also open to applicants from Non-Member States with a senior profile.',
    'Candidates from non-member states may apply as well, if they have lived in a Member State for five years.',
    'Les candidats des États non membres peuvent également postuler.',
  ])('"%s" is a way in, not a criterion to check', (line) => {
    const [, open] = buildRules(posting(`o${line.length}`, [member, line]));
    expect(open).toMatchObject({ informational: true, rules: [] });
  });

  it('leaves a Non-Member State national unknown rather than not eligible', () => {
    const r = judged(
      [member, 'A small number of posts are also open to applicants from Non-Member States with a senior profile.'],
      "I'm Mexican",
    );
    expect(r.criteria[0]?.status).toBe('unknown');
    expect(r.verdict).toBe('unknown');
    expect(r.criteria[0]?.why).toMatch(/senior profile/);
  });

  it('reads the way in on the same line', () => {
    const line =
      'You are a national of a CERN Member State; a limited number of posts are also available to Non-Member State nationals.';
    expect(statusOf(line, "I'm Chilean")).toBe('unknown');
    expect(statusOf(line, "I'm Dutch")).toBe('met');
  });

  it('keeps a bar on Non-Member State nationals a bar', () => {
    expect(parseCriterion('Nationals of Non-Member States are not eligible for this programme.')).not.toContainEqual(
      expect.objectContaining({ unless: expect.anything() }),
    );
  });
});

describe('an age limit counted at the closing date or on a named day', () => {
  it.each([
    ['Applicants must be under 30 on the closing date.', 'deadline'],
    ['non aver superato il 30° anno di età alla data di scadenza del bando', 'deadline'],
    ['Les candidats doivent avoir moins de 28 ans au 1er octobre 2027.', '2027-10-01'],
    ["avoir moins de 30 ans au 1er septembre de l'année d'attribution", '--09-01'],
    ['Candidates must not be older than 32 as of 1 March 2027.', '2027-03-01'],
  ])('"%s" counts the age at %s', (text, at) => {
    expect(parseCriterion(text)).toContainEqual(expect.objectContaining({ kind: 'max_age', at }));
  });

  it('reads "non aver superato il 30° anno" as 30 still allowed', () => {
    expect(parseCriterion('non aver superato il 30° anno di età')).toEqual([
      { kind: 'max_age', max: 30, strict: false },
    ]);
  });

  const limit = 'Applicants must be under 30 on the closing date.';
  it.each([
    ["I'm 28", 'met'],
    // 29 in January may be 30 by the end of March.
    ["I'm 29", 'unknown'],
    ["I'm 30", 'not_met'],
    ['born on 12 June 1997', 'met'],
    ['born on 2 February 1997', 'not_met'],
    ['nata il 5 maggio 1997, ho 29 anni', 'met'],
  ])('"%s" is %s at the closing date', (said, status) => {
    expect(statusOf(limit, said)).toBe(status);
  });

  it('asks for the date of birth when a birthday before the deadline decides', () => {
    expect(judged([limit], "I'm 29").missing).toContain('your date of birth');
  });

  it('applies "all requirements at the deadline" to an age limit that names no day', () => {
    const p = posting('all-at-deadline', ['non aver superato il 28° anno di età;'], {
      deadline,
      text: 'Requisiti:\nnon aver superato il 28° anno di età;\nTutti i requisiti devono essere posseduti alla data di scadenza del bando.',
    });
    expect(buildRules(p)[0]?.rules).toEqual([{ kind: 'max_age', max: 28, strict: false, at: 'deadline' }]);
  });
});

describe('a birth-date limit', () => {
  it.each([
    ['Applicants must be born on or after 1 January 1993.', '1993-01-01'],
    ['Candidates born after 31 December 1992 are eligible.', '1993-01-01'],
    ['Les candidats doivent être nés après le 31 décembre 1994.', '1995-01-01'],
    ['Possono partecipare i nati dopo il 1° gennaio 1995.', '1995-01-02'],
    ['Bewerben können sich Personen, die am oder nach dem 1. Januar 1994 geboren sind.', undefined],
  ])('"%s" allows births from %s', (text, from) => {
    const rule = parseCriterion(text).find((r) => r.kind === 'born_after');
    expect(rule && 'from' in rule ? rule.from : undefined).toBe(from);
  });

  const limit = 'Applicants must be born on or after 1 January 1993.';
  it.each([
    ['born in 1995', 'met'],
    ['born in 1993', 'met'],
    ['born in 1992', 'not_met'],
    ['born on 30 December 1992', 'not_met'],
    ["I'm 31", 'met'],
    ["I'm 36", 'not_met'],
    ["I'm 34", 'unknown'],
    ['nothing about me', 'unknown'],
  ])('"%s" is %s', (said, status) => {
    expect(statusOf(limit, said)).toBe(status);
  });
});

describe('a degree due by a day', () => {
  it.each([
    ["Your master's degree must be obtained by 31 October 2027.", '2027-10-31'],
    ['You have completed, or will have completed by the 1st of September 2027, a bachelor degree.', '2027-09-01'],
    ['The PhD must be awarded before 30 June 2027.', '2027-06-30'],
    ['Le master doit être obtenu avant le 30 septembre.', '--09-30'],
  ])('"%s" is due by %s', (text, by) => {
    expect(parseCriterion(text)).toContainEqual(expect.objectContaining({ kind: 'degree_required', by }));
  });

  const due = "Your master's degree must be obtained by 31 October 2027.";
  it.each([
    ["I'm a master student, finishing in July 2027", 'met'],
    ["I'm a master student, finishing in December 2027", 'not_met'],
    ["I'm a master student", 'unknown'],
    ["I have a master's", 'met'],
  ])('"%s" is %s', (said, status) => {
    expect(statusOf(due, said)).toBe(status);
  });
});

describe('the mobility rule', () => {
  it.each([
    [
      'Researchers must not have resided or carried out their main activity in the country of the recruiting beneficiary for more than 12 months in the 36 months before recruitment.',
      { country: 'host', months: 12, window: 36, host: true },
    ],
    [
      'Applicants must not have spent more than 12 months in Sweden during the three years before the deadline.',
      { country: 'Sweden', months: 12, window: 36 },
    ],
    [
      'Applicants may be of any nationality but must not have lived in the host country for more than one year in the last 3 years.',
      { country: 'host', months: 12, window: 36, host: true },
    ],
  ])('"%s"', (text, rule) => {
    expect(parseCriterion(text)).toContainEqual({ kind: 'max_residence', ...rule });
  });

  const rule =
    'Applicants must not have resided in the country of the host organisation for more than 12 months in the last 3 years.';
  it.each([
    ["I've lived in Portugal for 8 months", 'met'],
    ['I have lived in Portugal for six years', 'not_met'],
    ['I have never lived in Portugal', 'met'],
    ['I live in Spain', 'unknown'],
  ])('the host is the posting\'s country: "%s" is %s', (said, status) => {
    expect(statusOf(rule, said, { country: 'Portugal' })).toBe(status);
  });

  it("says so when the posting names no country for the host's", () => {
    const c = judged([rule], "I've lived in Portugal for 8 months").criteria[0];
    expect(c?.status).toBe('unknown');
    expect(c?.why).toMatch(/does not say which country/);
  });

  it('is a rule even beside "any nationality"', () => {
    const line =
      'Candidates may be of any nationality but must not have resided in Norway for more than 12 months in the last 3 years.';
    const [c] = buildRules(posting('any-but', [line]));
    expect(c?.informational).toBe(false);
    expect(c?.rules).toEqual([{ kind: 'max_residence', country: 'Norway', months: 12, window: 36 }]);
  });

  it('is no time since the PhD ("spent less than twelve months in France")', () => {
    expect(
      parseCriterion(
        'A doctorate is required; applicants must have spent less than twelve months in France in the last three years.',
      ).map((r) => r.kind),
    ).not.toContain('degree_recent');
  });
});

describe("the university's country", () => {
  it.each([
    [
      'You must currently be enrolled at a university in Austria, Switzerland or Germany.',
      ['Austria', 'Switzerland', 'Germany'],
    ],
    ['You are a graduate of, or a student at, a university in the UK or Ireland.', ['United Kingdom', 'Ireland']],
    ["studenti iscritti a un corso di laurea presso un'università italiana", ['Italy']],
    ['You have started a doctoral programme at a CERN Member State university.', 'cern'],
  ])('"%s"', (text, where) => {
    const rule = parseCriterion(text).find((r) => r.kind === 'university_in');
    if (where === 'cern') expect(rule).toMatchObject({ cern: 'member' });
    else expect(rule).toMatchObject({ countries: where });
  });

  it('is not read from a nationality named beside a university', () => {
    expect(
      parseCriterion('Italian nationals with a degree from any university may apply.').map((r) => r.kind),
    ).not.toContain('university_in');
  });

  const rule = 'You must currently be enrolled at a university in Austria, Switzerland or Germany.';
  it.each([
    ['I study physics in Vienna', 'met'],
    ["I'm a master student at ETH Zurich", 'met'],
    ['je suis étudiante à Grenoble', 'not_met'],
    ['estudio en Madrid', 'not_met'],
    ['ich studiere in Graz', 'met'],
    ["I'm a student", 'unknown'],
  ])('"%s" is %s', (said, status) => {
    expect(statusOf(rule, said)).toBe(status);
  });
});

describe('full-time availability', () => {
  it.each([
    ['Applicants must be available to work full time for the whole project.', 1],
    ['Part-time applications cannot be considered.', 1],
    ['Candidates must be available for at least 80% of a full week.', 0.8],
  ])('"%s" asks for %s', (text, min) => {
    expect(parseCriterion(text)).toContainEqual({ kind: 'availability', min });
  });
  it.each(['Part-time work is possible.', 'You must be present at CERN full-time.', 'This is a full-time position.'])(
    '"%s" asks no availability',
    (text) => {
      expect(parseCriterion(text).map((r) => r.kind)).not.toContain('availability');
    },
  );
  const rule = 'Applicants must be available to work full time for the whole project.';
  it.each([
    ['I can only work part-time', 'not_met'],
    ['ich kann nur Teilzeit arbeiten', 'not_met'],
    ['I can work full time', 'met'],
    ['I am available 60%', 'not_met'],
    ["I'm Italian", 'unknown'],
  ])('"%s" is %s', (said, status) => {
    expect(statusOf(rule, said)).toBe(status);
  });
});

describe('the first years of a research career', () => {
  it('reads "in the first four years of their research careers" as a cap on research experience', () => {
    expect(
      parseCriterion('Candidates must be in the first four years (full-time equivalent) of their research careers.'),
    ).toEqual([{ kind: 'max_experience', years: 4, byDeadline: false, research: true }]);
  });
  const rule = 'Candidates must be in the first four years (full-time equivalent) of their research careers.';
  it.each([
    ["master's in 2024", 'met'],
    ["master's in 2018", 'unknown'],
    ["master's in 2018, 6 years of experience", 'not_met'],
  ])('"%s" is %s', (said, status) => {
    expect(statusOf(rule, said)).toBe(status);
  });
});

describe('lists of criteria', () => {
  it('an introduction ending in ":" is informational', () => {
    const [c] = buildRules(posting('intro', ['To be eligible, candidates must:']));
    expect(c).toMatchObject({ informational: true, note: 'it introduces the criteria that follow' });
  });

  it('the items of an "either:" list are alternatives', () => {
    const p = posting('either', [
      'At the time of application, you are either:',
      'within five years of the award of your PhD, or',
      'within three years of your first permanent appointment.',
    ]);
    const r = judgeEligibility(p, extractFacts('PhD in 2012', now), now);
    expect(r.criteria[1]?.status).toBe('unknown');
    expect(r.verdict).toBe('unknown');
  });
});

describe('precision', () => {
  it('a country with which relations are held is no nationality asked', () => {
    expect(parseCriterion('Be a citizen of a country that has diplomatic relations with Japan.')).toEqual([]);
  });
  it('"not yet finished their master\'s" bars the master\'s', () => {
    expect(
      parseCriterion('Only undergraduates who have not yet finished their masters degree are eligible.'),
    ).toContainEqual({ kind: 'degree_not_held', degree: 'master' });
  });
  it('a bar on prior affiliation requires no affiliation', () => {
    expect(
      parseCriterion(
        'Persons with current or recent affiliation with the sponsoring laboratory may not be eligible.',
      ).map((r) => r.kind),
    ).not.toContain('affiliation');
  });
  it('"such a degree" points back to the doctoral degree', () => {
    expect(
      parseCriterion(
        'Applicants must have received a doctoral degree within four years of the application due date or expect to complete all requirements for such a degree before the start date.',
      ),
    ).toContainEqual(expect.objectContaining({ kind: 'degree_required', min: 'phd' }));
  });
  it('"the first four years" is no place to be present at', () => {
    expect(
      parseCriterion(
        'You must be in the first four years (full-time equivalent research experience) of your research career.',
      ).map((r) => r.kind),
    ).not.toContain('presence');
  });
});

describe('more of the shapes', () => {
  it('"completed their doctoral studies within 4 years before this call" dates the PhD from the deadline', () => {
    expect(parseCriterion('candidates who completed their doctoral studies within 4 years before this call')).toEqual([
      { kind: 'degree_recent', degree: 'phd', years: 4, from: 'deadline' },
    ]);
  });
  it('"or are about to finish your thesis" lets a PhD come by the start', () => {
    expect(parseCriterion('You have a PhD or are about to finish your thesis.')).toContainEqual(
      expect.objectContaining({ kind: 'degree_required', min: 'phd', by: 'start' }),
    );
  });
  it("a bachelor student holds no master's", () => {
    expect(
      statusOf("Only students who have not yet finished their master's degree are eligible.", "I'm a bachelor student"),
    ).toBe('met');
  });
});

describe('a group of states barred', () => {
  it.each([
    ['Students from CERN Member States or Associate Member States are not eligible for this programme.', 'cern'],
    ['Nationals of CERN Member States are not eligible.', 'cern'],
    ['EU citizens are not eligible for this scheme.', 'eu'],
  ])('"%s" excludes the group rather than requiring it', (text) => {
    expect(parseCriterion(text).map((r) => r.kind)).toEqual(['nationality_excluded']);
  });
  it('keeps "Only nationals of CERN Member States are eligible" a requirement', () => {
    expect(parseCriterion('Only nationals of CERN Member States are eligible.').map((r) => r.kind)).toEqual([
      'nationality',
    ]);
  });
  const bar = 'Students from CERN Member States or Associate Member States are not eligible for this programme.';
  it.each([
    ["I'm Brazilian", 'not_met'],
    ["I'm Egyptian", 'met'],
    ["I'm Spanish", 'not_met'],
  ])('"%s" is %s', (said, status) => {
    expect(statusOf(bar, said)).toBe(status);
  });
});

describe('the new facts carry over a conversation', () => {
  it('keeps a day of birth, a place of study and an availability said earlier', () => {
    const first = extractFacts("I'm 29, born on 3 May 1997, I study in Vienna", now);
    const later = mergeFacts(first, extractFacts('I can only work part-time', now));
    expect(later).toMatchObject({ birthDate: '1997-05-03', studyCountry: 'Austria', availability: -1, age: 29 });
  });
  it('forgets the day of birth when a new age is said', () => {
    const later = mergeFacts(extractFacts('born on 3 May 1997', now), extractFacts("I'm 31", now));
    expect(later.birthDate).toBeUndefined();
  });
});
