// One conformance suite for every Store engine: the same behaviour on SQLite and PostgreSQL.
// An engine's test file calls `describeStoreConformance` with a harness that gives a fresh
// database per test and opens stores on it (several, as several replicas would).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Topic } from '../../src/answers/reply.ts';
import type { UserFacts } from '../../src/eligibility/index.ts';
import type { DeliveryRef, ReminderKey, Store, StoreOptions, Subscription } from '../../src/store/store.ts';

export interface StoreHarness {
  /** A new empty database for the next test. */
  fresh(): Promise<void>;
  /** A store on the current database (each call: another connection, as another replica). */
  open(options?: StoreOptions): Promise<Store>;
}

export const NOW = new Date('2025-06-06T07:00:00Z');

export const sub = (channelId: string, extra: Partial<Subscription> = {}): Subscription => ({
  platform: 'mattermost',
  channelId,
  offsets: [14, 7, 1],
  filter: null,
  createdBy: 'alice',
  createdAt: NOW.toISOString(),
  ...extra,
});

export const facts: UserFacts = {
  nationalities: ['Italy'],
  degrees: ['master'],
  affiliations: ['SENTINEL-AFFILIATION-7f3a'],
  notAffiliated: [],
  earlierContracts: [],
  rightToWork: { Switzerland: true },
};

const key: ReminderKey = {
  platform: 'mattermost',
  channelId: 'town',
  postingId: 'p1',
  deadline: '2025-06-20',
  daysBefore: 14,
};

