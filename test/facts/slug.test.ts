// A posting id's slug: text without accents is slugged without the Unicode decomposition,
// which changes nothing in it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slug } from '../../src/facts/build-posting.ts';

const decomposed = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w && !['a', 'an', 'the', 'of', 'in', 'for', 'and', 'to', 'at', 'on'].includes(w))
    .slice(0, 5)
    .join('-');

describe('slug', () => {
  it('gives what the decomposing slug gives, for ASCII and accented titles', () => {
    expect(slug('Postdoctoral Researcher in the ATLAS Experiment')).toBe('postdoctoral-researcher-atlas-experiment');
    expect(slug('Ingénieur·e logiciel à l’IJCLab')).toBe(decomposed('Ingénieur·e logiciel à l’IJCLab'));
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) }), (t) => {
        expect(slug(t)).toBe(decomposed(t));
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (t) => {
        expect(slug(t)).toBe(decomposed(t));
      }),
    );
  });
});
