// Deadline order, checked against the plain comparator it replaced (a packed numeric sort).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswerEnv, sortByDeadline } from '../../src/answers/context.ts';
import type { Posting } from '../../src/corpus/posting.ts';

const TODAY = '2026-11-22';

function reference(ps: Posting[]): Posting[] {
  const rank = (p: Posting) => (!p.deadline ? 1 : TODAY > p.deadline.date ? 2 : 0);
  return ps
    .map((p, i) => ({ p, i, rank: rank(p), date: p.deadline?.date ?? '' }))
    .sort((a, b) => {
      if (a.rank !== b.rank) return a.rank - b.rank;
      if (a.date !== b.date) return (a.rank === 2 ? a.date < b.date : a.date > b.date) ? 1 : -1;
      return a.i - b.i;
    })
    .map((k) => k.p);
}

describe('sortByDeadline', () => {
  it('puts open postings first, soonest first, then undated, then closed, latest first; ties keep their order', () => {
    const env = { today: TODAY } as AnswerEnv;
    const date = fc.constantFrom('2026-11-01', '2026-11-21', '2026-11-22', '2026-11-23', '2027-01-15', '2025-06-30');
    fc.assert(
      fc.property(fc.array(fc.option(date, { nil: null }), { maxLength: 40 }), (dates) => {
        const ps = dates.map((d, i) => ({ id: `p${i}`, deadline: d ? { date: d } : null }) as unknown as Posting);
        expect(sortByDeadline(env, ps).map((p) => p.id)).toEqual(reference(ps).map((p) => p.id));
      }),
      { numRuns: 500 },
    );
  });
});