/** A lease clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

export function describeStoreConformance(engine: string, harness: StoreHarness | null): void {
  describe.skipIf(harness === null)(`the ${engine} store (conformance)`, () => {
    const h = harness as StoreHarness;
    const opened: Store[] = [];
    const open = async (options: StoreOptions = {}) => {
      const s = await h.open(options);
      opened.push(s);
      return s;
    };
    beforeEach(() => h.fresh());
    afterEach(async () => {
      for (const s of opened.splice(0)) await s.close();
    });

    describe('subscriptions', () => {
      it('subscribing again replaces the subscription', async () => {
        const store = await open();
        await store.subscribe(sub('town'));
        await store.subscribe(sub('town', { offsets: [3, 30, 3], filter: 'C++ France', createdBy: 'bob' }));
        expect(await store.subscriptions()).toEqual([
          sub('town', { offsets: [30, 3], filter: 'C++ France', createdBy: 'bob' }),
        ]);
      });

      it('lists by platform in one bytewise order and unsubscribes', async () => {
        const store = await open();
        for (const id of ['b', 'a', 'B', '_x']) await store.subscribe(sub(id));
        await store.subscribe(sub('s1', { platform: 'slack' }));
        expect((await store.subscriptions('mattermost')).map((s) => s.channelId)).toEqual(['B', '_x', 'a', 'b']);
        expect((await store.subscriptions()).map((s) => `${s.platform}/${s.channelId}`)).toEqual([
          'mattermost/B',
          'mattermost/_x',
          'mattermost/a',
          'mattermost/b',
          'slack/s1',
        ]);
        expect(await store.unsubscribe('mattermost', 'a')).toBe(true);
        expect(await store.unsubscribe('mattermost', 'a')).toBe(false);
        expect(await store.subscription('mattermost', 'a')).toBeNull();
      });

      it('is shared: what one replica subscribes, another reads', async () => {
        const one = await open();
        const two = await open();
        await one.subscribe(sub('town'));
        expect((await two.subscription('mattermost', 'town'))?.offsets).toEqual([14, 7, 1]);
      });
    });

    describe('personal subscriptions and posting marks', () => {
      it('keeps the posting ids of a personal subscription, once each, and drops an empty list', async () => {
        const store = await open();
        await store.subscribe(sub('@U1', { platform: 'slack', postingIds: ['p2', 'p1', 'p2'] }));
        expect(await store.subscription('slack', '@U1')).toEqual(
          sub('@U1', { platform: 'slack', postingIds: ['p2', 'p1'] }),
        );
        await store.subscribe(sub('@U1', { platform: 'slack', filter: 'CMS', postingIds: [] }));
        const again = await store.subscription('slack', '@U1');
        expect(again).toEqual(sub('@U1', { platform: 'slack', filter: 'CMS' }));
        expect(again && 'postingIds' in again).toBe(false);
        // A channel's subscription is untouched by a user's.
        await store.subscribe(sub('town'));
        expect((await store.subscriptions()).map((s) => s.channelId)).toEqual(['town', '@U1']);
      });

      it('marks a posting per user, replaces a mark, lists, unmarks and forgets them', async () => {
        const store = await open();
        const at = NOW.toISOString();
        await store.markPosting({
          platform: 'slack',
          userId: 'U1',
          postingId: 'p1',
          state: 'snoozed',
          until: '2025-06-09',
          updatedAt: at,
        });
        await store.markPosting({
          platform: 'slack',
          userId: 'U1',
          postingId: 'p2',
          state: 'stopped',
          until: null,
          updatedAt: at,
        });
        await store.markPosting({
          platform: 'slack',
          userId: 'U2',
          postingId: 'p1',
          state: 'applied',
          until: null,
          updatedAt: at,
        });
        await store.markPosting({
          platform: 'mattermost',
          userId: 'U1',
          postingId: 'p1',
          state: 'applied',
          until: null,
          updatedAt: at,
        });
        expect(
          (await store.postingMarks({ platform: 'slack', userId: 'U1' })).map((m) => [m.postingId, m.state, m.until]),
        ).toEqual([
          ['p1', 'snoozed', '2025-06-09'],
          ['p2', 'stopped', null],
        ]);
        await store.markPosting({
          platform: 'slack',
          userId: 'U1',
          postingId: 'p1',
          state: 'applied',
          until: null,
          updatedAt: at,
        });
        expect((await store.postingMarks({ platform: 'slack', userId: 'U1' }))[0]).toEqual({
          platform: 'slack',
          userId: 'U1',
          postingId: 'p1',
          state: 'applied',
          until: null,
          updatedAt: at,
        });
        expect((await store.postingMarks()).map((m) => `${m.platform}/${m.userId}/${m.postingId}`)).toEqual([
          'mattermost/U1/p1',
          'slack/U1/p1',
          'slack/U1/p2',
          'slack/U2/p1',
        ]);
        expect(await store.unmarkPosting('slack', 'U1', 'p2')).toBe(true);
        expect(await store.unmarkPosting('slack', 'U1', 'p2')).toBe(false);
        expect(await store.forgetPostingMarks('slack', 'U1')).toBe(1);
        expect((await store.postingMarks()).map((m) => `${m.platform}/${m.userId}`)).toEqual([
          'mattermost/U1',
          'slack/U2',
        ]);
      });

      it('a mark made on one replica is seen by another', async () => {
        const one = await open();
        const two = await open();
        await one.markPosting({
          platform: 'slack',
          userId: 'U1',
          postingId: 'p1',
          state: 'applied',
          until: null,
          updatedAt: NOW.toISOString(),
        });
        expect(await two.postingMarks({ userId: 'U1' })).toHaveLength(1);
      });
    });

    describe('profiles', () => {
      it('saves, shows and forgets a profile', async () => {
        const store = await open();
        expect(await store.profile('slack', 'U1')).toBeNull();
        await store.saveProfile('slack', 'U1', facts, NOW);
        expect(await store.profile('slack', 'U1')).toEqual(facts);
        expect(await store.profile('mattermost', 'U1')).toBeNull();
        await store.saveProfile('slack', 'U1', { ...facts, degrees: ['phd'] }, NOW);
        expect((await store.profile('slack', 'U1'))?.degrees).toEqual(['phd']);
        expect(await store.forgetProfile('slack', 'U1')).toBe(true);
        expect(await store.profile('slack', 'U1')).toBeNull();
        expect(await store.forgetProfile('slack', 'U1')).toBe(false);
      });
    });

    describe('claims', () => {
      it('claims a reminder once; a running claim is busy; a sent one is done', async () => {
        const store = await open();
        expect(await store.claimReminder(key, NOW)).toMatchObject({ status: 'post', previous: 'none', attempts: 1 });
        expect(await store.claimReminder(key, NOW)).toEqual({ status: 'busy' });
        await store.markReminder(key, { ok: true }, NOW);
        expect(await store.claimReminder(key, NOW)).toEqual({ status: 'done', state: 'sent', attempts: 1 });
        expect(await store.deliveries()).toMatchObject([
          { ...key, state: 'sent', attempts: 1, sentAt: NOW.toISOString() },
        ]);
      });

      it('lets a failed reminder be claimed again, up to the attempt limit', async () => {
        const store = await open();
        for (let i = 1; i <= 3; i++) {
          expect(await store.claimReminder(key, NOW, { maxAttempts: 3 })).toMatchObject({
            status: 'post',
            attempts: i,
          });
          await store.markReminder(key, { ok: false, error: `boom ${i}` }, NOW);
        }
        expect(await store.claimReminder(key, NOW, { maxAttempts: 3 })).toEqual({
          status: 'done',
          state: 'failed',
          attempts: 3,
        });
        expect((await store.deliveries())[0]).toMatchObject({ state: 'failed', attempts: 3, error: 'boom 3' });
      });

      it('claims announcements the same way, per channel, posting and what', async () => {
        const store = await open();
        expect((await store.claimAnnouncement('slack', 'C1', 'p1', 'new', NOW)).status).toBe('post');
        expect((await store.claimAnnouncement('slack', 'C2', 'p1', 'new', NOW)).status).toBe('post');
        await store.markAnnouncement('slack', 'C1', 'p1', 'new', { ok: true }, NOW);
        expect(await store.claimAnnouncement('slack', 'C1', 'p1', 'new', NOW)).toMatchObject({ status: 'done' });
        expect(await store.announcements({ channelId: 'C1' })).toMatchObject([{ what: 'new', state: 'sent' }]);
      });

      it('filters deliveries and prunes those of long-past deadlines', async () => {
        const store = await open();
        await store.claimReminder({ ...key, deadline: '2025-01-01' }, NOW);
        await store.claimReminder(key, NOW);
        await store.claimReminder({ ...key, channelId: 'other' }, NOW);
        expect((await store.deliveries({ channelId: 'town', daysBefore: 14 })).map((d) => d.deadline)).toEqual([
          '2025-01-01',
          '2025-06-20',
        ]);
        expect(await store.pruneDeliveries('2025-03-01')).toBe(1);
        expect((await store.deliveries({ channelId: 'town' })).map((d) => d.deadline)).toEqual(['2025-06-20']);
      });
    });

    describe('leases across replicas', () => {
      it('a live lease of another replica is busy; once it lapses the claim is stale and taken over', async () => {
        const clock = manualClock();
        const a = await open({ owner: 'replica-a', leaseClock: clock.now });
        const b = await open({ owner: 'replica-b', leaseClock: clock.now });
        expect((await a.claimReminder(key, NOW, { leaseMs: 10_000 })).status).toBe('post');
        expect(await b.claimReminder(key, NOW, { leaseMs: 10_000 })).toEqual({ status: 'busy' });
        clock.advance(9_999);
        expect(await b.claimReminder(key, NOW, { leaseMs: 10_000 })).toEqual({ status: 'busy' });
        clock.advance(2);
        expect(await b.claimReminder(key, NOW, { leaseMs: 10_000 })).toMatchObject({
          status: 'post',
          previous: 'stale',
          attempts: 2,
          claimedAt: NOW.toISOString(),
        });
        // Now b's: a's late outcome does not overwrite it, b's does.
        await a.markReminder(key, { ok: false, error: 'late' }, NOW);
        expect((await b.deliveries())[0]).toMatchObject({ state: 'claimed', attempts: 2 });
        await b.markReminder(key, { ok: true }, NOW);
        expect((await a.deliveries())[0]).toMatchObject({ state: 'sent', error: null });
      });

      it('a renewed lease stays busy; renewal fails for a claim that is not ours', async () => {
        const clock = manualClock();
        const a = await open({ owner: 'replica-a', leaseClock: clock.now });
        const b = await open({ owner: 'replica-b', leaseClock: clock.now });
        await a.claimAnnouncement('slack', 'C1', 'p1', 'new', NOW, { leaseMs: 1_000 });
        const ref = { kind: 'announcement', platform: 'slack', channelId: 'C1', postingId: 'p1', what: 'new' } as const;
        for (let i = 0; i < 5; i++) {
          clock.advance(800);
          expect(await a.renewLease(ref, 1_000)).toBe(true);
          expect(await b.claimAnnouncement('slack', 'C1', 'p1', 'new', NOW, { leaseMs: 1_000 })).toEqual({
            status: 'busy',
          });
        }
        expect(await b.renewLease(ref, 1_000)).toBe(false);
        await a.markAnnouncement('slack', 'C1', 'p1', 'new', { ok: true }, NOW);
        expect(await a.renewLease(ref, 1_000)).toBe(false);
        expect(await a.renewLease({ kind: 'reminder', key }, 1_000)).toBe(false);
      });

      it('a lapsed claim at the attempt limit is given up, not posted again', async () => {
        const clock = manualClock();
        const a = await open({ owner: 'a', leaseClock: clock.now });
        const b = await open({ owner: 'b', leaseClock: clock.now });
        await a.claimReminder(key, NOW, { leaseMs: 100, maxAttempts: 2 });
        clock.advance(101);
        expect((await b.claimReminder(key, NOW, { leaseMs: 100, maxAttempts: 2 })).status).toBe('post');
        clock.advance(101);
        expect(await a.claimReminder(key, NOW, { leaseMs: 100, maxAttempts: 2 })).toEqual({
          status: 'done',
          state: 'failed',
          attempts: 2,
        });
        expect((await a.deliveries())[0]).toMatchObject({ state: 'failed', error: 'given up: outcome unknown' });
      });

      it('of many replicas claiming the same reminders at once, exactly one wins each', async () => {
        const stores = await Promise.all([open({ owner: 'r1' }), open({ owner: 'r2' }), open({ owner: 'r3' })]);
        const keys = Array.from({ length: 8 }, (_, i) => ({ ...key, postingId: `p${i}` }));
        const claims = await Promise.all(
          keys.flatMap((k) => stores.flatMap((s) => [s.claimReminder(k, NOW), s.claimReminder(k, NOW)])),
        );
        expect(claims.filter((c) => c.status === 'post')).toHaveLength(keys.length);
        expect(claims.filter((c) => c.status === 'busy')).toHaveLength(keys.length * 5);
      });
    });

    describe('claims in a batch', () => {
      const reminder = (postingId: string, daysBefore = 7) =>
        ({ kind: 'reminder', key: { ...key, postingId, daysBefore } }) as const;

      it('claims each by the rule of a single claim, in one call, and marks and renews them together', async () => {
        const clock = manualClock();
        const a = await open({ owner: 'replica-a', leaseClock: clock.now });
        const b = await open({ owner: 'replica-b', leaseClock: clock.now });
        const options = { leaseMs: 10_000, maxAttempts: 2 };
        await a.claimReminder(reminder('sent').key, NOW, options);
        await a.markReminder(reminder('sent').key, { ok: true }, NOW);
        await a.claimReminder(reminder('failed').key, NOW, options);
        await a.markReminder(reminder('failed').key, { ok: false, error: 'HTTP 503' }, NOW);
        await b.claimReminder(reminder('busy').key, NOW, options);
        const announcement: DeliveryRef = {
          kind: 'announcement',
          platform: 'slack',
          channelId: 'C1',
          postingId: 'p1',
          what: 'new',
        };
        const refs = [
          reminder('new'),
          reminder('sent'),
          reminder('failed'),
          reminder('busy'),
          reminder('new'),
          announcement,
        ] as const;
        const claims = await a.claimDeliveries([...refs], NOW, options);
        expect(claims).toEqual([
          { status: 'post', previous: 'none', attempts: 1, claimedAt: NOW.toISOString() },
          { status: 'done', state: 'sent', attempts: 1 },
          { status: 'post', previous: 'failed', attempts: 2, claimedAt: NOW.toISOString() },
          { status: 'busy' },
          { status: 'busy' },
          { status: 'post', previous: 'none', attempts: 1, claimedAt: NOW.toISOString() },
        ]);
        const mine = [reminder('new'), reminder('failed'), announcement] as const;
        clock.advance(9_000);
        expect(await a.renewLeases([...mine, reminder('busy'), reminder('sent')], 10_000)).toBe(3);
        clock.advance(9_000);
        expect(await b.claimDeliveries([...mine], NOW, options)).toEqual([
          { status: 'busy' },
          { status: 'busy' },
          { status: 'busy' },
        ]);
        await a.markDeliveries([...mine], { ok: true }, NOW);
        expect((await a.deliveries({ postingId: 'new' }))[0]).toMatchObject({
          state: 'sent',
          sentAt: NOW.toISOString(),
        });
        expect((await a.deliveries({ postingId: 'failed' }))[0]).toMatchObject({ state: 'sent', attempts: 2 });
        expect(await b.announcements()).toMatchObject([{ postingId: 'p1', state: 'sent' }]);
        // b's claim is not a's to mark, nor to renew.
        await a.markDeliveries([reminder('busy')], { ok: false, error: 'not mine' }, NOW);
        expect((await a.deliveries({ postingId: 'busy' }))[0]).toMatchObject({ state: 'claimed', error: null });
        expect(await a.claimDeliveries([], NOW)).toEqual([]);
      });

      it('takes a lapsed claim in a batch over as stale, and gives up one at the attempt limit', async () => {
        const clock = manualClock();
        const a = await open({ owner: 'a', leaseClock: clock.now });
        const b = await open({ owner: 'b', leaseClock: clock.now });
        const options = { leaseMs: 100, maxAttempts: 2 };
        await a.claimDeliveries([reminder('p1'), reminder('p2')], NOW, options);
        clock.advance(101);
        await b.claimDeliveries([reminder('p2')], NOW, options);
        clock.advance(101);
        expect(await a.claimDeliveries([reminder('p1'), reminder('p2')], NOW, options)).toEqual([
          { status: 'post', previous: 'stale', attempts: 2, claimedAt: NOW.toISOString() },
          { status: 'done', state: 'failed', attempts: 2 },
        ]);
        expect((await a.deliveries({ postingId: 'p2' }))[0]).toMatchObject({ state: 'failed' });
      });

      it('of replicas claiming overlapping batches at once, exactly one wins each key', async () => {
        const stores = await Promise.all([open({ owner: 'r1' }), open({ owner: 'r2' }), open({ owner: 'r3' })]);
        const refs = Array.from({ length: 60 }, (_, i) => reminder(`p${String(i).padStart(2, '0')}`));
        // Each replica takes the keys in its own order and in overlapping slices.
        const batches = stores.flatMap((s, i) => [
          s.claimDeliveries(refs.slice(i * 10, i * 10 + 40).reverse(), NOW),
          s.claimDeliveries(refs.slice(20 - i * 5), NOW),
        ]);
        const claims = (await Promise.all(batches)).flat();
        expect(claims.filter((c) => c.status === 'post')).toHaveLength(refs.length);
        const states = (await stores[0]!.deliveries()).map((d) => d.state);
        expect(states).toHaveLength(refs.length);
      });
    });

    describe('known postings', () => {
      it('remembers, updates and forgets postings, keeping when each was first seen', async () => {
        const store = await open();
        expect(await store.postingsBaseline()).toBeNull();
        await store.rememberPostings([], NOW);
        expect(await store.postingsBaseline()).toBe(NOW.toISOString());
        await store.rememberPostings(
          [
            { postingId: 'p1', title: 'One', deadline: '2025-06-20' },
            { postingId: 'p2', title: 'Two', deadline: null },
          ],
          NOW,
        );
        const later = new Date('2025-06-07T07:00:00Z');
        await store.rememberPostings([{ postingId: 'p1', title: 'One!', deadline: '2025-06-30' }], later);
        expect(await store.knownPostings()).toEqual([
          { postingId: 'p1', title: 'One!', deadline: '2025-06-30', firstSeen: NOW.toISOString() },
          { postingId: 'p2', title: 'Two', deadline: null, firstSeen: NOW.toISOString() },
        ]);
        expect(await store.postingsBaseline()).toBe(NOW.toISOString());
        await store.forgetPostings(['p1', 'p2']);
        expect(await store.knownPostings()).toEqual([]);
      });

      it('takes a repeated id in one call (the last wins)', async () => {
        const store = await open();
        await store.rememberPostings(
          [
            { postingId: 'p1', title: 'first', deadline: null },
            { postingId: 'p1', title: 'second', deadline: null },
          ],
          NOW,
        );
        expect((await store.knownPostings()).map((k) => k.title)).toEqual(['second']);
      });
    });

    describe('calendar feeds', () => {
      it('gives a channel one token, the same on every replica, until it is reset', async () => {
        const a = await open();
        const b = await open();
        const [t1, t2] = await Promise.all([
          a.calendarToken('slack', 'C1', 'token-a', NOW),
          b.calendarToken('slack', 'C1', 'token-b', NOW),
        ]);
        expect(t1).toBe(t2);
        expect(['token-a', 'token-b']).toContain(t1);
        expect(await a.calendarToken('slack', 'C1', 'token-c', NOW)).toBe(t1);
        expect(await b.calendarFeed(t1)).toEqual({ platform: 'slack', channelId: 'C1' });
        // Another platform's channel of the same id, and a person's own feed, are other feeds.
        expect(await a.calendarToken('mattermost', 'C1', 'token-m', NOW)).toBe('token-m');
        expect(await a.calendarToken('slack', '@U1', 'token-u', NOW)).toBe('token-u');
        expect(await b.calendarFeed('token-u')).toEqual({ platform: 'slack', channelId: '@U1' });

        await b.resetCalendarToken('slack', 'C1', 'token-new', NOW);
        expect(await a.calendarFeed(t1)).toBeNull();
        expect(await a.calendarFeed('token-new')).toEqual({ platform: 'slack', channelId: 'C1' });
        expect(await a.calendarToken('slack', 'C1', 'token-d', NOW)).toBe('token-new');
        expect(await a.calendarFeed('no-such-token')).toBeNull();
        expect(await a.calendarFeed('')).toBeNull();
      });

      it('raises an event sequence once per change of when it occurs, never lowering it', async () => {
        const a = await open();
        const b = await open();
        const seqs = async (s: Store, occurs: Record<string, string>) =>
          Object.fromEntries(
            await s.eventSequences(Object.entries(occurs).map(([postingId, o]) => ({ postingId, occurs: o }))),
          );
        expect(await seqs(a, { p1: '2025-06-20', p2: '2025-07-01' })).toEqual({ p1: 0, p2: 0 });
        expect(await seqs(b, { p1: '2025-06-20', p2: '2025-07-01' })).toEqual({ p1: 0, p2: 0 });
        // Two replicas serving the same change at once raise it once.
        const [x, y] = await Promise.all([seqs(a, { p1: '2025-06-27' }), seqs(b, { p1: '2025-06-27' })]);
        expect(x).toEqual({ p1: 1 });
        expect(y).toEqual({ p1: 1 });
        // Back to the old date is one more change, not the old sequence; a time of day is one too.
        expect(await seqs(b, { p1: '2025-06-20', p2: '2025-07-01' })).toEqual({ p1: 2, p2: 0 });
        expect(await seqs(a, { p1: '2025-06-20T21:59:00.000Z' })).toEqual({ p1: 3 });
        expect(await seqs(a, {})).toEqual({});
      });

      it('keeps one deployment secret per name, whichever replica asks first', async () => {
        const a = await open();
        const b = await open();
        const [s1, s2] = await Promise.all([
          a.deploymentSecret('calendar', 'secret-a'),
          b.deploymentSecret('calendar', 'secret-b'),
        ]);
        expect(s1).toBe(s2);
        expect(await b.deploymentSecret('calendar', 'secret-c')).toBe(s1);
        expect(await b.deploymentSecret('other', 'secret-d')).toBe('secret-d');
      });
    });

    describe('shared inbound state', () => {
      it('an event id is a first sighting once in the whole deployment', async () => {
        const a = await open();
        const b = await open();
        const sightings = await Promise.all([
          a.firstSighting('slack:Ev1', NOW),
          b.firstSighting('slack:Ev1', NOW),
          a.firstSighting('slack:Ev1', NOW),
        ]);
        expect(sightings.filter(Boolean)).toHaveLength(1);
        expect(await b.firstSighting('slack:Ev2', NOW)).toBe(true);
      });

      it('a conversation saved on one replica continues on another until it is too old', async () => {
        const a = await open();
        const b = await open();
        const topic: Topic = { postingId: 'p1', intent: 'eligibility', facts };
        await a.saveConversationTopic('slack\u0000D1\u0000U1', topic, NOW);
        expect(await b.conversationTopic('slack\u0000D1\u0000U1', new Date(NOW.getTime() - 1))).toEqual(topic);
        expect(await b.conversationTopic('slack\u0000D1\u0000U1', new Date(NOW.getTime() + 1))).toBeNull();
        expect(await b.conversationTopic('slack\u0000D2\u0000U1', new Date(0))).toBeNull();
        await b.saveConversationTopic('slack\u0000D1\u0000U1', { postingId: 'p2', intent: 'skills' }, NOW);
        expect(await a.conversationTopic('slack\u0000D1\u0000U1', new Date(0))).toEqual({
          postingId: 'p2',
          intent: 'skills',
        });
      });

      it('answers a ping and names its engine and owner', async () => {
        const store = await open({ owner: 'replica-7' });
        await expect(store.ping()).resolves.toBeUndefined();
        expect(store.owner).toBe('replica-7');
        expect(['sqlite', 'postgres']).toContain(store.engine);
      });
    });
  });
}
