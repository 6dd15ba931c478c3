// Criteria in many phrasings -> rules, and the verdicts they give at the clock's date (our own texts).
import { describe, expect, it } from 'vitest';
import { cernStatesOn } from '../../src/eligibility/cern-membership.ts';
import { extractFacts, judgeEligibility } from '../../src/eligibility/index.ts';
import { matchField } from '../../src/eligibility/match-field.ts';
import { parseCriterion } from '../../src/eligibility/rules.ts';
import { posting } from './helpers.ts';

const kinds = (t: string) => parseCriterion(t).map((r) => r.kind);
const verdict = (criteria: string[], said: string, day: string, deadline?: string) => {
  const now = new Date(`${day}T12:00:00Z`);
  const p = posting(`p-${criteria.join('|').length}-${said.length}`, criteria, {
    deadline: deadline ? { text: deadline, line: 2, date: deadline } : null,
  });
  return judgeEligibility(p, extractFacts(said, now), now);
};

describe('age limits', () => {
  it.each([
    ['Applicants should be below the age of 32', 32, true],
    ['You must not be older than 35 years', 35, false],
    ['maximum age: 40 years', 40, false],
    ['candidates aged between 20 and 26 inclusive', 26, false],
    ['les candidats doivent avoir moins de 30 ans', 30, true],
    ['Bewerber müssen unter 30 Jahre alt sein', 30, true],
    ['i candidati non devono aver compiuto il 29° anno di età', 29, true],
    ['los solicitantes deben ser menores de 31 años', 31, true],
  ])('%s', (text, max, strict) => {
    expect(parseCriterion(text)).toContainEqual({ kind: 'max_age', max, strict });
  });
  it('counts an age limit at the closing date when it says so', () => {
    expect(parseCriterion('Candidates must be under 28 years of age at the closing date.')).toContainEqual({
      kind: 'max_age',
      max: 28,
      strict: true,
      at: 'deadline',
    });
  });
  it('judges the age said', () => {
    expect(verdict(['You must be under 30 years old.'], "I'm 30", '2026-01-01').verdict).toBe('not_eligible');
    expect(verdict(['You must be under 30 years old.'], "I'm 29", '2026-01-01').verdict).toBe('eligible');
    expect(verdict(['Not older than 35 years of age'], 'I am 35', '2026-01-01').verdict).toBe('eligible');
  });
});

describe('time since the PhD', () => {
  it('reads the window and its reference day', () => {
    expect(parseCriterion('PhD awarded no more than 3 years before the closing date')).toContainEqual({
      kind: 'degree_recent',
      degree: 'phd',
      years: 3,
      from: 'deadline',
    });
    expect(parseCriterion('Applicants must have received their doctorate within the last six years.')).toContainEqual({
      kind: 'degree_recent',
      degree: 'phd',
      years: 6,
      from: 'now',
    });
  });
  it('picks the window of the award, not of the thesis still in progress', () => {
    const rules = parseCriterion(
      'Applicants must be finishing their PhD (within six months) or have obtained their PhD within the past three years.',
    );
    expect(rules).toContainEqual({ kind: 'degree_recent', degree: 'phd', years: 3, from: 'now' });
  });
  it('judges the date said against the deadline', () => {
    const c = ['You hold a PhD obtained at most 5 years before the application deadline.'];
    expect(verdict(c, 'I got my PhD in 2019', '2026-03-01', '2026-04-01').verdict).toBe('not_eligible');
    expect(verdict(c, 'PhD in physics, 2023', '2026-03-01', '2026-04-01').verdict).toBe('eligible');
    expect(verdict(c, "I'm a PhD student", '2026-03-01', '2026-04-01').verdict).toBe('not_eligible');
    expect(verdict(c, 'I have a PhD', '2026-03-01', '2026-04-01').verdict).toBe('unknown');
  });
  it('a window of dates', () => {
    expect(parseCriterion('PhD conferred between March 1, 2022 and June 2027.')).toContainEqual({
      kind: 'degree_dated',
      degree: 'phd',
      after: '2022-03-01',
      before: '2027-06-30',
    });
    expect(parseCriterion('a doctorate awarded not earlier than 1 September 2020')).toContainEqual({
      kind: 'degree_dated',
      degree: 'phd',
      after: '2020-09-01',
    });
    expect(verdict(['PhD awarded after 1 January 2021.'], 'I got my PhD in 2018', '2026-01-01').verdict).toBe(
      'not_eligible',
    );
  });
});

describe('nationality with exclusions and exceptions', () => {
  it('non-X citizens, X nationals are not eligible', () => {
    expect(parseCriterion('This call is open to non-French nationals only')).toContainEqual({
      kind: 'nationality_excluded',
      countries: ['France'],
    });
    expect(kinds('Italian citizens are not eligible.')).toEqual(['nationality_excluded']);
    expect(verdict(['open to non-Swiss citizens'], "I'm Swiss", '2026-01-01').verdict).toBe('not_eligible');
    expect(verdict(['open to non-Swiss citizens'], "I'm Austrian", '2026-01-01').verdict).toBe('eligible');
  });
  it('states added to a group', () => {
    const [r] = parseCriterion('Nationals of CERN Member States; Japanese nationals are also eligible.');
    expect(r).toMatchObject({ kind: 'nationality', cern: 'member', also: ['Japan'] });
    expect(
      verdict(['Nationals of CERN Member States; Japanese nationals are also eligible.'], "I'm Japanese", '2026-01-01')
        .verdict,
    ).toBe('eligible');
    expect(
      verdict(['Nationals of CERN Member States; Japanese nationals are also eligible.'], "I'm Chilean", '2026-01-01')
        .verdict,
    ).toBe('not_eligible');
  });
  it('CERN states as of the clock, from accession dates', () => {
    expect(cernStatesOn('2020-01-01', 'member')).not.toContain('Estonia');
    expect(cernStatesOn('2025-01-01', 'member')).toContain('Estonia');
    expect(cernStatesOn('2023-01-01', 'member_or_associate')).not.toContain('Brazil');
    expect(cernStatesOn('2024-06-01', 'member_or_associate')).toContain('Brazil');
    expect(cernStatesOn('2010-01-01', 'member')).not.toContain('Israel');
    const c = ['You must be a national of a CERN Member State.'];
    expect(verdict(c, 'I am Estonian', '2022-05-01').verdict).toBe('not_eligible');
    expect(verdict(c, 'I am Estonian', '2025-05-01').verdict).toBe('eligible');
  });
});

