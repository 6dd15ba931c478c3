// Set questions typed the way people chat: a country's short name or name in lower case ("jobs
// in uk", "anything in the us", "posti in italia"), the country's name in another language that
// is also a demonym there ("trabajos en Suiza"), and the chat words for jobs of five languages
// ("lavori", "posizioni", "trabajos", "Jobs", "boulots") as a question about several postings.
import { describe, expect, it } from 'vitest';
import { askerOfTexts } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'oxford-optics.txt': `Laser Optics Research Assistant

Location: Oxford, United Kingdom
Deadline: 10 February 2027
`,
  'didcot-laser.txt': `Laser Plasma Physicist

Location: Didcot, UK
Deadline: 20 February 2027
`,
  'chicago-dune.txt': `Neutrino Detector Postdoc

Location: Chicago, United States
Deadline: 12 February 2027
`,
  'padova-silicon.txt': `Silicon Sensor Engineer

Location: Padova, Italy
Deadline: 14 February 2027
`,
  'zurich-cryo.txt': `Cryogenics Technician

Location: Zurich, Switzerland
Deadline: 16 February 2027
`,
  'grenoble-magnets.txt': `Ingénieur aimants supraconducteurs

Lieu : Grenoble, France
Date limite : 18 février 2027
`,
};

const { ask } = askerOfTexts(POSTINGS, { now: '2027-01-10' });
const files = (q: string) => ask(q).postings.map((p) => p.source.file);

describe('a country typed in lower case', () => {
  it.each([
    ['jobs in uk', 'oxford-optics.txt', 'didcot-laser.txt'],
    ['anything in the uk?', 'oxford-optics.txt', 'didcot-laser.txt'],
    ['anything in the us', 'chicago-dune.txt'],
    ['any postdocs in the usa?', 'chicago-dune.txt'],
    ['postes aux usa ?', 'chicago-dune.txt'],
    ['posti in italia', 'padova-silicon.txt'],
    ['jobs in italy pls', 'padova-silicon.txt'],
    ['stellen in der schweiz', 'zurich-cryo.txt'],
  ])('"%s" lists the postings in that country', (q, ...expected) => {
    expect(files(q)).toEqual(expected);
  });

  it('"near us" is near the asker, not the United States', () => {
    expect(files('jobs near us')).not.toEqual(['chicago-dune.txt']);
  });
});

describe("a country's name that is also a demonym", () => {
  it.each([
    ['trabajos en Suiza', 'zurich-cryo.txt'],
    ['¿hay algo en suiza?', 'zurich-cryo.txt'],
  ])('"%s" names the country', (q, file) => {
    expect(files(q)).toEqual([file]);
  });
});

describe('the chat words for jobs', () => {
  it.each([
    ['lavori in francia', 'grenoble-magnets.txt'],
    ['ci sono lavori in Italia?', 'padova-silicon.txt'],
    ['posizioni in svizzera?', 'zurich-cryo.txt'],
    ['trabajos en Francia', 'grenoble-magnets.txt'],
    ['Gibt es Jobs in Frankreich?', 'grenoble-magnets.txt'],
    ['des boulots en france ?', 'grenoble-magnets.txt'],
    ['any gigs in the uk', 'oxford-optics.txt', 'didcot-laser.txt'],
  ])('"%s" asks for a list', (q, ...expected) => {
    expect(files(q)).toEqual(expected);
  });

  it.each(['lavori?', 'trabajos', 'boulots ?', 'Jobs?', 'posizioni aperte'])('"%s" alone lists them all', (q) => {
    expect(files(q)).toHaveLength(6);
  });
});

describe('a question whose only naming words are a city', () => {
  it.each([
    ["cosa c'è a padova?", 'padova-silicon.txt'],
    ['was gibt es in Zürich?', 'zurich-cryo.txt'],
    ['qué hay en grenoble?', 'grenoble-magnets.txt'],
    ["what's near oxford", 'oxford-optics.txt'],
    ['anything in didcot?', 'didcot-laser.txt'],
  ])('"%s" lists the postings there', (q, file) => {
    expect(files(q)).toEqual([file]);
  });
});

describe('chat abbreviations', () => {
  it.each(['anything open rn?', 'whats open atm'])('"%s" names no posting', (q) => {
    expect(files(q)).toHaveLength(6);
  });
});
