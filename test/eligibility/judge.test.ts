import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts, judgeEligibility, mergeFacts } from '../../src/eligibility/index.ts';
import { catA, graduate, posting, ska } from './helpers.ts';

const now = new Date('2026-11-22T12:00:00Z');
const judge = (p: typeof graduate, text: string) => judgeEligibility(p, extractFacts(text, now), now);

describe('verdicts on the CERN graduate criteria (003)', () => {
  it('a PhD holder is not eligible, and the reason names the PhD', () => {
    const r = judge(graduate, 'am I eligible? I have a PhD.');
    expect(r.verdict).toBe('not_eligible');
    const failed = r.criteria.filter((c) => c.status === 'not_met');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.why.toLowerCase()).toContain('phd');
    expect(failed[0]?.line).toBe(11);
  });

  it("an Italian with a master's is unknown: experience and earlier contract are missing", () => {
    const r = judge(graduate, "I'm Italian with a master's");
    expect(r.verdict).toBe('unknown');
    expect(r.missing).toEqual([
      'years of professional experience since graduation',
      'whether you have had a CERN fellow or graduate contract',
    ]);
    expect(r.criteria[0]).toMatchObject({ status: 'met' });
    expect(r.criteria[0]?.why).toContain('Italy');
  });

  it("an Italian with a master's, 1 year of experience and no CERN contract is eligible", () => {
    const r = judge(graduate, "I'm Italian, I have a master's, 1 year of experience and I never had a CERN contract");
    expect(r.verdict).toBe('eligible');
    expect(r.criteria.map((c) => c.status)).toEqual(['met', 'met', 'met', 'unknown']);
    expect(r.criteria[3]?.why).toContain('informational');
  });

  it('facts given over several messages add up', () => {
    const first = extractFacts("I'm Italian with a master's", now);
    const second = extractFacts('1 year of experience; never had a CERN fellow or graduate contract', now);
    expect(judgeEligibility(graduate, mergeFacts(first, second), now).verdict).toBe('eligible');
  });

  it('an American is not eligible on nationality', () => {
    const r = judge(graduate, 'I am American');
    expect(r.verdict).toBe('not_eligible');
    expect(r.criteria[0]?.status).toBe('not_met');
    expect(r.missing).toEqual([]);
  });

  it.each(['I am Irish', 'I am Slovenian', 'I am Brazilian', "I'm Estonian", 'I am a Cypriot'])(
    '%s meets the nationality criterion',
    (text) => {
      expect(judge(graduate, text).criteria[0]?.status).toBe('met');
    },
  );

  it.each(['I am Chilean', 'I am Japanese', 'I am Russian'])('%s does not', (text) => {
    expect(judge(graduate, text).criteria[0]?.status).toBe('not_met');
  });

  it('too much experience, a former fellow, a PhD student', () => {
    expect(judge(graduate, "Italian, master's, 5 years of experience").verdict).toBe('not_eligible');
    expect(judge(graduate, 'I had a CERN fellowship').verdict).toBe('not_eligible');
    const student = judge(graduate, "I'm a PhD student");
    expect(student.verdict).toBe('unknown');
    expect(student.criteria[1]?.why).toContain('still studying');
  });

  it('a summer student is still asked about fellow or graduate contracts', () => {
    const r = judge(graduate, 'I was a CERN summer student');
    expect(r.criteria[2]?.status).toBe('unknown');
    expect(r.criteria[2]?.why).toContain('does not count');
  });

  it('counts experience up to a future application deadline', () => {
    const p = { ...graduate, id: '003-deadline', deadline: { text: 'by 1 June 2027', line: 2, date: '2027-06-01' } };
    const r = judge(p, "Italian, master's, 1.8 years of experience, never had a CERN contract");
    expect(r.verdict).toBe('not_eligible');
    expect(r.criteria[1]?.why).toContain('by the deadline');
  });

  it('with nothing said, asks for everything in order', () => {
    const r = judge(graduate, 'am I eligible?');
    expect(r.verdict).toBe('unknown');
    expect(r.missing).toEqual([
      'your nationality',
      'years of professional experience since graduation',
      'your highest degree',
      'whether you have had a CERN fellow or graduate contract',
    ]);
  });
});

