// "Jobs in Switzerland" when a posting says only "Geneva", names its site ("PSI") or writes the
// country in its own language ("Deutschland"); and kinds of post in the plural ("postdocs in
// China", "fellowships in the US") asked as a list, not as the name of one posting.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { askerOfTexts, type JsonReply } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'geneva-engineer.md': `# Controls Engineer

Organisation: Observatoire de Genève
Location: Geneva
Deadline: 15 March 2027

We look for an engineer for the telescope control software.
`,
  'psi-postdoc.txt': `Postdoc in Neutron Optics

The Paul Scherrer Institute PSI offers a postdoctoral position in neutron optics.
Closing date: 20 March 2027
`,
  'tennessee-fellowship.txt': `Distinguished Computing Fellowship

Location: Knoxville, TN 37996
A three-year fellowship in scientific computing.
Applications close on 1 April 2027.
`,
  'bonn-researcher.txt': `Wissenschaftlicher Mitarbeiter (m/w/d) Teilchenphysik

Für unsere Arbeitsgruppe suchen wir Verstärkung; die Stelle ist in Deutschland zu besetzen.
Bewerbungsschluss: 31.03.2027
`,
  'beijing-postdoc.txt': `Postdoctoral researcher in cosmic-ray physics

Location: Beijing
Postdocs join the cosmic-ray group for two years.
Deadline: 10 April 2027
`,
  'lisbon-developer.txt': `Software Developer for the Science Ground Segment

Location: Lisbon
Deadline: 12 April 2027
`,
};

const { ask, dir } = askerOfTexts(POSTINGS);
const files = (r: JsonReply) => r.postings.map((p) => p.source.file).sort();

describe('the country of a posting that does not write it', () => {
  it('places a city, a research site and a city with a state code in their countries', () => {
    expect(files(ask('which jobs are in Switzerland?'))).toEqual(['geneva-engineer.md', 'psi-postdoc.txt']);
    expect(files(ask('any jobs in the United States?'))).toEqual(['tennessee-fellowship.txt']);
    expect(files(ask('positions in Portugal'))).toEqual(['lisbon-developer.txt']);
  });

  it("reads the country's name in the posting's own language", () => {
    expect(files(ask('jobs in Germany'))).toEqual(['bonn-researcher.txt']);
  });

  it('keeps the country fact to what the posting states (check output never guesses)', async () => {
    const { postings } = await loadCorpus(dir());
    const geneva = postings.find((p) => p.source.file === 'geneva-engineer.md');
    expect(geneva?.location?.text).toBe('Geneva');
    expect(geneva?.country).toBeNull();
  });

  it('does not place a posting in a country it is not in', () => {
    expect(files(ask('jobs in France'))).toEqual([]);
    expect(files(ask('which jobs are in China?'))).toEqual(['beijing-postdoc.txt']);
  });
});

describe('kinds of post in the plural are a list', () => {
  it.each([
    ['postdocs in China', ['beijing-postdoc.txt']],
    ['any postdoc in Switzerland?', ['psi-postdoc.txt']],
    ['fellowships in the US', ['tennessee-fellowship.txt']],
  ])('"%s"', (q, want) => {
    const r = ask(q);
    expect(files(r)).toEqual(want);
    expect(r.text).toMatch(/^\d+ postings?\b/);
  });
});

describe('a part of an organisation the postings do not name', () => {
  it.each([
    ['which jobs are in the telescope team?', ['geneva-engineer.md']],
    ['which roles are in the neutron optics group?', ['psi-postdoc.txt']],
  ])('"%s" lists the postings of its other words', (q, want) => {
    expect(files(ask(q))).toEqual(want);
  });

  it('keeps the word when a posting says it beside the others', () => {
    expect(files(ask('which jobs are in the cosmic-ray group?'))).toEqual(['beijing-postdoc.txt']);
  });
});

describe('the country as the question writes it, in another language', () => {
  it.each([
    ['y a-t-il des postdocs en Chine ?', ['beijing-postdoc.txt']],
    ['gibt es Stellen in der Schweiz?', ['geneva-engineer.md', 'psi-postdoc.txt']],
    ['ci sono posizioni in Portogallo?', ['lisbon-developer.txt']],
  ])('"%s" filters by the country, not by its name as a word', (q, want) => {
    const r = ask(q);
    expect(files(r)).toEqual(want);
    expect(r.text).not.toMatch(/matching '[^']*(Chine|Schweiz|Portogallo)/);
    // Italian "ci" ("there are") is no skill: CI is written in capitals.
    expect(r.text).not.toMatch(/asking for CI/);
  });
});

const cern = askerOfTexts({
  'cern-fellow.txt': 'Senior Fellow in Accelerator Physics\n\nCERN offers a senior fellowship.\nDeadline: 1 May 2027\n',
  'oslo-postdoc.txt': 'Postdoc in Cosmology\n\nLocation: Oslo\nDeadline: 2 May 2027\n',
});

describe('a city or site in a set question', () => {
  it('lists the postings located there, or at a research site in or near it', () => {
    expect(files(ask('which positions are in Geneva?'))).toEqual(['geneva-engineer.md']);
    expect(files(ask('anything in Lisbon?'))).toEqual(['lisbon-developer.txt']);
    expect(files(ask('postes à Beijing ?'))).toEqual(['beijing-postdoc.txt']);
    expect(files(ask('any jobs near Knoxville?'))).toEqual(['tennessee-fellowship.txt']);
  });

  it('takes a site by its town: CERN is near Geneva', () => {
    expect(files(cern.ask('jobs in Geneva?'))).toEqual(['cern-fellow.txt']);
    expect(files(cern.ask('which jobs are in Oslo?'))).toEqual(['oslo-postdoc.txt']);
  });

  it('does not read a month as a town, nor place a posting in a city it is not in', () => {
    expect(ask('deadlines in March').text).not.toMatch(/postings? in March/);
    expect(files(ask('which positions are in Lisbon?'))).not.toContain('geneva-engineer.md');
  });
});
