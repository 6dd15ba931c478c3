import { describe, expect, it } from 'vitest';
import { extractDegree } from '../../src/facts/degree.ts';
import { entry } from './entry.ts';

const degreeOf = (...lines: string[]) => extractDegree(lines.map((t, i) => entry(t, { line: i + 1 })));

describe('a degree named by its level', () => {
  it('reads "BSc level or above" and "Bachelor level and above" as a bachelor', () => {
    expect(degreeOf('You hold a university degree (BSc level or above) in engineering.')).toBe('bachelor');
    expect(degreeOf('The programme is open to recent graduates at Bachelor level and above.')).toBe('bachelor');
  });

  it('reads "at Master\'s level in physics" as a master', () => {
    expect(degreeOf("You have graduated at Master's level in Applied Physics or a related subject.")).toBe('master');
    expect(degreeOf('Applicants must hold a degree at MSc level in astronomy.')).toBe('master');
  });

  it('does not read courses of a level as a degree', () => {
    expect(degreeOf('You will teach PhD level courses in statistics.')).toBe(null);
  });
});

describe("a form's education field", () => {
  it('asks for the degree it names', () => {
    expect(degreeOf("Niveau d'études souhaité : BAC+5")).toBe('master');
    expect(degreeOf("Niveau d'études souhaité : Niveau 7 - (Bac+5 et plus)")).toBe('master');
    expect(degreeOf('Minimum qualification: PhD in Astrophysics')).toBe('phd');
  });

  it('does not ask for the degree an apprentice studies for', () => {
    expect(degreeOf('Niveau de diplôme préparé : BAC+3')).toBe(null);
  });
});

describe('other ways of naming a degree', () => {
  it('reads a British honours degree as a bachelor', () => {
    expect(degreeOf('Candidates must have at least an upper second class honours degree in physics.')).toBe('bachelor');
  });

  it('reads "die kürzlich promoviert haben" as a PhD', () => {
    expect(degreeOf('Wir suchen Physikerinnen und Physiker, die kürzlich promoviert haben.')).toBe('phd');
  });
});

describe('a degree that is excluded or only enrolled in', () => {
  it('excludes the degree after a negated hold and an article', () => {
    expect(degreeOf('· No estar en posesión del título de doctor.')).toBe(null);
    expect(degreeOf('Non essere in possesso del dottorato di ricerca.')).toBe(null);
  });

  it('does not ask for a doctorate one is enrolled in', () => {
    expect(degreeOf('Estar matriculado/a en un programa de doctorado de la universidad.')).toBe(null);
    expect(degreeOf('Estar matriculada en el programa de doctorado en física.')).toBe(null);
  });
});
