// A rate stated for an optional further period (a fourth year of teaching, an extension) is that
// period's, not the post's workload.
import { describe, expect, it } from 'vitest';
import { extractWorkload } from '../../src/facts/workload.ts';
import { entry } from './entry.ts';

const fteOf = (...lines: string[]) => extractWorkload(lines.map((t, i) => entry(t, { line: i + 1 })))?.fte ?? null;

describe('the rate of an optional further period', () => {
  it('is not the workload', () => {
    expect(fteOf('Teaching in a fourth year would be paid at a workload of 20 %.')).toBeNull();
    expect(fteOf('An additional year at a workload of 50% may follow if funding allows.')).toBeNull();
    expect(fteOf('Eine Verlängerung um ein weiteres Jahr ist mit einem Stellenumfang von 50 % möglich.')).toBeNull();
    expect(fteOf('Une année supplémentaire est possible à temps partiel, quotité 50 %.')).toBeNull();
    expect(fteOf('È prevista la proroga per un quarto anno con impegno orario del 30%.')).toBeNull();
  });

  it('leaves the post’s own rate beside it', () => {
    expect(
      fteOf(
        'The position is a full-time appointment (100 %) for three years.',
        'For a fourth year of lab teaching, the workload would be 30 %.',
      ),
    ).toBe(1);
    expect(fteOf('Workload: 80%. An extension by one more year is possible.')).toBe(0.8);
    expect(fteOf('Two-year contract with possible extension, workload 80%.')).toBe(0.8);
  });
});
