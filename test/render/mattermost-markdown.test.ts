import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PostingRef, Reply } from '../../src/answers/reply.ts';
import {
  escapeInline,
  MATTERMOST_POST_LIMIT,
  renderMattermost,
  renderMattermostMarkdown,
  splitForMattermost,
} from '../../src/render/mattermost-markdown.ts';
import { replyArbitrary } from './reply-arbitrary.ts';

const posting: PostingRef = {
  id: 'cta-dirac',
  title: 'CTA DIRAC developer',
  status: 'open',
  deadline: '2026-12-15',
  source: { file: '001_205b26aa00b435d6.txt', line: 3 },
};

/** What Mattermost shows once markdown escapes are processed: `\X` becomes X. */
function unescapeMarkdown(md: string): string {
  return md.replace(/\\([\s\S])/g, '$1');
}

/** Mentions that would notify: `@` directly followed by a name character. */
const LIVE_MENTION = /@(channel|all|here|everyone)\b/i;
const ANY_MENTION = /@[a-z0-9_.-]/i;

const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '@channel',
    '@all',
    '@here',
    '@everyone',
    '@alice',
    '@Channel!',
    '\\@channel',
    '@\u200Bchannel',
    '@\u200Dhere',
    '[apply](http://evil.example)',
    '<http://evil.example|CERN>',
    '![x](http://evil/x.png)',
    '\n# Heading\n',
    '\n- item',
    '\n1. item',
    '| a | b |',
    '```',
    '`code`',
    '**bold**',
    '~town-square',
    '&#64;channel',
    '\\',
    '\r\n====',
  ),
);
const text = fc.array(hostile, { maxLength: 6 }).map((parts) => parts.join(''));

const reply: fc.Arbitrary<Reply> = replyArbitrary(text, { maxBlocks: 5, maxFields: 4 });

describe('renderMattermost on untrusted posting text', () => {
  it('never produces a live @channel, @all, @here, @everyone or user mention from data', () => {
    fc.assert(
      fc.property(reply, (r) => {
        for (const post of renderMattermost(r)) {
          const shown = unescapeMarkdown(post);
          expect(shown).not.toMatch(LIVE_MENTION);
          expect(shown).not.toMatch(ANY_MENTION);
          expect(post).not.toMatch(LIVE_MENTION);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lets data open a link, an image, an autolink, code or a heading', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const md = renderMattermostMarkdown(r);
        const withoutEscapes = md.replace(/\\[\s\S]/g, '');
        // Our own templates use none of these characters; data's are all escaped.
        expect(withoutEscapes).not.toMatch(/[[\]<>`]/);
        const headings = r.blocks.filter(
          (b) => b.kind !== 'paragraph' && b.kind !== 'list' && b.kind !== 'citation' && b.kind !== 'actions',
        );
        expect(md.split('\n').filter((l) => l.startsWith('#')).length).toBe(headings.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every post within the 16,383-character limit, even for huge replies', () => {
    const big: fc.Arbitrary<Reply> = fc.record({
      text: fc.constant('x'),
      blocks: fc.array(
        fc.record({
          kind: fc.constant('paragraph' as const),
          text: fc.string({ minLength: 500, maxLength: 3_000, unit: 'binary' }),
        }),
        { minLength: 1, maxLength: 40 },
      ),
      postings: fc.constant([]),
      suggestions: fc.constant([]),
    });
    fc.assert(
      fc.property(big, (r) => {
        const posts = renderMattermost(r);
        for (const post of posts) expect(post.length).toBeLessThanOrEqual(MATTERMOST_POST_LIMIT);
      }),
      { numRuns: 30 },
    );
  });
});

describe('renderMattermostMarkdown', () => {
  it('renders an eligibility check as a table quoting each criterion, with the citation', () => {
    const md = renderMattermostMarkdown({
      text: 'Eligible',
      blocks: [
        {
          kind: 'eligibility',
          posting,
          result: {
            verdict: 'unknown',
            criteria: [
              { text: 'Nationality of a CERN Member State', status: 'unknown', why: 'you did not say', line: 12 },
              { text: 'Master degree | physics', status: 'met', why: 'you have an MSc' },
            ],
            missing: ['your nationality'],
          },
        },
      ],
      postings: [posting],
      suggestions: ['eligible cta-dirac'],
    });
    expect(md).toContain('#### Eligibility: CTA DIRAC developer');
    expect(md).toContain('| Criterion (quoted) | Status | Why |');
    expect(md).toContain(
      '| Nationality of a CERN Member State (line 12) | :grey_question: unknown | you did not say |',
    );
    expect(md).toContain('| Master degree \\| physics | :white_check_mark: met |');
    expect(md).toContain('- your nationality');
    expect(md).toContain('_Source: 001\\_205b26aa00b435d6.txt, line 3_');
  });

  it('breaks mentions with a zero-width joiner and escapes disguised links', () => {
    expect(escapeInline('@channel see [CERN](http://evil.example)')).toBe(
      '@\u200Dchannel see \\[CERN\\]\\(http://evil.example\\)',
    );
  });

  it('keeps plain URLs readable', () => {
    expect(escapeInline('https://jobs.cern/apply?id=42')).toBe('https://jobs.cern/apply?id=42');
  });
});

describe('splitForMattermost', () => {
  it('splits at line boundaries and never cuts an escape or a mention joiner', () => {
    const line = `${'a'.repeat(9)}\\*@\u200Dall`;
    const posts = splitForMattermost(`${line}\n${line}\n${line}`, 20);
    for (const p of posts) {
      expect(p.length).toBeLessThanOrEqual(20);
      expect(p.endsWith('\\')).toBe(false);
      expect(p.endsWith('@')).toBe(false);
    }
    expect(posts.join('')).toBe(`${line}${line}${line}`);
  });
});
