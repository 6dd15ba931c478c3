// The right to work said of no country ("I need a visa", "I hold a work permit") is judged for
// the country the posting asks it of; a question ("do I need a visa?") says nothing of the asker.
import { describe, expect, it } from 'vitest';
import { extractFacts, judgeEligibility } from '../../src/eligibility/index.ts';
import { posting } from './helpers.ts';

const now = new Date('2026-11-22T12:00:00Z');
const uk = posting('uk-right-to-work', ['You must have the right to work in the United Kingdom.']);
const status = (said: string) => judgeEligibility(uk, extractFacts(said, now), now).criteria[0]?.status;

describe('a visa or permit said of no country', () => {
  it.each([
    ['I need a visa', 'not_met'],
    ["i'd need visa sponsorship", 'not_met'],
    ['japanese, would need a work permit', 'not_met'],
    ["I don't have a work permit", 'not_met'],
    ['I hold a valid work permit', 'met'],
    ['i live in the uk and have a work visa', 'met'],
  ])('"%s" is %s', (said, expected) => {
    expect(status(said)).toBe(expected);
  });

  it.each(['do I need a visa?', 'would I need a work permit for this?', 'does one need sponsorship'])(
    '"%s" asks, it says nothing',
    (said) => {
      expect(extractFacts(said, now).workPermitUnplaced).toBeUndefined();
      expect(status(said)).toBe('unknown');
    },
  );

  it('a country said wins over the unplaced words', () => {
    expect(status('I need a visa for the UK')).toBe('not_met');
    expect(extractFacts('I need a visa for the UK', now).workPermitUnplaced).toBeUndefined();
  });
});
