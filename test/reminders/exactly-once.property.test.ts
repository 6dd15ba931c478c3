// Exactly once, whatever happens between sweeps: random days, failing posts, restarts and
// crashes between claim and post. Each key reaches the channel at most once, offsets only go
// down, and a sweep with a working platform leaves the current reminder delivered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { currentOffset } from '../../src/reminders/due.ts';
import { reminderKeyString, sweepReminders } from '../../src/reminders/sweep.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import { DEFAULT_LEASE_MS, type ReminderKey, type Store } from '../../src/store/store.ts';
import { addDays, daysBetween } from '../../src/time/calendar.ts';
import { posting, recordingPoster, TZ } from './helpers.ts';

type Step = { advance: number; event: 'ok' | 'fail' | 'restart' | 'crash-posted' | 'crash-unposted' };

const step = fc.record({
  advance: fc.integer({ min: 0, max: 4 }),
  event: fc.constantFrom<Step['event']>('ok', 'ok', 'ok', 'fail', 'restart', 'crash-posted', 'crash-unposted'),
});

const log = pino({ level: 'silent' });
const CHANNEL = 'town';

describe('exactly-once delivery (property)', () => {
  it('never posts a key twice, never goes back to a larger offset, and delivers when it can', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.constantFrom(0, 1, 3, 7, 14), { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 5, max: 30 }), { minLength: 1, maxLength: 3 }),
        fc.array(step, { minLength: 1, maxLength: 14 }),
        async (offsets, deadlineDays, steps) => {
          const dir = mkdtempSync(join(tmpdir(), 'positions-prop-'));
          const path = join(dir, 'p.db');
          // Wall time of leases: a restart after a crash comes back once the dead one's lease lapsed.
          let leaseNow = 0;
          const options = { leaseClock: () => leaseNow };
          let store: Store = openSqliteStoreSync(path, options);
          try {
            await store.subscribe({
              platform: 'mattermost',
              channelId: CHANNEL,
              offsets,
              filter: null,
              createdBy: 'u',
              createdAt: '2025-06-01T00:00:00Z',
            });
            const postings = deadlineDays.map((d, i) => posting(`p${i}`, addDays('2025-06-01', d)));
            const poster = recordingPoster();
            let day = '2025-06-01';
            for (const s of steps) {
              day = addDays(day, s.advance);
              const now = new Date(`${day}T08:00:00Z`);
              leaseNow += s.advance * 86_400_000;
              if (s.event === 'restart') {
                await store.close();
                store = openSqliteStoreSync(path, options);
              }
              if (s.event === 'crash-posted' || s.event === 'crash-unposted') {
                // A process claims the current reminder of the first posting, maybe posts it, dies.
                const p = postings[0]!;
                const offset = currentOffset(daysBetween(day, p.deadline!.date), offsets);
                if (offset !== null) {
                  const key: ReminderKey = {
                    platform: 'mattermost',
                    channelId: CHANNEL,
                    postingId: p.id,
                    deadline: p.deadline!.date,
                    daysBefore: offset,
                  };
                  const claim = await store.claimReminder(key, now);
                  if (claim.status === 'post' && s.event === 'crash-posted')
                    poster.posts.push({
                      channelId: CHANNEL,
                      reply: { text: '', blocks: [], postings: [], suggestions: [] },
                      key: reminderKeyString(key),
                    });
                }
                await store.close();
                store = openSqliteStoreSync(path, options);
                leaseNow += DEFAULT_LEASE_MS + 1;
              }
              if (s.event === 'fail') poster.failNext(1);
              await sweepReminders({ store, postings, posters: [poster], now, timeZone: TZ, log });
              poster.failNext(0);

              if (s.event !== 'fail') {
                // Liveness: with a working platform, every current reminder is now delivered
                // (or superseded by a smaller offset delivered earlier).
                for (const p of postings) {
                  const offset = currentOffset(daysBetween(day, p.deadline!.date), offsets);
                  if (offset === null) continue;
                  const rows = await store.deliveries({ postingId: p.id });
                  const done = rows.filter(
                    (d) =>
                      (d.state === 'sent' && d.daysBefore <= offset) ||
                      (d.state === 'failed' && d.attempts >= 5 && d.daysBefore === offset),
                  );
                  expect(done.length).toBeGreaterThan(0);
                }
              }
            }
            // Safety: each key at most once; per posting, offsets strictly decreasing.
            const keys = poster.posts.map((p) => p.key);
            expect(new Set(keys).size).toBe(keys.length);
            for (const p of postings) {
              const mine = keys
                .filter((k): k is string => Boolean(k?.includes(`:${p.id}:`)))
                .map((k) => Number(k.split(':').at(-1)));
              for (let i = 1; i < mine.length; i++) expect(mine[i]).toBeLessThan(mine[i - 1]!);
            }
          } finally {
            await store.close();
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
