import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelPoster } from '../../src/bot/types.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { reminderKeyString, sweepReminders } from '../../src/reminders/sweep.ts';
import { openSqliteStoreSync, type SqliteStoreOptions } from '../../src/store/sqlite-store.ts';
import { DEFAULT_LEASE_MS, type ReminderKey, type Store, type Subscription } from '../../src/store/store.ts';
import { captureLog, posting, recordingPoster, TZ } from './helpers.ts';

let dir: string;
let dbPath: string;
const opened: Store[] = [];

function openStore(options: SqliteStoreOptions = {}): Store {
  const s = openSqliteStoreSync(dbPath, options);
  opened.push(s);
  return s;
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'positions-sweep-'));
  dbPath = join(dir, 'positions.db');
});
afterEach(async () => {
  for (const s of opened.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

const TOWN = 'townsquare';
const sub = (extra: Partial<Subscription> = {}): Subscription => ({
  platform: 'mattermost',
  channelId: TOWN,
  offsets: [14, 7, 1],
  filter: null,
  createdBy: 'alice',
  createdAt: '2025-05-01T08:00:00Z',
  ...extra,
});

/** 09:00 in Zurich (CEST) on a June day. */
const june = (day: number) => new Date(`2025-06-${String(day).padStart(2, '0')}T07:00:00Z`);

const P = posting('cms-dev', '2025-06-20');

function sweep(store: Store, poster: ChannelPoster, now: Date, postings: Posting[] = [P], extra = {}) {
  const { log, lines } = captureLog();
  return sweepReminders({ store, postings, posters: [poster], now, timeZone: TZ, log, ...extra }).then((report) => ({
    report,
    lines,
  }));
}

describe('sweepReminders at a fixed clock', () => {
  it('sends the reminder due today once, with a stable key, and nothing on a second sweep', async () => {
    const store = openStore();
    await store.subscribe(sub());
    const poster = recordingPoster();
    const metrics = createMetrics();
    const { report } = await sweep(store, poster, june(6), [P], { metrics });
    expect(report).toMatchObject({ date: '2025-06-06', due: 1, sent: 1, failed: 0, skipped: 0, recovered: 0 });
    expect(poster.posts).toHaveLength(1);
    const post = poster.posts[0]!;
    expect(post.channelId).toBe(TOWN);
    const key: ReminderKey = {
      platform: 'mattermost',
      channelId: TOWN,
      postingId: 'cms-dev',
      deadline: '2025-06-20',
      daysBefore: 14,
    };
    expect(post.key).toBe(reminderKeyString(key));
    expect(post.reply.text).toContain('14 days left');
    expect(await store.deliveries()).toMatchObject([{ ...key, state: 'sent', attempts: 1 }]);
    expect(await metrics.registry.getSingleMetricAsString('positions_reminders_sent_total')).toContain(
      'positions_reminders_sent_total{platform="mattermost"} 1',
    );

    const again = await sweep(store, poster, new Date('2025-06-06T18:00:00Z'));
    expect(again.report.sent).toBe(0);
    expect(poster.posts).toHaveLength(1);
  });

  it('after a restart (the DB file reopened) sends nothing twice', async () => {
    const poster = recordingPoster();
    const first = openStore();
    first.subscribe(sub());
    await sweep(first, poster, june(6));
    first.close();
    const second = openStore();
    const { report } = await sweep(second, poster, june(6));
    expect(report.sent).toBe(0);
    await sweep(second, poster, june(10));
    expect(poster.posts).toHaveLength(1);
    await sweep(second, poster, june(13));
    expect(poster.posts.map((p) => p.key?.split(':').at(-1))).toEqual(['14', '7']);
  });

  it('orders posts by channel, then deadline, then source', async () => {
    const store = openStore();
    await store.subscribe(sub({ channelId: 'b-channel' }));
    await store.subscribe(sub({ channelId: 'a-channel' }));
    const poster = recordingPoster();
    const ps = [
      posting('late', '2025-06-13', { source: { file: 'z.md', line: 1 } }),
      posting('early', '2025-06-07', { source: { file: 'y.md', line: 1 } }),
      posting('late-a', '2025-06-13', { source: { file: 'a.md', line: 4 } }),
    ];
    await sweep(store, poster, june(6), ps);
    expect(poster.posts.map((p) => `${p.channelId}/${p.reply.postings[0]?.id}`)).toEqual([
      'a-channel/early',
      'a-channel/late-a',
      'a-channel/late',
      'b-channel/early',
      'b-channel/late-a',
      'b-channel/late',
    ]);
  });

  it('sends only to channels whose filter matches', async () => {
    const store = openStore();
    await store.subscribe(sub({ channelId: 'cpp', filter: 'c++ cern' }));
    await store.subscribe(sub({ channelId: 'ska', filter: 'SKA' }));
    const poster = recordingPoster();
    await sweep(store, poster, june(6));
    expect(poster.posts.map((p) => p.channelId)).toEqual(['cpp']);
  });
});

describe('catch-up after downtime', () => {
  it('sends only the most recent missed offset, once, with the true days left, never the older one', async () => {
    const store = openStore();
    await store.subscribe(sub());
    const poster = recordingPoster();
    // Down from day -15 to day -5: the 14-day (6 June) and 7-day (13 June) days were missed.
    const { report } = await sweep(store, poster, june(15));
    expect(report.sent).toBe(1);
    expect(poster.posts[0]?.key).toMatch(/:7$/);
    expect(poster.posts[0]?.reply.text).toContain('5 days left');
    for (const day of [15, 16, 17, 18]) await sweep(store, poster, june(day));
    expect(poster.posts).toHaveLength(1);
    await sweep(store, poster, june(19));
    expect(poster.posts.map((p) => p.key?.split(':').at(-1))).toEqual(['7', '1']);
    expect(poster.posts[1]?.reply.text).toContain('1 day left');
    // The deadline day: 0 is not an offset, so nothing; and the 14 never comes back.
    await sweep(store, poster, june(20));
    expect(poster.posts).toHaveLength(2);
    expect((await store.deliveries()).map((d) => d.daysBefore)).toEqual([7, 1]);
  });

  it('gives a channel that subscribes late only the current reminder', async () => {
    const store = openStore();
    await store.subscribe(sub({ createdAt: '2025-06-18T08:00:00Z' }));
    const poster = recordingPoster();
    await sweep(store, poster, june(18));
    expect(poster.posts.map((p) => p.key?.split(':').at(-1))).toEqual(['7']);
    expect(poster.posts[0]?.reply.text).toContain('2 days left');
  });

  it('sends a deadline-day reminder only when 0 is an offset, saying it closes today', async () => {
    const store = openStore();
    await store.subscribe(sub({ offsets: [0] }));
    const poster = recordingPoster();
    await sweep(store, poster, june(19));
    expect(poster.posts).toHaveLength(0);
    await sweep(store, poster, june(20));
    expect(poster.posts[0]?.reply.text).toContain('closes today');
    await sweep(store, poster, june(21));
    expect(poster.posts).toHaveLength(1);
  });
});

describe('failures and retries', () => {
  it('records a failed post, retries it on the next sweep and delivers it once', async () => {
    const store = openStore();
    await store.subscribe(sub());
    const poster = recordingPoster();
    poster.failNext(1);
    const first = await sweep(store, poster, june(6));
    expect(first.report).toMatchObject({ sent: 0, failed: 1 });
    expect((await store.deliveries())[0]).toMatchObject({
      state: 'failed',
      attempts: 1,
      error: expect.stringContaining('503'),
    });
    expect(first.lines.some((l) => l.msg.includes('retried on the next run'))).toBe(true);
    const second = await sweep(store, poster, new Date('2025-06-06T08:00:00Z'));
    expect(second.report).toMatchObject({ sent: 1, failed: 0 });
    await sweep(store, poster, new Date('2025-06-06T09:00:00Z'));
    expect(poster.posts).toHaveLength(1);
    expect((await store.deliveries())[0]).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('leaves a platform that keeps failing alone for the rest of the sweep, and delivers later', async () => {
    const store = openStore();
    await store.subscribe(sub());
    const postings = ['a', 'b', 'c', 'd', 'e'].map((id) => posting(`p-${id}`, '2025-06-13'));
    const poster = recordingPoster();
    poster.failNext(100);
    const first = await sweep(store, poster, june(6), postings);
    expect(first.report).toMatchObject({ due: 5, failed: 3, skipped: 2, sent: 0 });
    expect(poster.failures).toBe(3);
    expect(first.lines.some((l) => l.msg.includes('3 posts in a row'))).toBe(true);
    poster.failNext(0);
    const second = await sweep(store, poster, new Date('2025-06-06T08:00:00Z'), postings);
    expect(second.report).toMatchObject({ sent: 5, failed: 0, skipped: 0 });
    expect(new Set(poster.posts.map((p) => p.key)).size).toBe(5);
  });

  it('gives up after the attempt limit, logging it once', async () => {
    const store = openStore();
    await store.subscribe(sub());
    const poster = recordingPoster();
    poster.failNext(100);
    const claimOptions = { maxAttempts: 3 };
    const logs = [];
    for (let hour = 7; hour < 12; hour++) {
      const { lines } = await sweep(
        store,
        poster,
        new Date(`2025-06-06T${String(hour).padStart(2, '0')}:00:00Z`),
        [P],
        { claimOptions },
      );
      logs.push(...lines);
    }
    expect(poster.failures).toBe(3);
    expect(logs.filter((l) => l.msg.includes('given up'))).toHaveLength(1);
    expect((await store.deliveries())[0]).toMatchObject({ state: 'failed', attempts: 3 });
  });

  it('leaves a reminder unposted when it cannot check an earlier attempt, and retries later', async () => {
    const store = openStore();
    await store.subscribe(sub());
    const flaky = recordingPoster('mattermost', { findPostedThrows: true });
    flaky.failNext(1);
    await sweep(store, flaky, june(6));
    const { report } = await sweep(store, flaky, june(7));
    expect(report.failed).toBe(1);
    expect(flaky.posts).toHaveLength(0);
    expect((await store.deliveries())[0]?.error).toContain('could not check');
  });
});

describe('a crash between claim and post', () => {
  const key: ReminderKey = {
    platform: 'mattermost',
    channelId: TOWN,
    postingId: 'cms-dev',
    deadline: '2025-06-20',
    daysBefore: 14,
  };

  async function crashAfterClaim(posted: boolean, poster: ReturnType<typeof recordingPoster>) {
    const before = openStore();
    await before.subscribe(sub());
    await before.claimReminder(key, june(6));
    if (posted)
      poster.posts.push({
        channelId: TOWN,
        reply: { text: 'x', blocks: [], postings: [], suggestions: [] },
        key: reminderKeyString(key),
      });
    await before.close(); // the process dies here: no outcome recorded
  }
  // The restarted process comes back after the dead one's lease has lapsed.
  const afterTheLease = () => openStore({ leaseClock: () => Date.now() + DEFAULT_LEASE_MS + 1 });

  it('leaves a claim whose lease is live alone: its holder may still be posting', async () => {
    const poster = recordingPoster();
    await crashAfterClaim(false, poster);
    const { report } = await sweep(openStore(), poster, june(6));
    expect(report).toMatchObject({ sent: 0, busy: 1, recovered: 0 });
    expect(poster.findPostedCalls).toHaveLength(0);
    expect(poster.posts).toHaveLength(0);
  });

  it('does not post again when the platform says the post went out', async () => {
    const poster = recordingPoster();
    await crashAfterClaim(true, poster);
    const store = afterTheLease();
    const { report } = await sweep(store, poster, june(6));
    expect(report).toMatchObject({ sent: 0, recovered: 1 });
    expect(poster.posts).toHaveLength(1);
    expect(poster.findPostedCalls[0]).toMatchObject({ channelId: TOWN, key: reminderKeyString(key) });
    expect(poster.findPostedCalls[0]!.since.getTime()).toBeLessThanOrEqual(june(6).getTime());
    expect((await store.deliveries())[0]).toMatchObject({ state: 'sent' });
  });

  it('posts once when the platform says it did not go out', async () => {
    const poster = recordingPoster();
    await crashAfterClaim(false, poster);
    const store = afterTheLease();
    const { report } = await sweep(store, poster, june(6));
    expect(report).toMatchObject({ sent: 1, recovered: 1 });
    await sweep(store, poster, june(7));
    expect(poster.posts).toHaveLength(1);
  });

  it('posts again when the platform cannot tell (no findPosted)', async () => {
    const poster = recordingPoster('mattermost', { withFindPosted: false });
    await crashAfterClaim(false, poster);
    const store = afterTheLease();
    const { report } = await sweep(store, poster, june(6));
    expect(report).toMatchObject({ sent: 1, recovered: 1 });
  });
});

describe('store errors during a claim', () => {
  it('with the database locked by another connection: logs one line, posts nothing, delivers next sweep', async () => {
    const store = openStore({ busyTimeoutMs: 20 });
    await store.subscribe(sub());
    await store.subscribe(sub({ channelId: 'second' }));
    const poster = recordingPoster();
    const other = new Database(dbPath);
    other.exec('BEGIN EXCLUSIVE');
    const locked = await sweep(store, poster, june(6));
    expect(poster.posts).toHaveLength(0);
    expect(locked.report).toMatchObject({ sent: 0, skipped: 2 });
    expect(locked.report.storeError).toContain('locked');
    const errors = locked.lines.filter((l) => l.level >= 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.msg).toMatch(/cut short.*locked.*nothing was posted without a claim/);
    other.exec('COMMIT');
    other.close();
    const after = await sweep(store, poster, june(6));
    expect(after.report).toMatchObject({ sent: 2, skipped: 0 });
  });

  it('with the disk full: logs it, posts nothing, delivers next sweep', async () => {
    const real = openStore();
    real.subscribe(sub());
    let full = true;
    // The store as it behaves on a full disk: the claim's write fails with SQLITE_FULL.
    const fullDisk: Store = {
      ...real,
      claimReminder(key, now, options) {
        if (full) throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
        return real.claimReminder(key, now, options);
      },
    };
    const poster = recordingPoster();
    const { report, lines } = await sweep(fullDisk, poster, june(6));
    expect(poster.posts).toHaveLength(0);
    expect(report.storeError).toContain('disk holding the database is full');
    expect(lines.filter((l) => l.level >= 50)).toHaveLength(1);
    full = false;
    expect((await sweep(fullDisk, poster, june(6))).report.sent).toBe(1);
  });

  it('when the outcome cannot be recorded, checks the platform later instead of posting twice', async () => {
    let leaseNow = Date.now();
    const real = openStore({ leaseClock: () => leaseNow });
    await real.subscribe(sub());
    let broken = true;
    const flakyMark: Store = {
      ...real,
      async markReminder(key, outcome, now) {
        if (broken) throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
        await real.markReminder(key, outcome, now);
      },
    };
    const poster = recordingPoster();
    const first = await sweep(flakyMark, poster, june(6));
    expect(first.report.sent).toBe(1);
    expect(first.lines.some((l) => l.msg.includes('outcome not recorded'))).toBe(true);
    broken = false;
    // Within the lease the claim is still held: no post, no double.
    leaseNow += DEFAULT_LEASE_MS / 2;
    const soon = await sweep(flakyMark, poster, june(6));
    expect(soon.report).toMatchObject({ sent: 0, skipped: 1, busy: 1 });
    // Past it, the platform is asked: the post is there, so it is recorded, not repeated.
    leaseNow += DEFAULT_LEASE_MS;
    const later = await sweep(flakyMark, poster, june(6));
    expect(later.report).toMatchObject({ sent: 0, recovered: 1 });
    expect(poster.posts).toHaveLength(1);
    expect((await real.deliveries())[0]?.state).toBe('sent');
  });

  it('skips channels of a platform without a poster, and says so', async () => {
    const store = openStore();
    await store.subscribe(sub({ platform: 'slack', channelId: 'C1' }));
    const { report, lines } = await sweep(store, recordingPoster('mattermost'), june(6));
    expect(report).toMatchObject({ sent: 0, skipped: 1 });
    expect(lines.some((l) => l.msg.includes('slack adapter is not running'))).toBe(true);
    expect(await store.deliveries()).toEqual([]);
  });
});
