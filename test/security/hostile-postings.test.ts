// Posting files crafted to hurt: each is loaded safely or reported, and nothing from them can
// notify a channel or forge a link once rendered for a chat.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import type { Reply } from '../../src/answers/reply.ts';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { renderMattermost } from '../../src/render/mattermost-markdown.ts';
import { renderSlackMessages } from '../../src/render/slack-blocks.ts';

const HOSTILE = fileURLToPath(new URL('../fixtures/hostile', import.meta.url));
const BAD = fileURLToPath(new URL('../fixtures/bad', import.meta.url));
const now = new Date('2026-11-22T12:00:00Z');

let dir: string;
let corpus: Corpus;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostile-'));
  await cp(HOSTILE, dir, { recursive: true });
  await cp(BAD, dir, { recursive: true });
  // A single line just under 1 MiB, and HTML nested 5,000 levels deep.
  await writeFile(join(dir, 'one-line.txt'), `Deadline: 1 December 2026 ${'word '.repeat(200_000)}`);
  await writeFile(
    join(dir, 'nested.html'),
    `<h1>Nested</h1>${'<div>'.repeat(5000)}Deadline: 2 December 2026${'</div>'.repeat(5000)}`,
  );
  corpus = await loadCorpus(dir);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What a Mattermost user sees once markdown escapes are processed. */
const shown = (md: string) => md.replace(/\\([\s\S])/g, '$1');

describe('hostile posting files', () => {
  it('loads every readable file and reports the unreadable ones by name', () => {
    const loaded = new Set(corpus.postings.map((p) => p.source.file));
    for (const f of ['mentions.md', 'zero-width.txt', 'february-31.txt', 'one-line.txt', 'good.txt'])
      expect(loaded.has(f), f).toBe(true);
    const skipped = corpus.warnings.filter((w) => w.severity === 'skipped').map((w) => w.file);
    expect(skipped.sort()).toEqual([
      'alias-bomb.md',
      'binary.txt',
      'broken-front-matter.md',
      'empty.txt',
      'latin1.txt',
      // 5,000 levels deep is a parser trap, not a posting (see test/security/parser-traps.test.ts).
      'nested.html',
    ]);
  });

  it('reads words hidden by zero-width characters and strips them from titles', () => {
    const p = corpus.postings.find((x) => x.source.file === 'zero-width.txt');
    expect(p?.deadline?.date).toBe('2026-12-01');
    expect(p?.skills).toContain('Python');
    expect(p?.title).not.toMatch(/[\u200B-\u200D\u2060\u202A-\u202E]/);
  });

  it('takes no deadline from an impossible date like 31 February, and says so', () => {
    const p = corpus.postings.find((x) => x.source.file === 'february-31.txt');
    expect(p?.deadline).toBeNull();
    const w = corpus.warnings.find((x) => x.file === 'february-31.txt');
    expect(w).toMatchObject({ severity: 'partial', line: 3 });
    expect(w?.reason).toMatch(/'31 February' is not a date/);
  });

  it('cuts a Slack-style <url|label> link at the label', () => {
    const p = corpus.postings.find((x) => x.source.file === 'mentions.md');
    expect(p?.links).toContain('https://cern.ch/jobs');
    for (const l of p?.links ?? []) expect(l).not.toContain('|');
  });

  const hostileReplies = (): Reply[] => {
    const brain = createBrain(corpus.postings, { timeZone: 'Europe/Zurich' });
    return [
      brain.answer('list all', { now, userId: 'u' }),
      brain.answer('show urgent money', { now, userId: 'u' }),
      brain.answer('contact urgent money', { now, userId: 'u' }),
      brain.answer('search channel everyone', { now, userId: 'u' }),
      brain.answer('deadlines', { now, userId: 'u' }),
    ];
  };

  it('renders no live mention or link from posting text in Mattermost', () => {
    const replies = hostileReplies();
    expect(replies[1]?.postings[0]?.source.file).toBe('mentions.md');
    for (const reply of replies) {
      for (const post of renderMattermost(reply)) {
        const seen = shown(post);
        expect(seen).not.toMatch(/(^|[^\u200D])@(channel|all|here|everyone)\b/i);
        expect(post).not.toMatch(/\]\(https?:\/\/evil/);
        expect(post).not.toMatch(/^#{1,6}\s.*not a heading/m);
      }
    }
  });

  it('renders no live mention or link from posting text in Slack', () => {
    for (const reply of hostileReplies()) {
      for (const message of renderSlackMessages(reply)) {
        // Every text Slack would read as mrkdwn, fallback included: a control sequence from data
        // would appear as an unescaped `<`.
        const texts = [message.text, JSON.stringify(message.blocks)];
        for (const t of texts) {
          expect(t).not.toMatch(/<[!@#]/);
          expect(t).not.toMatch(/<https?:\/\/evil/);
          expect(t).not.toMatch(/<mailto:/);
        }
      }
    }
  });
});
