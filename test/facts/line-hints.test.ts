// The per-line hints the fact readers test before their full expressions: what a line holds,
// worked out once per entry and the same after the memo has been cleared.
import { describe, expect, it } from 'vitest';
import {
  HINT_DEGREE,
  HINT_DURATION,
  HINT_PERMANENT,
  HINT_WORKLOAD,
  hints,
  lowerOf,
} from '../../src/facts/line-hints.ts';
import { entry } from './entry.ts';

const all = (e: ReturnType<typeof entry>) =>
  [HINT_DURATION, HINT_WORKLOAD, HINT_DEGREE, HINT_PERMANENT].map((bit) => hints(e, bit));

describe('line hints', () => {
  it("tells each reader whether a line holds one of its words' beginnings", () => {
    expect(all(entry('A two-year contract, full time.'))).toEqual([true, true, false, false]);
    expect(all(entry('PhD in physics; a permanent post'))).toEqual([false, false, true, true]);
    expect(all(entry('80 % of a post'))).toEqual([false, true, false, false]);
    expect(all(entry('Ein unbefristeter Vertrag für drei Jahre (Vollzeit)'))).toEqual([true, true, false, true]);
    expect(all(entry('Nothing to see here'))).toEqual([false, false, false, false]);
  });

  it('gives the same answers for an entry after thousands of others were read', () => {
    const first = entry('Contract of 24 months at 50% for a Master student');
    const before = all(first);
    expect(lowerOf(first)).toBe('contract of 24 months at 50% for a master student');
    for (let i = 0; i < 10_000; i++) all(entry(`line ${i} of a long posting, ${i % 7} years`));
    expect(all(first)).toEqual(before);
    expect(lowerOf(first)).toBe('contract of 24 months at 50% for a master student');
  });
});
