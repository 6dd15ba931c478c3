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
