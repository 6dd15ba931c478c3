// A question names a city in its own language and finds the postings written in another:
// "postes à Genève", "Stellen in Genf" and "lavori a Ginevra" all find a posting in Geneva.
import { describe, expect, it } from 'vitest';
import { askerOfTexts } from './helpers.ts';

const { ask } = askerOfTexts(
  {
    'detector-geneva.txt': `Detector Engineer\n\nLocation: Geneva, Switzerland\nDeadline: 20 February 2027\n`,
    'grid-munich.txt': `Grid Operations Engineer\n\nLocation: München, Germany\nDeadline: 25 February 2027\n`,
    'optics-lund.txt': `Optics Physicist\n\nLocation: Lund, Sweden\nDeadline: 28 February 2027\n`,
  },
  { now: '2027-01-10' },
);
const titles = (q: string) => (ask(q).postings ?? []).map((p) => p.title);

describe('a city by its name in another language', () => {
  it.each(['postes à Genève', 'Stellen in Genf', 'posizioni a Ginevra?', 'empleos en Ginebra', 'jobs in geneva'])(
    '"%s" finds the posting in Geneva',
    (q) => {
      expect(titles(q)).toEqual(['Detector Engineer']);
    },
  );

  it('an English name finds a posting that writes the city its own way', () => {
    expect(titles('any jobs in Munich?')).toEqual(['Grid Operations Engineer']);
  });
});

describe('more cities of research centres by their local names', () => {
  const { ask: askMore } = askerOfTexts(
    {
      'theory-bologna.txt': `Lattice QCD Postdoc\n\nLocation: Bologna, Italy\nDeadline: 12 March 2027\n`,
      'cryo-leuven.md': `# Cryogenics Technician\n\n**Location:** Leuven, Belgium\n**Deadline:** 14 March 2027\n`,
      'optics-zaragoza.txt': `Laser Optics Engineer\n\nLocation: Zaragoza, Spain\nDeadline: 16 March 2027\n`,
    },
    { now: '2027-01-10' },
  );
  const found = (q: string) => (askMore(q).postings ?? []).map((p) => p.title);
  it.each([
    ['trabajos en Bolonia', 'Lattice QCD Postdoc'],
    ['anything in bolonia?', 'Lattice QCD Postdoc'],
    ['postes à Bologne', 'Lattice QCD Postdoc'],
    ['postes à Louvain', 'Cryogenics Technician'],
    ['empleos en Lovaina', 'Cryogenics Technician'],
    ['jobs in Saragossa', 'Laser Optics Engineer'],
    ['posizioni a Saragozza', 'Laser Optics Engineer'],
  ])('"%s" finds %s', (q, title) => {
    expect(found(q)).toEqual([title]);
  });
  it.each([
    ['when does the bolonia postdoc close', 'Lattice QCD Postdoc', /12 March 2027/],
    ['quand ferme le poste de Louvain ?', 'Cryogenics Technician', /14 March 2027/],
    ['scadenza del lavoro di saragozza', 'Laser Optics Engineer', /16 March 2027/],
  ])('"%s" names %s by its city', (q, title, says) => {
    const r = askMore(q);
    expect(r.postings.map((p) => p.title)).toEqual([title]);
    expect(r.text).toMatch(says);
  });
});
