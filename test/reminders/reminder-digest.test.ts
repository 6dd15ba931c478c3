// A channel with many reminders at one sweep gets one digest, each reminder still claimed and
// recorded on its own key; a crash or a failure around a digest posts nothing twice.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelPoster } from '../../src/bot/types.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { DIGEST_CAP } from '../../src/reminders/digest-reply.ts';
import { DIGEST_OVER, reminderKeyString, sweepReminders } from '../../src/reminders/sweep.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import { DEFAULT_LEASE_MS, type ReminderKey, type Store, type Subscription } from '../../src/store/store.ts';
import { addDays } from '../../src/time/calendar.ts';
import { captureLog, posting, recordingPoster, TZ } from './helpers.ts';

let dir: string;
const opened: Store[] = [];
let wall = 1_000_000;
function openStore(owner?: string): Store {
  const s = openSqliteStoreSync(join(dir, 'positions.db'), { leaseClock: () => wall, ...(owner ? { owner } : {}) });
  opened.push(s);
  return s;
}
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'positions-digest-'));
  wall = 1_000_000;
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

const sub = (channelId: string, extra: Partial<Subscription> = {}): Subscription => ({
  platform: 'mattermost',
  channelId,
  offsets: [30, 14, 7, 1],
  filter: null,
  createdBy: 'alice',
  createdAt: '2025-05-01T08:00:00Z',
  ...extra,
});

/** 09:00 in Zurich on 6 June 2025. */
const NOW = new Date('2025-06-06T07:00:00Z');
/** `n` postings whose deadlines fall 2..n+1 days from NOW: each has a current reminder (7, 14 or 30). */
const many = (n: number): Posting[] =>
  Array.from({ length: n }, (_, i) =>
    posting(`p${String(i).padStart(2, '0')}`, addDays('2025-06-06', 2 + i), {
      source: { file: `p${String(i).padStart(2, '0')}.md`, line: 1 },
    }),
  );

function sweep(store: Store, poster: ChannelPoster, postings: Posting[], extra = {}) {
  const { log, lines } = captureLog();
  return sweepReminders({ store, postings, posters: [poster], now: NOW, timeZone: TZ, log, ...extra }).then(
    (report) => ({ report, lines }),
  );
}

const keyOf = (channelId: string, p: Posting, daysBefore: number): ReminderKey => ({
  platform: 'mattermost',
  channelId,
  postingId: p.id,
  deadline: p.deadline?.date as string,
  daysBefore,
});

