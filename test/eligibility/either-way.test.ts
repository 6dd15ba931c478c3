// A criterion with two ways in, each a degree with its own condition (src/eligibility/rule-either.ts):
// the asker who meets one of them is not refused; one who meets neither is.
import { describe, expect, it } from 'vitest';
import { extractFacts, judgeEligibility } from '../../src/eligibility/index.ts';
import { parseCriterion } from '../../src/eligibility/rules.ts';
import { posting } from './helpers.ts';

const now = new Date('2026-11-22T12:00:00Z');
const judged = (criterion: string, said: string) =>
  judgeEligibility(posting('either', [criterion]), extractFacts(said, now), now);

describe('a criterion with two ways in', () => {
  const years = 'An MSc with 10 years of experience or a BSc with 4.';
  it.each([
    ['I have a BSc and 5 years of work experience in industry', 'met'],
    ['MSc, 12 years working as an engineer', 'met'],
    ['I have a BSc and 2 years of work experience in industry', 'not_met'],
    ['I have a BSc', 'unknown'],
  ])('"%s" is %s for "an MSc with 10 years or a BSc with 4"', (said, status) => {
    expect(judged(years, said).criteria[0]?.status).toBe(status);
  });

  const degrees =
    'You hold a doctorate in physics at most three years after graduation or a master in engineering at most eight years after graduation.';
  it.each([
    ['master in engineering 2021, no PhD', 'not_met', false],
    ['master in engineering 2021', 'not_met', false],
    ['I got my PhD in physics in 2025', 'met', true],
  ])('"%s" is not refused when one side fits (%s, %s)', (said, _status, phdSide) => {
    const r = judged(degrees, said).criteria[0];
    expect(r?.status).not.toBe('not_met');
    if (phdSide) expect(r?.status).toBe('met');
  });

  it('refuses one who meets neither side', () => {
    expect(judged(degrees, 'I have a bachelor in history').verdict).toBe('not_eligible');
  });

  it('a bare choice of degrees stays one rule', () => {
    expect(parseCriterion("a bachelor's or master's degree in physics")[0]?.kind).not.toBe('any_of');
    expect(parseCriterion('a PhD or a master with relevant experience')[0]?.kind).not.toBe('any_of');
  });

  it('the right side counts what the left side counts', () => {
    const [rule] = parseCriterion('A Masters with 8 years of relevant experience, or a Bachelors with 12');
    expect(rule?.kind).toBe('any_of');
    const options = rule?.kind === 'any_of' ? rule.options : [];
    expect(options[1]).toContainEqual({ kind: 'min_experience', years: 12 });
  });
});

describe('years with a skill', () => {
  const k8s = 'At least 3 years of professional experience with Kubernetes.';
  it.each([
    ['5 yrs k8s', 'met'],
    ['I have 4 years of Kubernetes', 'met'],
    ['swiss, phd, 2 years k8s', 'not_met'],
    ['two years of experience with kubernetes and a PhD', 'not_met'],
  ])('"%s" is %s for experience with Kubernetes', (said, status) => {
    expect(judged(k8s, said).criteria[0]?.status).toBe(status);
  });

  it('years with another skill say nothing of it', () => {
    expect(judged(k8s, '6 years of Python').criteria[0]?.status).toBe('unknown');
  });
});

describe('a PhD being completed as a way in', () => {
  const call =
    'Applicants must either be in the process of completing their PhD, or have received their PhD within the past four years.';
  it.each([
    ['I finish my PhD next spring', 'met'],
    ["i'm a phd student, defending in june", 'met'],
    ['PhD 2024', 'met'],
    ['PhD in 2012', 'not_met'],
    ['I have a master’s', 'not_met'],
  ])('"%s" is %s', (said, status) => {
    expect(judged(call, said).criteria[0]?.status).toBe(status);
  });

  it('also for a conferred PhD or its completion by the start', () => {
    const c =
      'PhD conferred within the past two years or completion of PhD requirements by the start of the appointment.';
    expect(judged(c, 'finishing my phd in march').criteria[0]?.status).toBe('met');
    expect(judged(c, 'PhD in 2015').criteria[0]?.status).toBe('not_met');
  });
});
