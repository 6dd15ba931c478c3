// One file with many rows must not flood a channel, and a renamed file or a fixed typo is not
// news: new postings for a channel in one run are one digest; a posting keeps its identity
// across a new id when its deadline and (nearly) its title are the same.
import { describe, expect, it } from 'vitest';
import type { Posting } from '../../src/corpus/posting.ts';
import { announceChanges } from '../../src/reminders/announce.ts';
import { DIGEST_CAP } from '../../src/reminders/digest-reply.ts';
import { samePosting, titleSimilarity } from '../../src/reminders/same-posting.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { captureLog, posting, type RecordingPoster, recordingPoster, TZ } from './helpers.ts';

const july = (day: number) => new Date(`2025-07-${String(day).padStart(2, '0')}T07:00:00Z`);

async function setup(): Promise<{ store: Store; poster: RecordingPoster }> {
  const store = openSqliteStoreSync(':memory:');
  for (const [channelId, filter] of [
    ['everything', null],
    ['python', 'Python'],
  ] as const) {
    await store.subscribe({
      platform: 'slack',
      channelId,
      offsets: [7],
      filter,
      createdBy: 'bob',
      createdAt: '2025-06-01T08:00:00Z',
    });
  }
  return { store, poster: recordingPoster('slack') };
}

const run = (store: Store, poster: RecordingPoster, postings: Posting[], now: Date) =>
  announceChanges({ store, postings, posters: [poster], now, timeZone: TZ, log: captureLog().log });

const rows = (n: number, file = 'table.md') =>
  Array.from({ length: n }, (_, i) =>
    posting(`row-${i}`, '2025-09-30', {
      title: `Detector operations shift leader ${i}`,
      source: { file, line: i + 3 },
    }),
  );

describe('announcement digests', () => {
  it('posts one message per channel for many new postings, listing at most the cap and how many more', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [], july(1));
    const many = rows(1000);
    const report = await run(store, poster, many, july(2));
    expect(report.newPostings).toBe(1000);
    expect(poster.posts.map((p) => p.channelId)).toEqual(['everything', 'python']);
    const text = poster.posts[0]?.reply.text ?? '';
    expect(text).toContain('1000 new postings:');
    expect(text).toContain(`And ${1000 - DIGEST_CAP} more`);
    expect(text.split('Detector operations shift leader').length - 1).toBe(DIGEST_CAP);
    // Exactly once: the next runs post nothing more.
    await run(store, poster, many, july(3));
    await run(store, poster, many, july(4));
    expect(poster.posts).toHaveLength(2);
  });

  it('retries a failed digest on the next run, once', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [], july(1));
    poster.failNext(1);
    await run(store, poster, rows(3), july(2));
    expect(poster.posts.map((p) => p.channelId)).toEqual(['python']);
    await run(store, poster, rows(3), july(3));
    await run(store, poster, rows(3), july(4));
    expect(poster.posts.map((p) => p.channelId).sort()).toEqual(['everything', 'python']);
  });

  it('keeps a single new posting as its own announcement', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [], july(1));
    await run(store, poster, rows(1), july(2));
    expect(poster.posts[0]?.reply.text).toContain('New posting: Detector operations shift leader 0');
  });
});

describe('announced once per identity', () => {
  const ska = (id: string, title = 'SKA imaging pipeline developer', file = `${id}.md`) =>
    posting(id, '2025-08-31', { title, source: { file, line: 1 } });

  it('does not announce a renamed file or a fixed typo, in the same run or a later one', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [], july(1));
    await run(store, poster, [ska('ska-old')], july(2));
    expect(poster.posts).toHaveLength(2);
    // Renamed while the bot was down: gone and back under another id in one run.
    await run(store, poster, [ska('ska-renamed')], july(3));
    // Renamed while running: the removal is one run, the new file the next.
    await run(store, poster, [], july(4));
    await run(store, poster, [ska('ska-again')], july(4));
    // A typo fixed in the title.
    await run(store, poster, [ska('ska-typo', 'SKA imaging pipline develper')], july(5));
    await run(store, poster, [ska('ska-fixed', 'SKA imaging pipeline developer')], july(6));
    expect(poster.posts).toHaveLength(2);
    expect((await store.knownPostings()).map((k) => k.postingId)).toEqual(['ska-fixed']);
  });

  it('announces a different posting, and one with another deadline', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [], july(1));
    await run(store, poster, [ska('ska-a')], july(2));
    await run(
      store,
      poster,
      [posting('ctao-b', '2025-08-31', { title: 'CTAO array control software engineer' })],
      july(3),
    );
    await run(store, poster, [posting('ska-c', '2025-10-15', { title: 'SKA imaging pipeline developer' })], july(4));
    expect(poster.posts.filter((p) => p.channelId === 'everything')).toHaveLength(3);
  });

  it('compares titles by their characters, ignoring case, accents and punctuation', () => {
    expect(titleSimilarity('Détecteur: ingénieur', 'detecteur ingenieur')).toBe(1);
    expect(titleSimilarity('Alignmnet software developer', 'Alignment software developer')).toBeGreaterThan(0.8);
    expect(titleSimilarity('Alignment software developer', 'Trigger firmware engineer')).toBeLessThan(0.5);
    expect(
      samePosting({ title: 'A job title', deadline: null }, { title: 'A job title', deadline: '2025-01-01' }),
    ).toBe(false);
  });
});