describe('degree in a named field', () => {
  it('compares fields, across languages', () => {
    expect(matchField('particle physics', 'physics, mathematics or computer science')).toBe('match');
    expect(matchField('fisica', 'physics or astronomy')).toBe('match');
    expect(matchField('Informatik', 'computer science or a related field')).toBe('match');
    expect(matchField('biology', 'physics or a closely related field')).toBe('related');
    expect(matchField('history', 'physics, chemistry or engineering')).toBe('no_match');
  });
  it('a degree in another field is not met', () => {
    const c = ["You hold a master's degree in software engineering."];
    expect(verdict(c, "I have a master's in history", '2026-01-01').verdict).toBe('not_eligible');
    expect(verdict(c, "I have a master's in software engineering", '2026-01-01').verdict).toBe('eligible');
  });
});

describe('degrees excluded or not needed', () => {
  it('tells an exclusion from a degree that is not mandatory', () => {
    expect(kinds('Candidates holding a doctorate are not eligible.')).toContain('degree_not_held');
    expect(kinds('Applicants with a PhD cannot apply')).toContain('degree_not_held');
    const open = parseCriterion('A bachelor degree or higher is required (a PhD is not necessary).');
    expect(open.map((r) => r.kind)).not.toContain('degree_not_held');
    expect(open).toContainEqual({ kind: 'degree_required', min: 'bachelor' });
  });
  it('a degree aimed at is not a degree to hold', () => {
    expect(kinds('Your project must be part of the work needed to obtain your PhD.')).not.toContain('degree_required');
  });
});

describe('enrolment, residence, earlier posts, experience after the PhD', () => {
  it('enrolment', () => {
    expect(
      parseCriterion('You must be a student enrolled in a master programme (no doctoral students).'),
    ).toContainEqual({
      kind: 'enrolled',
      levels: ['master'],
    });
    const c = ['Applicants must be enrolled in a PhD programme.'];
    expect(verdict(c, "I'm a PhD student", '2026-01-01').verdict).toBe('eligible');
    expect(verdict(c, "I'm a master's student", '2026-01-01').verdict).toBe('not_eligible');
  });
  it('enrolment in a named field', () => {
    const c = ['The programme is intended for students preparing a doctoral thesis in chemistry or materials science.'];
    expect(parseCriterion(c[0] ?? '')).toContainEqual({
      kind: 'enrolled',
      levels: ['phd'],
      field: 'chemistry or materials science',
    });
    expect(verdict(c, "I'm a PhD student in history", '2026-01-01').verdict).toBe('not_eligible');
    expect(verdict(c, "I'm a doctoral student in chemistry", '2026-01-01').verdict).toBe('eligible');
  });
  it('residence required and residence limits', () => {
    expect(parseCriterion('You must reside in Austria when the fellowship starts.')).toContainEqual({
      kind: 'residence_required',
      country: 'Austria',
    });
    expect(parseCriterion('Candidates must not have resided in Spain for more than 24 months.')).toContainEqual({
      kind: 'max_residence',
      country: 'Spain',
      months: 24,
    });
    const c = ['Candidates must not have resided in Spain for more than 24 months.'];
    expect(verdict(c, "I've lived in Madrid for three years", '2026-01-01').verdict).toBe('not_eligible');
    expect(verdict(c, "I've lived in Madrid for one year", '2026-01-01').verdict).toBe('eligible');
  });
  it('no previous postdoctoral appointment, no permanent post', () => {
    expect(parseCriterion('No prior postdoctoral appointments.')).toContainEqual({
      kind: 'no_earlier_contract',
      kinds: ['postdoc'],
    });
    expect(verdict(['No prior postdoctoral appointments.'], "I'm a postdoc at Fermilab", '2026-01-01').verdict).toBe(
      'not_eligible',
    );
    expect(verdict(['You must not hold a tenured position.'], "I'm a lecturer", '2026-01-01').verdict).toBe(
      'not_eligible',
    );
  });
  it('years of experience after the PhD, in French too', () => {
    expect(parseCriterion("trois années d'expérience minimum après la thèse")).toContainEqual({
      kind: 'min_experience',
      years: 3,
      afterPhd: true,
    });
    const c = ['at least 4 years of research experience after the PhD'];
    expect(verdict(c, 'I got my PhD two years ago', '2026-01-01').verdict).toBe('not_eligible');
  });
  it('presence for a share of the time', () => {
    expect(parseCriterion('You can be present at CERN for at least 60% of your time')).toContainEqual({
      kind: 'presence',
      where: 'CERN',
      min: 0.6,
    });
    const c = ['You can be present at CERN for at least 60% of your time'];
    expect(verdict(c, 'I can be at CERN half the time', '2026-01-01').verdict).toBe('not_eligible');
    expect(verdict(c, 'I can be at CERN full time', '2026-01-01').verdict).toBe('eligible');
  });
});
