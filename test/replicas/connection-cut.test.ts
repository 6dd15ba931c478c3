// A PostgreSQL connection cut in the middle of a sweep (pg_terminate_backend, as a failover or
// an administrator would): the sweep is cut short or carries on, nothing is posted twice, and
// the next sweep after the lease delivers whatever was left.
import { afterAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/answers/reply.ts';
import type { ChannelPoster, PostOptions } from '../../src/bot/types.ts';
import { sweepReminders } from '../../src/reminders/sweep.ts';
import { openPgStore } from '../../src/store/pg-store.ts';
import { DEFAULT_LEASE_MS } from '../../src/store/store.ts';
import { captureLog, posting, TZ } from '../reminders/helpers.ts';
import { createTestDatabase } from '../store/pg-test-database.ts';

const db = await createTestDatabase();
afterAll(() => db?.drop());

const NOW = new Date('2025-06-13T07:00:00Z');
const POSTINGS = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => posting(id, '2025-06-20'));

describe.skipIf(db === null)('a PostgreSQL connection cut mid-sweep', () => {
  it('posts nothing twice and delivers the rest on the next sweep', async () => {
    const pg = db as NonNullable<typeof db>;
    let wall = Date.now();
    const store = await openPgStore(pg.url, { poolSize: 2, leaseClock: () => wall, onIdleError: () => {} });
    try {
      await store.subscribe({
        platform: 'mattermost',
        channelId: 'town',
        offsets: [7],
        filter: null,
        createdBy: 'u',
        createdAt: '2025-06-01T00:00:00Z',
      });
      const posts: string[] = [];
      let cut = false;
      const poster: ChannelPoster = {
        platform: 'mattermost',
        async postToChannel(_c: string, _r: Reply, options?: PostOptions) {
          posts.push(String(options?.key));
          if (posts.length === 2 && !cut) {
            cut = true;
            // Every connection of the bot's database, mid-delivery.
            await pg.admin(
              'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
              [pg.name],
            );
          }
        },
        async findPosted(_c: string, key: string) {
          return posts.includes(key);
        },
      };
      const { log, lines } = captureLog();
      const deps = { store, postings: POSTINGS, posters: [poster], timeZone: TZ, log };
      const first = await sweepReminders({ ...deps, now: NOW });
      expect(cut).toBe(true);
      expect(first.sent + first.skipped + first.failed).toBeLessThanOrEqual(POSTINGS.length);
      // Either the pool noticed the cut first and carried on, or a call failed and said so.
      const cutShort = first.storeError !== undefined || lines.some((l) => /outcome not recorded/.test(l.msg));
      if (first.sent < POSTINGS.length) expect(cutShort).toBe(true);

      wall += DEFAULT_LEASE_MS + 1;
      const second = await sweepReminders({ ...deps, now: NOW });
      expect(second.storeError).toBeUndefined();
      expect(new Set(posts).size).toBe(posts.length);
      expect(posts).toHaveLength(POSTINGS.length);
      expect((await store.deliveries()).every((d) => d.state === 'sent')).toBe(true);
    } finally {
      await store.close();
    }
  });
});
