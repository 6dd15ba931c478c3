// A delivery renews its claim's lease while the post runs: a platform slower than the lease does
// not let another replica take the claim over (and post it twice); once the delivery is over,
// the renewals stop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { deliverOnce } from '../../src/reminders/deliver.ts';
import { deliverDigest } from '../../src/reminders/deliver-digest.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import type { Claim, ReminderKey, Store } from '../../src/store/store.ts';

const dir = mkdtempSync(join(tmpdir(), 'positions-lease-'));
const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const key: ReminderKey = { platform: 'slack', channelId: 'C1', postingId: 'p1', deadline: '2025-06-20', daysBefore: 7 };
const NOW = new Date('2025-06-13T07:00:00Z');
const LEASE = { leaseMs: 150 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a delivery slower than its lease', () => {
  it('keeps its claim busy for other replicas until it is recorded, and is posted once', async () => {
    const path = join(dir, 'lease.db');
    const a = openSqliteStoreSync(path, { owner: 'replica-a' });
    const b = openSqliteStoreSync(path, { owner: 'replica-b' });
    stores.push(a, b);
    const posted: string[] = [];
    let posting = true;
    const seenByB: Claim['status'][] = [];
    const delivery = deliverOnce({
      claim: () => a.claimReminder(key, NOW, LEASE),
      mark: (o) => a.markReminder(key, o, NOW),
      renew: () => a.renewLease({ kind: 'reminder', key }, LEASE.leaseMs),
      poster: {
        platform: 'slack',
        async postToChannel(_c, _r, options) {
          await sleep(600); // four leases
          posted.push(String(options?.key));
        },
      },
      channelId: 'C1',
      key: 'k1',
      reply: () => ({ text: 'x', blocks: [], postings: [], suggestions: [] }),
      claimOptions: LEASE,
      log: pino({ level: 'silent' }),
      what: {},
    });
    // Replica B tries the same reminder all along.
    const watcher = (async () => {
      while (posting) {
        seenByB.push((await b.claimReminder(key, NOW, LEASE)).status);
        await sleep(40);
      }
    })();
    const outcome = await delivery;
    posting = false;
    await watcher;
    expect(outcome.result).toBe('sent');
    expect(posted).toEqual(['k1']);
    expect(seenByB.length).toBeGreaterThan(5);
    expect(seenByB.every((s) => s === 'busy' || s === 'done')).toBe(true);
    expect(await b.claimReminder(key, NOW, LEASE)).toMatchObject({ status: 'done', state: 'sent' });
  });

  it('a digest renews all its claims while its post runs: none is taken over', async () => {
    const path = join(dir, 'lease-digest.db');
    const a = openSqliteStoreSync(path, { owner: 'replica-a' });
    const b = openSqliteStoreSync(path, { owner: 'replica-b' });
    stores.push(a, b);
    const refs = ['p1', 'p2', 'p3'].map((postingId) => ({ kind: 'reminder', key: { ...key, postingId } }) as const);
    let posting = true;
    const seenByB: Claim['status'][] = [];
    const delivery = deliverDigest({
      items: refs,
      store: a,
      now: NOW,
      refOf: (r) => r,
      keyOf: (r) => r.key.postingId,
      idOf: (r) => r.key.postingId,
      poster: {
        platform: 'slack',
        async postToChannel() {
          await sleep(600); // four leases
        },
      },
      channelId: 'C1',
      keyFor: (id) => id,
      reply: () => ({ text: 'x', blocks: [], postings: [], suggestions: [] }),
      claimOptions: LEASE,
      log: pino({ level: 'silent' }),
      what: {},
    });
    const watcher = (async () => {
      while (posting) {
        seenByB.push(...(await b.claimDeliveries([...refs], NOW, LEASE)).map((c) => c.status));
        await sleep(40);
      }
    })();
    const outcome = await delivery;
    posting = false;
    await watcher;
    expect(outcome).toMatchObject({ posts: 1, failed: [] });
    expect(outcome.sent).toHaveLength(3);
    expect(seenByB.length).toBeGreaterThan(15);
    expect(seenByB.every((s) => s === 'busy' || s === 'done')).toBe(true);
  });
});
