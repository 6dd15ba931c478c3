// Whether a posting requires, accepts or excludes a degree, from lines of our own.
import { describe, expect, it } from 'vitest';
import { degreeStance, degreesIn } from '../../src/answers/degree-requirement.ts';
import type { Posting } from '../../src/corpus/posting.ts';

function posting(eligibility: string[], text = eligibility.join('\n'), desired: string[] = []): Posting {
  return {
    eligibility: eligibility.map((t, i) => ({ text: t, line: i + 2 })),
    requiredSkills: [],
    desiredSkills: desired.map((t, i) => ({ text: t, line: i + 20 })),
    text,
    source: { file: 'x.md', line: 1 },
  } as unknown as Posting;
}

describe('degreeStance', () => {
  it.each([
    ['You hold a PhD in physics.', 'requires'],
    ['Applicants must have completed a doctorate in astronomy', 'requires'],
    ['A PhD or equivalent research experience.', 'accepts'],
    ["A master's degree or a PhD in computing.", 'accepts'],
    ['A PhD is an advantage.', 'accepts'],
    ['A PhD is not mandatory.', 'accepts'],
    ['Ideally a PhD in particle physics.', 'accepts'],
    ['You must not hold a PhD.', 'excludes'],
    ["You can't hold a PhD.", 'excludes'],
    ['Candidates without a PhD degree, at most 2 years after their master.', 'excludes'],
    ['This call is for PhD students enrolled in our doctoral school.', 'students'],
    ['Vous êtes titulaire d’un doctorat en physique.', 'requires'],
    ['Sie haben eine abgeschlossene Promotion.', 'requires'],
    ['È richiesto il dottorato di ricerca.', 'requires'],
    ['Se requiere un doctorado en física o un máster.', 'accepts'],
  ])('"%s" -> %s', (line, stance) => {
    expect(degreeStance(posting([line]), 'phd').stance).toBe(stance);
  });

  it('reads no degree in an address', () => {
    expect(degreeStance(posting(['Contact: phd-office@lab.example.org']), 'phd').stance).toBe('silent');
  });

  it('a desired line only accepts', () => {
    expect(degreeStance(posting([], '', ['A PhD in physics']), 'phd').stance).toBe('accepts');
  });

  it('reads the requirement sentences of the text when no criterion names the degree', () => {
    const p = posting([], 'We study dark matter.\nCandidates should hold a Ph.D. in physics.\nSalary: 3,000 EUR.');
    expect(degreeStance(p, 'phd')).toEqual({
      stance: 'requires',
      quote: { text: 'Candidates should hold a Ph.D. in physics.' },
    });
  });

  it('quotes the line that decides', () => {
    const s = degreeStance(posting(['You are a national of a member state.', 'You hold a PhD.']), 'phd');
    expect(s.quote).toEqual({ text: 'You hold a PhD.', line: 3 });
  });
});

describe('degreesIn', () => {
  it.each([
    ['which jobs need a PhD?', 'phd'],
    ["jobs for a master's graduate", 'master'],
    ['quels postes exigent un doctorat', 'phd'],
    ['welche Stellen verlangen eine Promotion', 'phd'],
    ['posizioni con laurea magistrale', 'master'],
    ['puestos para licenciatura', 'bachelor'],
  ])('"%s" names %s', (text, level) => {
    expect(degreesIn(text)[0]?.level).toBe(level);
  });
});
