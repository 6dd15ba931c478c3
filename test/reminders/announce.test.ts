import { describe, expect, it } from 'vitest';
import type { Posting } from '../../src/corpus/posting.ts';
import { announceChanges, announcementKeyString } from '../../src/reminders/announce.ts';
import { sweepReminders } from '../../src/reminders/sweep.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import type { Store, Subscription } from '../../src/store/store.ts';
import { captureLog, posting, type RecordingPoster, recordingPoster, TZ } from './helpers.ts';

const june = (day: number) => new Date(`2025-06-${String(day).padStart(2, '0')}T07:00:00Z`);
const sub = (channelId: string, filter: string | null = null): Subscription => ({
  platform: 'slack',
  channelId,
  offsets: [14, 7, 1],
  filter,
  createdBy: 'alice',
  createdAt: '2025-05-01T08:00:00Z',
});

function run(store: Store, poster: RecordingPoster, postings: Posting[], now: Date) {
  const { log } = captureLog();
  return announceChanges({ store, postings, posters: [poster], now, timeZone: TZ, log });
}

async function setup(): Promise<{ store: Store; poster: RecordingPoster }> {
  const store = openSqliteStoreSync(':memory:');
  await store.subscribe(sub('all'));
  await store.subscribe(sub('ska-only', 'SKA'));
  return { store, poster: recordingPoster('slack') };
}

const A = posting('cms-a', '2025-06-30');
const B = posting('ska-b', '2025-07-15', { experiment: 'SKA', organisation: 'SKAO', title: 'SKA data engineer' });

describe('announceChanges', () => {
  it('records the corpus silently on the very first run', async () => {
    const { store, poster } = await setup();
    const report = await run(store, poster, [A, B], june(1));
    expect(report.firstRun).toBe(true);
    expect(poster.posts).toEqual([]);
    expect((await store.knownPostings()).map((k) => k.postingId)).toEqual(['cms-a', 'ska-b']);
    // Nothing to announce on the next run either.
    expect((await run(store, poster, [A, B], june(2))).sent).toBe(0);
  });

  it('treats a first run with an empty corpus as the baseline too', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [], june(1));
    const report = await run(store, poster, [A], june(2));
    expect(report).toMatchObject({ firstRun: false, newPostings: 1, sent: 1 });
  });

  it('announces a new posting once to every channel whose filter matches', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [A], june(1));
    const report = await run(store, poster, [A, B], june(2));
    expect(report).toMatchObject({ newPostings: 1, sent: 2 });
    expect(poster.posts.map((p) => p.channelId)).toEqual(['all', 'ska-only']);
    expect(poster.posts[0]?.reply.text).toContain('New posting: SKA data engineer');
    expect(poster.posts[0]?.key).toBe(announcementKeyString('slack', 'all', 'ska-b', 'new'));
    await run(store, poster, [A, B], june(3));
    expect(poster.posts).toHaveLength(2);
  });

  it('does not announce a new posting whose deadline has passed', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [], june(1));
    await run(store, poster, [posting('old', '2025-05-01')], june(2));
    expect(poster.posts).toEqual([]);
    expect((await store.knownPostings()).map((k) => k.postingId)).toEqual(['old']);
  });

  it('announces a changed deadline once, and reminders follow the new deadline', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [A], june(1));
    const { log } = captureLog();
    const sweep = (now: Date, postings: Posting[]) =>
      sweepReminders({ store, postings, posters: [poster], now, timeZone: TZ, log });
    await sweep(june(16), [A]); // 14 days before 30 June
    expect(poster.posts.map((p) => p.key?.split(':').at(-1))).toEqual(['14']);

    const moved = posting('cms-a', '2025-07-10');
    const report = await run(store, poster, [moved], june(17));
    expect(report).toMatchObject({ changedDeadlines: 1, sent: 1 });
    const change = poster.posts[1]!;
    expect(change.reply.text).toContain('Deadline changed');
    expect(change.reply.text).toMatch(/was 30 June 2025 \(2025-06-30\), now 10 July 2025 \(2025-07-10\)/);
    expect((await run(store, poster, [moved], june(18))).sent).toBe(0);
    expect((await store.knownPostings())[0]?.deadline).toBe('2025-07-10');

    // The old deadline's 7-day day (23 June) passes silently; the new one's 14-day day is 26 June.
    await sweep(june(23), [moved]);
    expect(poster.posts).toHaveLength(2);
    await sweep(june(26), [moved]);
    expect(poster.posts[2]?.key).toContain('2025-07-10:14');
    expect(poster.posts[2]?.reply.text).toContain('14 days left');
  });

  it('does not repeat as a reminder what an announcement just said', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [], june(1));
    const soon = posting('soon', '2025-06-10');
    await run(store, poster, [soon], june(5));
    const { log } = captureLog();
    const report = await sweepReminders({
      store,
      postings: [soon],
      posters: [poster],
      now: june(5),
      timeZone: TZ,
      log,
    });
    expect(report.sent).toBe(0);
    expect(poster.posts).toHaveLength(1);
    // The next offset's day brings its reminder.
    await sweepReminders({ store, postings: [soon], posters: [poster], now: june(9), timeZone: TZ, log });
    expect(poster.posts.map((p) => p.key?.split(':').at(-1))).toEqual(['new', '1']);
  });

  it('retries a failed announcement on the next run, delivering it once per channel', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [], june(1));
    poster.failNext(1);
    const first = await run(store, poster, [A], june(2));
    expect(first).toMatchObject({ sent: 0, failed: 1 });
    expect(await store.knownPostings()).toEqual([]);
    const second = await run(store, poster, [A], june(3));
    expect(second).toMatchObject({ sent: 1, failed: 0 });
    expect((await store.knownPostings()).map((k) => k.postingId)).toEqual(['cms-a']);
    await run(store, poster, [A], june(4));
    expect(poster.posts.map((p) => p.channelId)).toEqual(['all']);
  });

  it('forgets postings that left the corpus', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [A, B], june(1));
    const report = await run(store, poster, [A], june(2));
    expect(report.forgotten).toBe(1);
    expect((await store.knownPostings()).map((k) => k.postingId)).toEqual(['cms-a']);
  });

  it('on a store error while claiming, posts nothing and remembers nothing new', async () => {
    const { store, poster } = await setup();
    await run(store, poster, [], june(1));
    const failing: Store = {
      ...store,
      claimAnnouncement() {
        throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
      },
    };
    const report = await run(failing, poster, [A], june(2));
    expect(report.storeError).toContain('locked');
    expect(poster.posts).toEqual([]);
    expect(await store.knownPostings()).toEqual([]);
    expect((await run(store, poster, [A], june(3))).sent).toBe(1);
  });
});
