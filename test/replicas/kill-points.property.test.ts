// Property: three replicas on one database sweep in any order, and any of them may die at any
// point of a delivery (before the post, after the post reached the channel, or not at all) or
// stall in the middle of a post while the others sweep (a slow platform: it is alive and
// finishes later, within its lease); a dead replica is replaced by a fresh process (a new
// owner), and time may pass beyond a lease.
// Safety: no reminder is ever posted twice. Liveness: once a lease has passed after the last
// death, one more sweep by any replica leaves every reminder delivered.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/answers/reply.ts';
import type { ChannelPoster, PostOptions } from '../../src/bot/types.ts';
import { sweepReminders } from '../../src/reminders/sweep.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import { DEFAULT_LEASE_MS, type Store } from '../../src/store/store.ts';
import { posting, TZ } from '../reminders/helpers.ts';

const log = pino({ level: 'silent' });
const NOW = new Date('2025-06-13T07:00:00Z');
// Deadlines 7 days ahead: each posting's 7-day reminder is due in each channel.
const POSTINGS = ['a', 'b', 'c', 'd'].map((id) => posting(id, '2025-06-20'));
const CHANNELS = ['town', 'jobs'];

type Death = 'none' | 'before-post' | 'after-post' | 'stall';
const step = fc.record({
  replica: fc.integer({ min: 0, max: 2 }),
  death: fc.constantFrom<Death>('none', 'none', 'before-post', 'after-post', 'stall', 'stall'),
  /** Which of this sweep's posts the death hits (1-based). */
  at: fc.integer({ min: 1, max: 8 }),
  /** Wall time that passes before the step, in lease lengths. */
  wait: fc.constantFrom(0, 0, 0.5, 1.1),
});

/** The channel as every replica posts to it; a dying replica's post may hang forever. */
function channel() {
  const posts: string[] = [];
  const stalled: (() => void)[] = [];
  const forPlatform = (die: { at: number; death: Death } | null): ChannelPoster => {
    let n = 0;
    return {
      platform: 'mattermost',
      async postToChannel(_channelId: string, _reply: Reply, options?: PostOptions) {
        n += 1;
        if (die?.death === 'stall' && n === die.at) await new Promise<void>((r) => stalled.push(r));
        else if (die && die.death !== 'none' && n === die.at) {
          if (die.death === 'after-post') posts.push(String(options?.key));
          // The process is gone: this promise never settles.
          await new Promise(() => {});
        }
        posts.push(String(options?.key));
      },
      async findPosted(_channelId: string, key: string) {
        return posts.includes(key);
      },
    };
  };
  return { posts, stalled, forPlatform };
}

describe('replicas dying at random points (property)', () => {
  it('never post a reminder twice, and deliver every one once leases have passed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const dir = mkdtempSync(join(tmpdir(), 'positions-kill-points-'));
        const path = join(dir, 'p.db');
        let wall = 0;
        let lives = 0;
        const open = () => openSqliteStoreSync(path, { owner: `life-${++lives}`, leaseClock: () => wall });
        const replicas: Store[] = [open(), open(), open()];
        const { posts, stalled, forPlatform } = channel();
        const running: Promise<unknown>[] = [];
        // A stalled replica is alive: it finishes before a lease's worth of time can pass.
        const finishStalled = async () => {
          for (const release of stalled.splice(0)) release();
          await Promise.all(running.splice(0));
        };
        try {
          for (const c of CHANNELS)
            await (replicas[0] as Store).subscribe({
              platform: 'mattermost',
              channelId: c,
              offsets: [7],
              filter: null,
              createdBy: 'u',
              createdAt: '2025-06-01T00:00:00Z',
            });
          for (const s of steps) {
            if (s.wait > 0) await finishStalled();
            wall += s.wait * DEFAULT_LEASE_MS;
            const store = replicas[s.replica] as Store;
            const poster = forPlatform(s);
            const sweep = sweepReminders({ store, postings: POSTINGS, posters: [poster], now: NOW, timeZone: TZ, log });
            if (s.death === 'none') {
              await sweep;
              continue;
            }
            if (s.death === 'stall') {
              running.push(sweep);
              await new Promise((r) => setTimeout(r, 20));
              continue;
            }
            // Dies at its `at`th post, or finishes first if it has fewer to make.
            const died = await Promise.race([
              sweep.then(() => false),
              new Promise<boolean>((r) => setTimeout(() => r(true), 20)),
            ]);
            if (died) {
              await store.close();
              replicas[s.replica] = open();
            }
          }
          await finishStalled();
          const keys = [...posts];
          expect(new Set(keys).size).toBe(keys.length);

          wall += DEFAULT_LEASE_MS + 1;
          await sweepReminders({
            store: replicas[0] as Store,
            postings: POSTINGS,
            posters: [forPlatform(null)],
            now: NOW,
            timeZone: TZ,
            log,
          });
          expect(new Set(posts).size).toBe(posts.length);
          expect(posts).toHaveLength(POSTINGS.length * CHANNELS.length);
          const states = (await (replicas[0] as Store).deliveries()).map((d) => d.state);
          expect(states.every((st) => st === 'sent')).toBe(true);
        } finally {
          for (const r of replicas) await r.close();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 20 },
    );
  });
});
