import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const titleOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0]?.title;

describe('a title a first sentence opens with', () => {
  it('takes the programme named before "at <host> is ..."', () => {
    expect(
      titleOf(
        'The Hopper Fellowship at Argonne is intended to attract outstanding computational scientists early in their careers.\n\nThe term is three years.\n',
      ),
    ).toBe('Hopper Fellowship');
  });

  it('takes the programme named before "was", "attracts" or "awards"', () => {
    expect(
      titleOf(
        'The Wu Postdoctoral Fellowship was created at the laboratory to attract young accelerator physicists.\n\nCandidates must hold a PhD.\n',
      ),
    ).toBe('Wu Postdoctoral Fellowship');
    expect(
      titleOf(
        'The Meitner Research Fellowship attracts outstanding young researchers to any of our programmes.\n\nFellows are appointed for two years.\n',
      ),
    ).toBe('Meitner Research Fellowship');
  });

  it('keeps a first line that is a title', () => {
    expect(titleOf('Detector Physicist\nThe Quantum Sensing Group is seeking a detector physicist.\n')).toBe(
      'Detector Physicist',
    );
  });
});
