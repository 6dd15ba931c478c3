// A deadline cue whose last word is the date's preposition: "Applications closed on 5 January
// 2027" (the date is read as "on 5 January 2027", so the cue is read with it).
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/corpus/role.ts';
import { extractDates } from '../../src/facts/dates.ts';

const deadlineOf = (text: string) =>
  extractDates([{ text, line: 1, kind: 'text', section: 'none' } as Entry], new Date('2026-12-01')).deadline?.date ??
  null;

describe('a cue ending in the date preposition', () => {
  it.each([
    'Applications closed on 5 January 2027.',
    'The call closed on 5 January 2027',
    'Our call closes on 5 January 2027.',
  ])('"%s" is the deadline', (t) => {
    expect(deadlineOf(t)).toBe('2027-01-05');
  });

  it('reads no deadline from a date with no cue', () => {
    expect(deadlineOf('The group was founded on 5 January 2007.')).toBeNull();
  });
});
