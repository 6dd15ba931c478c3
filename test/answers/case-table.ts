// The answer-case table shared by the case files (cases.test.ts, ordinary-words.test.ts): a case
// is a question (and, for follow-ups, the messages before it in the same conversation), a clock
// and what a good reply holds; `checkCase` says what a demanding asker would: the right postings,
// the right facts quoted, every posting cited with its file and line.
import { expect } from 'vitest';
import type { Brain } from '../../src/answers/brain.ts';
import type { Topic } from '../../src/answers/reply.ts';
import { asJson, at, type JsonReply, NOW } from './helpers.ts';

export type Status = 'met' | 'not_met' | 'unknown';

export interface Case {
  text: string;
  now?: string;
  /** Earlier messages of the same conversation; the topic of each reply carries on. */
  before?: string[];
  /** File name prefix of the first posting. */
  first?: string;
  include?: string[];
  exclude?: string[];
  count?: number;
  /** Postings in this order (file prefixes), others may sit between. */
  order?: string[];
  says?: RegExp[];
  never?: RegExp[];
  verdict?: 'eligible' | 'not_eligible' | 'unknown';
  /** Any verdict but this one. */
  notVerdict?: 'eligible' | 'not_eligible' | 'unknown';
  /** Criterion status by a regex on the posting's words. */
  criteria?: [RegExp, Status][];
  /** A known gap (in a file this suite does not own): the case must still fail, and says why. */
  gap?: string;
}

/** The reply to the case's text, after its earlier messages, as `positions ask --json` prints it. */
export function askCase(brain: Brain, c: Case): JsonReply {
  const now = at(c.now ?? NOW);
  let topic: Topic | undefined;
  for (const t of c.before ?? []) topic = brain.answer(t, { now, userId: 'U1', ...(topic ? { topic } : {}) }).topic;
  return asJson(brain.answer(c.text, { now, userId: 'U1', ...(topic ? { topic } : {}) }));
}

export function checkCase(c: Case, r: JsonReply): void {
  const files = r.postings.map((p) => p.source.file);
  const context = `\n--- reply to ${JSON.stringify(c.text)}:\n${r.text}\n`;
  expect(typeof r.text, context).toBe('string');
  if (c.first !== undefined) expect(files[0] ?? '', context).toMatch(new RegExp(`^${c.first}`));
  for (const f of c.include ?? [])
    expect(
      files.some((x) => x.startsWith(f)),
      `includes ${f}${context}`,
    ).toBe(true);
  for (const f of c.exclude ?? [])
    expect(
      files.some((x) => x.startsWith(f)),
      `excludes ${f}${context}`,
    ).toBe(false);
  if (c.count !== undefined) expect(files.length, `count${context}`).toBe(c.count);
  if (c.order) {
    const at = c.order.map((f) => files.findIndex((x) => x.startsWith(f)));
    expect(
      at.every((i) => i >= 0),
      `order${context}`,
    ).toBe(true);
    expect(
      [...at].sort((a, b) => a - b),
      `order${context}`,
    ).toEqual(at);
  }
  for (const re of c.says ?? []) expect(r.text, context).toMatch(re);
  for (const re of c.never ?? []) expect(r.text, context).not.toMatch(re);
  if (c.verdict) expect(r.eligibility?.verdict, context).toBe(c.verdict);
  if (c.notVerdict) expect(r.eligibility?.verdict, context).not.toBe(c.notVerdict);
  for (const [re, status] of c.criteria ?? []) {
    const found = r.eligibility?.criteria.find((x) => re.test(x.text));
    expect(found, `criterion ${re}${context}`).toBeDefined();
    expect(found?.status, `criterion ${re}${context}`).toBe(status);
  }
  // Every posting the reply is about is cited with its file and line in the text.
  for (const p of r.postings.slice(0, 10)) {
    const cited =
      r.text.includes(`[${p.source.file}, line ${p.source.line}]`) ||
      r.text.includes(`Source: ${p.source.file}, line `);
    expect(cited, `cites ${p.source.file}${context}`).toBe(true);
  }
  // An eligibility reply is about one posting and carries a verdict; no other reply does.
  if (r.eligibility) expect(r.postings).toHaveLength(1);
}
