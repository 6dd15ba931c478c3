// "software people", "jobs for data folks", "anything for devs?", "gente de software", "gens du
// logiciel": a field of work asked as the people who do it filters the set, by the postings'
// titles, or two of their duty and requirement lines; a passing mention does not count.
import { describe, expect, it } from 'vitest';
import { askerOfTexts } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'rse-geneva.txt': `Research Software Engineer

Location: Geneva, Switzerland
Deadline: 10 February 2027
`,
  'grid-devops.txt': `Grid Operations Specialist

Location: Karlsruhe, Germany
Deadline: 12 February 2027

Duties:
- maintain the software stack of the computing centre
- automate deployments with modern software tooling
`,
  'analysis-postdoc.txt': `Postdoctoral Researcher in Collider Physics

Location: Bologna, Italy
Deadline: 14 February 2027

Duties:
- analyse the data of the experiment
- write papers
`,
  'data-scientist.txt': `Data Scientist for Accelerator Operations

Location: Hamburg, Germany
Deadline: 16 February 2027
`,
  'pheno.txt': `Postdoc in Theoretical Phenomenology

Location: Durham, United Kingdom
Deadline: 18 February 2027
`,
};

const { ask } = askerOfTexts(POSTINGS, { now: '2027-01-10' });
const files = (q: string) =>
  ask(q)
    .postings.map((p) => p.source.file)
    .sort();

describe('a field of work asked as its people', () => {
  it.each([
    'software people',
    'jobs for software folks',
    'anything for devs?',
    'any openings for developers?',
    'gente de software?',
    'postes pour les gens du logiciel ?',
    'Stellen für Software-Leute?',
    'posizioni per persone di informatica?',
  ])('"%s" lists the software postings', (q) => {
    expect(files(q)).toEqual(['grid-devops.txt', 'rse-geneva.txt']);
  });

  it.each(['anything for data people', 'data folks?', 'trabajos para gente de datos'])(
    '"%s" lists the data postings, not a physics post that mentions data once',
    (q) => {
      expect(files(q)).toEqual(['data-scientist.txt']);
    },
  );

  it('"theory people?" finds the theoretical post', () => {
    expect(files('theory people?')).toEqual(['pheno.txt']);
  });

  it('quotes the lines that put a posting in the field when its title does not', () => {
    const r = ask('software people');
    expect(r.text).toMatch(/maintain the software stack of the computing centre" \(line 7\)/);
  });

  it.each(['software people in germany?', 'software folks in Germany', 'data people in germany'])(
    '"%s" combines with a country',
    (q) => {
      expect(files(q)).toEqual(q.startsWith('data') ? ['data-scientist.txt'] : ['grid-devops.txt']);
    },
  );
});
