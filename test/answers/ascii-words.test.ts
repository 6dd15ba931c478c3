// The whole-text index's ASCII word scan (src/answers/ascii-words.ts) against the patterns it
// replaces: the same words at the same places, and an index built through it the same as one
// built with the Unicode pattern.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AsciiWords, sameWord, wordAt, wordHashOf } from '../../src/answers/ascii-words.ts';
import { Scratch } from '../../src/answers/scoring.ts';
import { TextIndex } from '../../src/answers/text-index.ts';

const asciiWordRe = /[a-z0-9]+(?:'[a-z]+)?(?:\+\+|#)?/g;

function byRegex(text: string): Array<[number, number, string]> {
  const clean = text.replaceAll('`', "'").toLowerCase();
  return [...clean.matchAll(asciiWordRe)].map((m) => [m.index, m.index + m[0].length, m[0]]);
}

function byScan(text: string): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  const scan = new AsciiWords().reset(text);
  while (scan.next()) {
    const word = wordAt(text, scan.from, scan.to);
    expect(scan.hash).toBe(wordHashOf(word));
    expect(sameWord(text, scan.from, scan.to, word)).toBe(true);
    out.push([scan.from, scan.to, word]);
  }
  expect(scan.next()).toBe(false);
  return out;
}

// Texts from the characters the patterns care about, and some they do not.
const asciiText = fc
  .array(fc.constantFrom(..."aZq09 ++##''``..,-_/()\n\tCcSsIi".split(''), 'C++', "it's", 'x`y'), {
    maxLength: 60,
    size: 'medium',
  })
  .map((parts) => parts.join(''));
const anyAscii = fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) });

describe('the ASCII word scan', () => {
  it('finds the words the ASCII pattern finds in the lowercased text', () => {
    for (const t of ["Physicist's C++ and C# it's", "rock'n'roll `quoted` a'' b'c'd a'0", 'x++ y+ z# ##', '', "'a"])
      expect(byScan(t)).toEqual(byRegex(t));
    fc.assert(
      fc.property(asciiText, (t) => {
        expect(byScan(t)).toEqual(byRegex(t));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(anyAscii, (t) => {
        expect(byScan(t)).toEqual(byRegex(t));
      }),
      { numRuns: 2000 },
    );
  });

  it('tells a different word of the same hash apart', () => {
    expect(wordHashOf('ba')).toBe(wordHashOf('d#'));
    expect(sameWord('xBa', 1, 3, 'ba')).toBe(true);
    expect(sameWord('xBa', 1, 3, 'd#')).toBe(false);
    expect(sameWord('xBa', 1, 3, 'baa')).toBe(false);
  });
});

/** Every document's score for each of `terms`, searched alone. */
function scores(index: TextIndex, terms: string[]): Array<Array<[number, number]>> {
  return terms.map((t) => {
    const into = new Scratch();
    into.reset(64);
    index.searchInto([t], into, 1);
    return into.touched.map((k) => [k, into.score[k] as number] as [number, number]).sort((a, b) => a[0] - b[0]);
  });
}

describe('the whole-text index', () => {
  it('holds the same terms and scores whether ASCII text is scanned or read with the Unicode pattern', () => {
    fc.assert(
      fc.property(fc.array(asciiText, { minLength: 1, maxLength: 12 }), (texts) => {
        const fast = new TextIndex();
        const slow = new TextIndex();
        texts.forEach((t, i) => {
          fast.add(i + 1, t);
          slow.add(i + 1, t, false);
        });
        // Removing and re-adding a document goes through words already in the table.
        fast.remove(1);
        slow.remove(1);
        fast.add(texts.length + 1, texts[0] as string);
        slow.add(texts.length + 1, texts[0] as string, false);
        const terms = [...new Set(texts.flatMap((t) => byRegex(t).map(([, , w]) => w.replace(/'/g, ''))))];
        expect(scores(fast, terms)).toEqual(scores(slow, terms));
        for (const t of terms) expect(fast.has(t)).toBe(slow.has(t));
      }),
    );
  });

  it('keeps words of the same hash apart', () => {
    const fast = new TextIndex();
    const slow = new TextIndex();
    for (const [i, t] of ['ba d# ba', 'D# only', 'BA BA ba'].entries()) {
      fast.add(i + 1, t);
      slow.add(i + 1, t, false);
    }
    expect(scores(fast, ['ba', 'd#', 'only'])).toEqual(scores(slow, ['ba', 'd#', 'only']));
    expect(scores(fast, ['ba'])[0]?.map(([k]) => k)).toEqual([1, 3]);
  });

  it('grows its word table past its first size', () => {
    const fast = new TextIndex();
    const slow = new TextIndex();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36)}x`);
    for (let d = 0; d < 50; d++) {
      const text = words.slice(d * 100, d * 100 + 150).join(' ');
      fast.add(d + 1, text);
      slow.add(d + 1, text, false);
    }
    expect(scores(fast, words.slice(0, 300))).toEqual(scores(slow, words.slice(0, 300)));
  });
});