describe('reminder digests', () => {
  it(`posts a channel's ${DIGEST_OVER + 1} or more reminders as one message, each recorded on its key`, async () => {
    const store = openStore();
    await store.subscribe(sub('busy-channel'));
    await store.subscribe(sub('quiet-channel', { filter: 'p03' }));
    const postings = many(DIGEST_OVER + 5);
    const poster = recordingPoster();
    const { report } = await sweep(store, poster, postings, {});
    expect(report).toMatchObject({ due: DIGEST_OVER + 6, sent: DIGEST_OVER + 6, posts: 2, failed: 0, skipped: 0 });
    const digest = poster.posts.find((p) => p.channelId === 'busy-channel');
    expect(digest?.reply.text).toContain(`Deadline reminders: ${DIGEST_OVER + 5} postings close soon`);
    expect(digest?.reply.postings).toHaveLength(DIGEST_CAP);
    // Soonest first: two days left, then three.
    expect(digest?.reply.text).toMatch(
      /Software engineer p00 — 2 days left, apply by 8 June 2025.*\n.*p01 — 3 days left/,
    );
    expect(digest?.reply.text).toContain(`And ${DIGEST_OVER + 5 - DIGEST_CAP} more: say '/positions deadlines 16'`);
    expect(digest?.key).toMatch(/^positions-reminder:mattermost:busy-channel:digest-[0-9a-f]{24}$/);
    expect(new Set(digest?.covers)).toEqual(
      new Set(
        postings.map((p, i) => reminderKeyString(keyOf('busy-channel', p, 2 + i <= 7 ? 7 : 2 + i <= 14 ? 14 : 30))),
      ),
    );
    // The channel with one reminder gets it on its own, as before.
    const alone = poster.posts.find((p) => p.channelId === 'quiet-channel');
    expect(alone?.key).toBe(reminderKeyString(keyOf('quiet-channel', postings[3] as Posting, 7)));
    const records = await store.deliveries({ channelId: 'busy-channel' });
    expect(records).toHaveLength(DIGEST_OVER + 5);
    expect(records.every((d) => d.state === 'sent' && d.attempts === 1)).toBe(true);

    const again = await sweep(store, poster, postings);
    expect(again.report).toMatchObject({ sent: 0, posts: 0 });
    expect(poster.posts).toHaveLength(2);
  });

  it('makes no claim, and so no write, for reminders already recorded as sent', async () => {
    const store = openStore();
    await store.subscribe(sub('town'));
    const postings = many(DIGEST_OVER + 5);
    await sweep(store, recordingPoster(), postings);
    const claimed: number[] = [];
    const counting: Store = {
      ...store,
      claimDeliveries: (refs, now, options) => {
        claimed.push(refs.length);
        return store.claimDeliveries(refs, now, options);
      },
      claimReminder: (key, now, options) => {
        claimed.push(1);
        return store.claimReminder(key, now, options);
      },
    };
    // One more posting: only its reminder is claimed (alone: one is not a digest).
    const more = [...postings, posting('late', '2025-06-19')];
    const { report } = await sweep(counting, recordingPoster(), more);
    expect(report).toMatchObject({ due: DIGEST_OVER + 6, sent: 1, posts: 1 });
    expect(claimed).toEqual([1]);
  });

  it('retries a failed digest on the next sweep and posts it once', async () => {
    const store = openStore();
    await store.subscribe(sub('town'));
    const postings = many(DIGEST_OVER + 2);
    const poster = recordingPoster();
    poster.failNext(1);
    const first = await sweep(store, poster, postings);
    expect(first.report).toMatchObject({ sent: 0, posts: 0, failed: DIGEST_OVER + 2 });
    expect((await store.deliveries()).every((d) => d.state === 'failed')).toBe(true);
    const second = await sweep(store, poster, postings);
    expect(second.report).toMatchObject({ sent: DIGEST_OVER + 2, posts: 1, failed: 0 });
    expect(poster.posts).toHaveLength(1);
    // The platform was asked first whether the failed attempt had gone out after all.
    expect(poster.findPostedCalls[0]?.key).toBe(poster.posts[0]?.key);
  });

  it('after a crash between the digest and its record, finds it posted and does not post it again', async () => {
    const postings = many(DIGEST_OVER + 3);
    const poster = recordingPoster();
    const dead = openStore('dead-replica');
    await dead.subscribe(sub('town'));
    // The dead replica's sweep: its digest reaches the channel, then it dies before recording it.
    const crashing: Store = { ...dead, markDeliveries: () => new Promise<void>(() => {}) };
    void sweep(crashing, poster, postings);
    await new Promise((r) => setTimeout(r, 50));
    expect(poster.posts).toHaveLength(1);

    const live = openStore('live-replica');
    const busy = await sweep(live, poster, postings);
    expect(busy.report).toMatchObject({ sent: 0, busy: DIGEST_OVER + 3 });
    wall += DEFAULT_LEASE_MS + 1;
    const { report, lines } = await sweep(live, poster, postings);
    expect(report).toMatchObject({ sent: DIGEST_OVER + 3, posts: 0, recovered: 1 });
    expect(poster.posts).toHaveLength(1);
    expect(lines.some((l) => l.msg.includes('recorded without posting again'))).toBe(true);
    expect((await live.deliveries()).every((d) => d.state === 'sent')).toBe(true);
  });

  it('finds a reminder an earlier attempt posted on its own, and posts only the others in the digest', async () => {
    const postings = many(DIGEST_OVER + 3);
    const poster = recordingPoster();
    const dead = openStore('dead-replica');
    await dead.subscribe(sub('town'));
    // A replica claimed and posted one reminder alone, then died before recording it.
    const first = keyOf('town', postings[0] as Posting, 7);
    await dead.claimReminder(first, NOW);
    poster.posts.push({
      channelId: 'town',
      reply: { text: '', blocks: [], postings: [], suggestions: [] },
      key: reminderKeyString(first),
    });
    wall += DEFAULT_LEASE_MS + 1;
    const live = openStore('live-replica');
    const { report } = await sweep(live, poster, postings);
    expect(report).toMatchObject({ sent: DIGEST_OVER + 3, posts: 1, recovered: 1 });
    expect(poster.posts).toHaveLength(2);
    expect(poster.posts[1]?.covers).toHaveLength(DIGEST_OVER + 2);
    expect(poster.posts[1]?.covers).not.toContain(reminderKeyString(first));
  });
});

describe('sweeping in a replica of its own order', () => {
  it('visits every channel once, in an order that differs between replicas', async () => {
    const channels = Array.from({ length: 12 }, (_, i) => `c${String(i).padStart(2, '0')}`);
    const store = openStore();
    for (const c of channels) await store.subscribe(sub(c));
    const p = posting('cms-dev', '2025-06-20');
    const orders: string[][] = [];
    for (const replica of ['replica-a', 'replica-b']) {
      const poster = recordingPoster();
      const fresh = openSqliteStoreSync(join(dir, `${replica}.db`));
      opened.push(fresh);
      for (const c of channels) await fresh.subscribe(sub(c));
      await sweep(fresh, poster, [p], { orderFor: replica });
      orders.push(poster.posts.map((x) => x.channelId));
    }
    expect([...(orders[0] as string[])].sort()).toEqual(channels);
    expect([...(orders[1] as string[])].sort()).toEqual(channels);
    expect(orders[0]).not.toEqual(orders[1]);
    expect(orders[0]).not.toEqual(channels);
  });

  it('two replicas sweeping one store at once, each in its own order, post each reminder once', async () => {
    const channels = Array.from({ length: 8 }, (_, i) => `c${i}`);
    const a = openStore('replica-a');
    const b = openStore('replica-b');
    for (const c of channels) await a.subscribe(sub(c));
    const poster = recordingPoster();
    const postings = many(DIGEST_OVER + 2).concat(many(3).map((p) => ({ ...p, id: `x-${p.id}` })));
    await Promise.all([
      sweep(a, poster, postings, { orderFor: a.owner }),
      sweep(b, poster, postings, { orderFor: b.owner }),
    ]);
    const delivered = poster.posts.flatMap((x) => x.covers ?? [x.key]);
    expect(new Set(delivered).size).toBe(delivered.length);
    expect(delivered).toHaveLength(channels.length * postings.length);
  });
});
