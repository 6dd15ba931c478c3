// `ask` never crashes and always returns a Reply, whatever it is sent: arbitrary unicode, control
// characters, very long strings, regex-breaking patterns, command words with odd arguments, and
// odd conversation topics. "Never crashes" is stronger than "does not throw": the brain catches
// everything and says sorry, so the properties also require that it never had to.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INPUT } from '../../src/answers/brain.ts';
import type { Reply, Topic } from '../../src/answers/reply.ts';
import { at, NOW, useFixtureBrain } from './helpers.ts';

const fixtures = useFixtureBrain();

const SORRY = /Sorry, I could not answer that/;

function wellFormed(r: Reply): void {
  expect(typeof r.text).toBe('string');
  expect(r.text.length).toBeGreaterThan(0);
  expect(Array.isArray(r.blocks)).toBe(true);
  expect(Array.isArray(r.postings)).toBe(true);
  expect(Array.isArray(r.suggestions)).toBe(true);
  expect(r.text).not.toMatch(SORRY);
  for (const p of r.postings) {
    expect(typeof p.id).toBe('string');
    expect(['open', 'closed', 'unknown']).toContain(p.status);
    expect(p.source.line).toBeGreaterThan(0);
  }
  if (r.eligibility) expect(['eligible', 'not_eligible', 'unknown']).toContain(r.eligibility.verdict);
  // The plain text carries no control characters but newlines.
  expect(r.text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
}

function ask(text: string, topic?: Topic): Reply {
  return fixtures.brain().answer(text, { now: at(NOW), userId: 'fuzz', ...(topic ? { topic } : {}) });
}

const COMMANDS = ['help', 'list', 'show', 'search', 'deadlines', 'skills', 'contact', 'eligible'];
const WORDS = [
  'DQM',
  'CMS',
  'go',
  'Go',
  'C++',
  'C#',
  'kubernets',
  'alignmnet',
  "I'm",
  'Italian',
  'PhD',
  "master's",
  'not',
  'never',
  'next',
  'two',
  'weeks',
  '30',
  'days',
  'open',
  'closed',
  'all',
  'which',
  'positions',
  'and',
  'the',
  'one?',
  '?',
  ',',
  '.',
  '/positions',
  '((((',
  '*',
  '\\',
  '$',
  '^',
  '[',
  '|',
  '\u202e',
  '\u0000',
  '😀',
  'é',
  'ß',
  '\n',
];

describe('ask never crashes', () => {
  it('on arbitrary unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        wellFormed(ask(text));
      }),
      { numRuns: 300 },
    );
  });

  it('on sentences of words it knows, in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }), (ws) => {
        wellFormed(ask(ws.join(' ')));
      }),
      { numRuns: 400 },
    );
  });

  it('on command words with odd arguments', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMANDS),
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 80 }),
          fc.array(fc.constantFrom(...WORDS), { maxLength: 10 }).map((ws) => ws.join(' ')),
          fc.integer({ min: -1e12, max: 1e12 }).map(String),
          fc.constantFrom('0', '-3 days', '99999 days', '1e9', 'NaN', 'Infinity', '0x10', '3.5 weeks', ''),
        ),
        (cmd, arg) => {
          wellFormed(ask(`${cmd} ${arg}`));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('on follow-ups with any topic, even one that names no posting', () => {
    const ids = fixtures
      .brain()
      .postings()
      .map((p) => p.id);
    fc.assert(
      fc.property(
        fc.oneof(fc.constantFrom(...ids), fc.string({ maxLength: 20 })),
        fc.constantFrom('eligibility', 'show', 'salary', 'deadline', 'nonsense', ''),
        fc.array(fc.constantFrom(...WORDS), { maxLength: 8 }),
        (postingId, intent, ws) => {
          wellFormed(ask(ws.join(' '), { postingId, intent }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('on control characters and bidi overrides', () => {
    for (const text of [
      '\u0000\u0001\u0002',
      'show\u0000DQM',
      '\u202eshow DQM\u202c',
      '\t\v\f\r\n',
      '\u0085\u2028\u2029',
    ])
      wellFormed(ask(text));
  });

  it('on messages of 100 kB and more, with a short answer', () => {
    for (const text of ['x'.repeat(100_000), 'show '.repeat(30_000), `${'a'.repeat(50_000)}!`, '😀'.repeat(60_000)]) {
      const r = ask(text);
      wellFormed(r);
      expect(r.text).toMatch(/too long/);
      expect(r.text.length).toBeLessThan(400);
    }
  });
});

describe('ask stays fast on pathological input', () => {
  // Patterns that make backtracking regular expressions explode, at and just under the length cap.
  const evil = [
    '(((((a*)*)*)*)*',
    `${'a'.repeat(MAX_INPUT - 1)}!`,
    `${'a'.repeat(50_000)}!`,
    `show ${'a'.repeat(MAX_INPUT - 10)}`,
    'in the next '.repeat(Math.floor(MAX_INPUT / 12)),
    '1 '.repeat(Math.floor(MAX_INPUT / 2)),
    "I'm ".repeat(Math.floor(MAX_INPUT / 4)),
    'eligible '.repeat(Math.floor(MAX_INPUT / 9)),
    `eligible DQM ${'I am Italian, '.repeat(Math.floor((MAX_INPUT - 20) / 14))}`,
    '.'.repeat(MAX_INPUT),
    ' '.repeat(MAX_INPUT),
    `${'x@'.repeat(Math.floor(MAX_INPUT / 2))}`,
    `${'a-'.repeat(Math.floor(MAX_INPUT / 2))}`,
    `search ${'ab'.repeat(Math.floor((MAX_INPUT - 8) / 2))}`,
    `${'which positions need C++ '.repeat(Math.floor(MAX_INPUT / 26))}`,
    `${'deadline '.repeat(Math.floor(MAX_INPUT / 9))}`,
  ];

  it.each(evil.map((e) => [e.length > 40 ? `${e.slice(0, 30)}… (${e.length} chars)` : e, e]))(
    '%s answers well within 2 s',
    (_name, text) => {
      const t0 = performance.now();
      const r = ask(text);
      const ms = performance.now() - t0;
      wellFormed(r);
      expect(ms).toBeLessThan(2000);
    },
  );
});
