// Large corpora: a chat answer lists a bounded number of postings and says how many it left out.
import { describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

const now = new Date('2026-11-22T12:00:00Z');
const postings = Array.from({ length: 260 }, (_, i) => {
  const day = String((i % 28) + 1).padStart(2, '0');
  const text = `Detector engineer ${i}\n\nLocation: Geneva, Switzerland\nDeadline: 2027-01-${day}\nContact: hr${i}@example.org\n`;
  return parseFile(`p${String(i).padStart(3, '0')}.txt`, Buffer.from(text)).postings;
}).flat();
const brain = createBrain(postings, { timeZone: 'Europe/Zurich' });

describe('answers over many postings', () => {
  it('list all shows at most 200 and says how to narrow the rest', () => {
    const r = brain.answer('list all', { now, userId: 'u' });
    expect(postings).toHaveLength(260);
    expect(r.postings).toHaveLength(200);
    expect(r.text).toMatch(/60 more not shown; narrow the list/);
  });

  it('upcoming deadlines show the 50 soonest, in order, and count the rest', () => {
    const r = brain.answer('deadlines', { now, userId: 'u' });
    expect(r.postings).toHaveLength(50);
    const dates = r.postings.map((p) => p.deadline ?? '');
    expect([...dates].sort()).toEqual(dates);
    expect(r.text).toMatch(/210 later deadlines not shown/);
  });

  it('a country question over many postings lists those placed there', () => {
    const r = brain.answer('which positions are in Switzerland?', { now, userId: 'u' });
    expect(r.postings).toHaveLength(50);
    expect(r.text).toMatch(/260 postings in Switzerland/);
  });
});
