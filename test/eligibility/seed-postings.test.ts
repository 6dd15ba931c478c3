// The rules as built from the real corpus parser's output for the seeds (and an SKA ad of our own).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { extractFacts, judgeEligibility } from '../../src/eligibility/index.ts';

const now = new Date('2026-11-22T12:00:00Z');

async function postings(): Promise<Posting[]> {
  const dir = mkdtempSync(join(tmpdir(), 'elig-'));
  cpSync('seeds', dir, { recursive: true });
  cpSync('test/fixtures/eligibility/ska-archive-engineer.txt', join(dir, 'ska-archive-engineer.txt'));
  return (await loadCorpus(dir)).postings;
}

const byTitle = (ps: Posting[], word: RegExp) => {
  const p = ps.find((x) => word.test(x.title));
  if (!p) throw new Error(`no posting titled ${word}`);
  return p;
};

describe('eligibility on the parsed seed postings', () => {
  it('judges the graduate, Cat. A and SKA postings', async () => {
    const ps = await postings();
    const verdict = (p: Posting, t: string) => judgeEligibility(p, extractFacts(t, now), now).verdict;
    const grad = byTitle(ps, /XRootD/);
    expect(verdict(grad, 'I have a PhD.')).toBe('not_eligible');
    expect(verdict(grad, "Italian, master's, 1 year of experience, never had a CERN contract")).toBe('eligible');
    expect(verdict(byTitle(ps, /Cat\.?\s?A/), 'I am not affiliated with any CMS institute.')).toBe('not_eligible');
    expect(verdict(byTitle(ps, /SKA/), "I don't have the right to work in the UK")).toBe('not_eligible');
  });
});
