// The small-field index must rank as MiniSearch did (it replaced MiniSearch's search for speed):
// the same documents, the same matched terms and the same scores, for exact, prefix and fuzzy
// terms, and removed documents must be gone.
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { FieldIndex } from '../../src/answers/field-index.ts';
import { indexTerm, words } from '../../src/answers/text.ts';

type Field = 'title' | 'skills';
const FIELDS: Field[] = ['title', 'skills'];
const BOOST = { title: 3, skills: 1.5 };
const tokenize = (text: string) => words(text).map((w) => w.norm);
const VOCAB = ['engineer', 'engineering', 'engine', 'physics', 'physicist', 'grid', 'grids', 'xrootd', 'monitor'];
const WORDS = [...VOCAB, 'monitoring', 'python', 'the', 'of', 'cms', 'atlas', 'alignment', 'alignmnet', 'eng'];

function both(docs: Array<Record<Field, string>>) {
  const ms = new MiniSearch<Record<Field, string> & { key: number }>({
    idField: 'key',
    fields: FIELDS,
    tokenize,
    processTerm: (t) => indexTerm(t) ?? null,
    searchOptions: { tokenize: (s) => s.split(' ').filter(Boolean), processTerm: (t) => t },
  });
  const fi = new FieldIndex<Field>({
    fields: FIELDS,
    boost: BOOST,
    tokenize,
    processTerm: indexTerm,
    prefix: (t) => t.length >= 3,
    fuzzy: (t) => (t.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
  });
  docs.forEach((d, i) => {
    ms.add({ key: i + 1, ...d });
    fi.add(i + 1, d);
  });
  const msSearch = (terms: string[]) =>
    ms.search(terms.join(' '), {
      boost: BOOST,
      prefix: (t) => t.length >= 3,
      fuzzy: (t) => (t.length >= 5 ? 0.2 : false),
      maxFuzzy: 2,
    });
  return { ms: msSearch, fi };
}

function asMap(keys: number[], scores: number[], masks: number[]) {
  return new Map(keys.map((k, i) => [k, { score: scores[i] as number, mask: masks[i] as number }]));
}

describe('FieldIndex', () => {
  it('scores exact, prefix and fuzzy matches as MiniSearch does', () => {
    const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 6 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: phrase, skills: phrase }), { minLength: 1, maxLength: 25 }),
        fc.uniqueArray(fc.constantFrom(...VOCAB, 'eng', 'alignmnet', 'phys', 'xrotd'), { minLength: 1, maxLength: 4 }),
        (docs, query) => {
          const { ms, fi } = both(docs);
          const terms = query.map((t) => indexTerm(t) ?? t);
          const uniq = [...new Set(terms)];
          const want = ms(uniq);
          const got = fi.search(uniq);
          const gotByKey = asMap(got.keys, got.scores, got.masks);
          expect([...gotByKey.keys()].sort((a, b) => a - b)).toEqual(want.map((r) => r.id).sort((a, b) => a - b));
          for (const r of want) {
            const g = gotByKey.get(r.id);
            expect(g?.score).toBeCloseTo(r.score, 9);
            const mask = r.queryTerms.reduce((m, t) => m | (1 << uniq.indexOf(t)), 0);
            expect(g?.mask).toBe(mask);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('forgets a removed document and rescores the rest without it', () => {
    const { fi } = both([
      { title: 'grid engineer', skills: 'xrootd' },
      { title: 'physics engineer', skills: 'monitoring' },
      { title: 'grid physicist', skills: '' },
    ]);
    const before = asMap(...(Object.values(fi.search(['grid'])) as [number[], number[], number[]]));
    expect([...before.keys()].sort()).toEqual([1, 3]);
    fi.remove(1);
    const after = fi.search(['grid']);
    expect(after.keys).toEqual([3]);
    // One fewer document holds "grid" among fewer documents: its weight changes.
    expect(after.scores[0]).not.toBeCloseTo(before.get(3)?.score as number, 6);
    expect(fi.search(['xrootd']).keys).toEqual([]);
    fi.add(4, { title: 'grid engineer', skills: 'xrootd' });
    expect(fi.search(['xrootd']).keys).toEqual([4]);
  });
});
