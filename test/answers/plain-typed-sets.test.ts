// Questions typed the way people type in chat: a lead-in ("quick q:", "hey bot,", "kurze Frage:")
// that names no posting; a city in lower case after a place
// preposition ("jobs near leipzig", "anything in trieste"), "something"/"quelque chose"/"algo"
// as the whole set, and the grant words of five languages ("grants", "scholarships", "borse",
// "becas") as the fellowships they name.
import { describe, expect, it } from 'vitest';
import { askerOfTexts } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'leipzig-lattice.txt': `Lattice QCD Software Developer

Location: Leipzig, Germany
Deadline: 10 February 2027
`,
  'trieste-fellowship.md': `# Junior Research Fellowship in Theoretical Cosmology

Location: Trieste, Italy
Deadline: 12 February 2027

The fellowship provides a stipend for two years.
`,
  'lyon-engineer.txt': `Data Acquisition Engineer

Location: Lyon, France
Deadline: 14 February 2027
`,
};

const { ask } = askerOfTexts(POSTINGS, { now: '2027-01-10' });
const files = (q: string) => ask(q).postings.map((p) => p.source.file);

describe('a city typed in lower case', () => {
  it.each([
    ['jobs near leipzig', 'leipzig-lattice.txt'],
    ['anything in trieste', 'trieste-fellowship.md'],
    ['whats open in lyon?', 'lyon-engineer.txt'],
  ])('"%s" lists the postings there', (q, file) => {
    expect(files(q)).toEqual([file]);
  });

  it('a lower-case word that is no town stays a search word', () => {
    expect(files('positions in software')).toEqual(['leipzig-lattice.txt']);
  });

  it('a month in lower case is a month, not a town', () => {
    expect(ask('deadlines in february').text).toMatch(/February 2027/);
  });
});

describe('"something" and its cognates ask for the set', () => {
  it.each(['hay algo en Francia?', 'something in France?', 'quelque chose en France ?'])('"%s"', (q) => {
    expect(files(q)).toEqual(['lyon-engineer.txt']);
  });
});

describe('grant words name fellowships', () => {
  it.each(['any grants?', 'any scholarships?', 'ci sono borse?', 'hay becas?', 'des bourses ?'])('"%s"', (q) => {
    expect(files(q)).toEqual(['trieste-fellowship.md']);
  });
});

describe('a chatty lead-in names no posting', () => {
  it.each([
    ['quick q: when does the lattice QCD job close?', /10 February 2027/],
    ['hey bot, anything in trieste?', /Trieste/],
    ['kurze Frage: wann ist die Frist für die Lyon Stelle?', /14 February 2027/],
  ])('"%s"', (q, says) => {
    const r = ask(q);
    expect(r.text).toMatch(says);
    expect(r.text).not.toMatch(/No posting (matches|mentions)|left it out/);
  });

  it('a greeting to the bot alone is still a greeting', () => {
    expect(ask('hey bot').text).toMatch(/^Hello!/);
  });
});