describe('verdicts on the CMS Cat. A conditions (000)', () => {
  it('not affiliated with any CMS institute -> not eligible', () => {
    const r = judge(catA, 'am I eligible for the CMS PPD Cat A position? I am not affiliated with any CMS institute.');
    expect(r.verdict).toBe('not_eligible');
    expect(r.criteria[1]?.status).toBe('not_met');
  });
  it('affiliated and on site -> eligible', () => {
    expect(judge(catA, 'I work at INFN for CMS and I can relocate to Geneva').verdict).toBe('eligible');
  });
  it('remote only -> not eligible', () => {
    expect(judge(catA, 'I work at INFN for CMS but can only work remotely').verdict).toBe('not_eligible');
  });
});

describe('verdicts on the SKA requirements', () => {
  it('no right to work in the UK -> not eligible', () => {
    const r = judge(ska, "can I apply to the SKA data engineer job? I don't have the right to work in the UK");
    expect(r.verdict).toBe('not_eligible');
    expect(r.criteria[2]).toMatchObject({ status: 'not_met', line: 19 });
  });
  it('British or Irish nationals have the right to work in the UK', () => {
    expect(judge(ska, 'I am British').criteria[2]?.status).toBe('met');
    expect(judge(ska, 'I am Irish').criteria[2]?.status).toBe('met');
    expect(judge(ska, 'I am Italian').criteria[2]?.status).toBe('unknown');
  });
  it('minimum experience and degree', () => {
    expect(judge(ska, 'I have an MSc, 5 years of experience and a UK work visa').verdict).toBe('eligible');
    expect(judge(ska, 'I have an MSc, 1 year of experience and a UK work visa').verdict).toBe('not_eligible');
  });
});

describe('criteria to check yourself', () => {
  const p = posting('mixed', ['You are a national of a CERN Member State.', 'Excellent communication skills']);
  it('do not block a not_eligible verdict', () => {
    expect(judge(p, 'I am American').verdict).toBe('not_eligible');
  });
  it('keep the verdict unknown and are listed as missing', () => {
    const r = judge(p, 'I am French');
    expect(r.verdict).toBe('unknown');
    expect(r.criteria[1]?.why).toContain('to check yourself');
    expect(r.missing).toEqual(['to check yourself: "Excellent communication skills"']);
  });
  it('a posting without criteria is unknown, not eligible', () => {
    expect(judge(posting('none', []), 'I am French').verdict).toBe('unknown');
  });
});

describe('robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const facts = extractFacts(text, now);
        for (const p of [graduate, catA, ska]) judgeEligibility(p, facts, now);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary criteria or unicode text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 120 }), { maxLength: 5 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (crit, text) => {
          const p = posting(`fuzz-${crit.join('|').length}`, crit);
          const r = judgeEligibility(p, extractFacts(text, now), now);
          expect(['eligible', 'not_eligible', 'unknown']).toContain(r.verdict);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is fast on long hostile input', () => {
    // The best of three runs, after a warm-up: a bound on the work, not on the machine's load (a
    // shared CI machine can stall one run for a scheduler tick or a collection).
    const bestMs = (rounds: number, run: () => void): number => {
      let best = Number.POSITIVE_INFINITY;
      for (let r = 0; r < rounds; r++) {
        const t0 = performance.now();
        run();
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const hostile = `${'a'.repeat(50_000)} ${'1 '.repeat(20_000)} ${"I'm not ".repeat(5_000)}${'years '.repeat(5000)}`;
    expect(bestMs(3, () => extractFacts(hostile, now))).toBeLessThan(200);
    const text = "I'm Italian, I have a master's, 1 year of experience and I never had a CERN contract";
    const judgeOnce = () => judgeEligibility(graduate, extractFacts(text, now), now);
    for (let i = 0; i < 50; i++) judgeOnce();
    const hundred = bestMs(3, () => {
      for (let i = 0; i < 100; i++) judgeOnce();
    });
    expect(hundred / 100).toBeLessThan(2);
  });
});
