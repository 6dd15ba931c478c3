import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UserFacts } from '../../src/eligibility/index.ts';
import { MIGRATIONS, SchemaTooNewError } from '../../src/store/migrations.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { ReminderKey, Store, Subscription } from '../../src/store/store.ts';

const NOW = new Date('2025-06-06T07:00:00Z');
let dir: string;
const opened: Store[] = [];
const open = (path: string, options = {}) => {
  const s = openSqliteStore(path, options);
  opened.push(s);
  return s;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'positions-store-'));
});
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

const sub = (channelId: string, extra: Partial<Subscription> = {}): Subscription => ({
  platform: 'mattermost',
  channelId,
  offsets: [14, 7, 1],
  filter: null,
  createdBy: 'alice',
  createdAt: NOW.toISOString(),
  ...extra,
});

const facts: UserFacts = {
  nationalities: ['Italy'],
  degrees: ['master'],
  affiliations: ['SENTINEL-AFFILIATION-7f3a'],
  notAffiliated: [],
  earlierContracts: [],
  rightToWork: { Switzerland: true },
};

describe('the SQLite store file', () => {
  it('creates the parent folder and a file only its owner can read (0600)', () => {
    const path = join(dir, 'nested', 'deeper', 'positions.db');
    const store = open(path);
    store.subscribe(sub('town'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    for (const extra of ['-wal', '-shm']) {
      const st = statSync(`${path}${extra}`, { throwIfNoEntry: false });
      if (st) expect(st.mode & 0o777).toBe(0o600);
    }
  });

  it('tightens the mode of an existing file that others could read', () => {
    const path = join(dir, 'loose.db');
    new Database(path).close();
    chmodSync(path, 0o644);
    open(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('applies migrations once: reopening keeps the data and the version', () => {
    const path = join(dir, 'positions.db');
    const first = open(path);
    first.subscribe(sub('town'));
    first.close();
    const again = open(path);
    expect(again.subscriptions()).toHaveLength(1);
    again.close();
    const raw = new Database(path, { readonly: true });
    const versions = raw.prepare('SELECT version FROM schema_version').all();
    expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('refuses a database written by a newer bot, saying what to do', () => {
    const path = join(dir, 'future.db');
    open(path).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', 'x')").run();
    raw.close();
    expect(() => openSqliteStore(path)).toThrow(SchemaTooNewError);
    expect(() => openSqliteStore(path)).toThrow(/newer than this bot knows.*POSITIONS_DB/);
  });

  it('works in memory for tests', () => {
    const store = open(':memory:');
    store.subscribe(sub('town'));
    expect(store.subscription('mattermost', 'town')?.offsets).toEqual([14, 7, 1]);
  });
});

describe('subscriptions', () => {
  it('subscribing again replaces the subscription', () => {
    const store = open(':memory:');
    store.subscribe(sub('town'));
    store.subscribe(sub('town', { offsets: [3, 30, 3], filter: 'C++ France', createdBy: 'bob' }));
    expect(store.subscriptions()).toEqual([sub('town', { offsets: [30, 3], filter: 'C++ France', createdBy: 'bob' })]);
  });

  it('lists by platform and unsubscribes', () => {
    const store = open(':memory:');
    store.subscribe(sub('b'));
    store.subscribe(sub('a'));
    store.subscribe(sub('s1', { platform: 'slack' }));
    expect(store.subscriptions('mattermost').map((s) => s.channelId)).toEqual(['a', 'b']);
    expect(store.subscriptions().map((s) => `${s.platform}/${s.channelId}`)).toEqual([
      'mattermost/a',
      'mattermost/b',
      'slack/s1',
    ]);
    expect(store.unsubscribe('mattermost', 'a')).toBe(true);
    expect(store.unsubscribe('mattermost', 'a')).toBe(false);
    expect(store.subscription('mattermost', 'a')).toBeNull();
  });
});

describe('profiles', () => {
  it('saves, shows and forgets a profile', () => {
    const store = open(':memory:');
    expect(store.profile('slack', 'U1')).toBeNull();
    store.saveProfile('slack', 'U1', facts, NOW);
    expect(store.profile('slack', 'U1')).toEqual(facts);
    expect(store.profile('mattermost', 'U1')).toBeNull();
    store.saveProfile('slack', 'U1', { ...facts, degrees: ['phd'] }, NOW);
    expect(store.profile('slack', 'U1')?.degrees).toEqual(['phd']);
    expect(store.forgetProfile('slack', 'U1')).toBe(true);
    expect(store.profile('slack', 'U1')).toBeNull();
    expect(store.forgetProfile('slack', 'U1')).toBe(false);
  });

  it('really deletes a forgotten profile: no row, and its words are gone from the files', () => {
    const path = join(dir, 'profiles.db');
    const store = open(path);
    store.saveProfile('slack', 'U1', facts, NOW);
    store.forgetProfile('slack', 'U1');
    store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('SELECT COUNT(*) AS n FROM profiles').get()).toEqual({ n: 0 });
    raw.close();
    for (const file of [path, `${path}-wal`]) {
      const bytes = statSync(file, { throwIfNoEntry: false }) ? readFileSync(file) : Buffer.alloc(0);
      expect(bytes.includes('SENTINEL-AFFILIATION-7f3a')).toBe(false);
    }
  });
});

describe('claims', () => {
  const key: ReminderKey = {
    platform: 'mattermost',
    channelId: 'town',
    postingId: 'p1',
    deadline: '2025-06-20',
    daysBefore: 14,
  };

  it('claims a reminder once; a running claim is busy; a sent one is done', () => {
    const store = open(':memory:');
    expect(store.claimReminder(key, NOW)).toMatchObject({ status: 'post', previous: 'none', attempts: 1 });
    expect(store.claimReminder(key, NOW)).toEqual({ status: 'busy' });
    store.markReminder(key, { ok: true }, NOW);
    expect(store.claimReminder(key, NOW)).toEqual({ status: 'done', state: 'sent', attempts: 1 });
    expect(store.deliveries()).toMatchObject([{ ...key, state: 'sent', attempts: 1, sentAt: NOW.toISOString() }]);
  });

  it('lets a failed reminder be claimed again, up to the attempt limit', () => {
    const store = open(':memory:');
    for (let i = 1; i <= 3; i++) {
      expect(store.claimReminder(key, NOW, { maxAttempts: 3 })).toMatchObject({ status: 'post', attempts: i });
      store.markReminder(key, { ok: false, error: `boom ${i}` }, NOW);
    }
    expect(store.claimReminder(key, NOW, { maxAttempts: 3 })).toEqual({ status: 'done', state: 'failed', attempts: 3 });
    expect(store.deliveries()[0]).toMatchObject({ state: 'failed', attempts: 3, error: 'boom 3' });
  });

  it('treats a claim of an earlier process as stale at once, and an old claim of this one as stale', () => {
    const path = join(dir, 'claims.db');
    const before = open(path);
    before.claimReminder(key, NOW);
    before.close();
    const after = open(path);
    expect(after.claimReminder(key, NOW)).toMatchObject({
      status: 'post',
      previous: 'stale',
      attempts: 2,
      claimedAt: NOW.toISOString(),
    });
    // Now held by this process: busy until it is older than staleAfterMs.
    expect(after.claimReminder(key, new Date(NOW.getTime() + 60_000), { staleAfterMs: 120_000 })).toEqual({
      status: 'busy',
    });
    expect(after.claimReminder(key, new Date(NOW.getTime() + 121_000), { staleAfterMs: 120_000 })).toMatchObject({
      status: 'post',
      previous: 'stale',
      attempts: 3,
    });
  });

  it('claims announcements the same way, per channel, posting and what', () => {
    const store = open(':memory:');
    expect(store.claimAnnouncement('slack', 'C1', 'p1', 'new', NOW).status).toBe('post');
    expect(store.claimAnnouncement('slack', 'C2', 'p1', 'new', NOW).status).toBe('post');
    store.markAnnouncement('slack', 'C1', 'p1', 'new', { ok: true }, NOW);
    expect(store.claimAnnouncement('slack', 'C1', 'p1', 'new', NOW)).toMatchObject({ status: 'done' });
    expect(store.announcements({ channelId: 'C1' })).toMatchObject([{ what: 'new', state: 'sent' }]);
  });

  it('prunes deliveries of long-past deadlines', () => {
    const store = open(':memory:');
    store.claimReminder({ ...key, deadline: '2025-01-01' }, NOW);
    store.claimReminder(key, NOW);
    expect(store.pruneDeliveries('2025-03-01')).toBe(1);
    expect(store.deliveries().map((d) => d.deadline)).toEqual(['2025-06-20']);
  });
});

describe('known postings', () => {
  it('remembers, updates and forgets postings, keeping when each was first seen', () => {
    const store = open(':memory:');
    expect(store.postingsBaseline()).toBeNull();
    store.rememberPostings([], NOW);
    expect(store.postingsBaseline()).toBe(NOW.toISOString());
    store.rememberPostings([{ postingId: 'p1', title: 'One', deadline: '2025-06-20' }], NOW);
    const later = new Date('2025-06-07T07:00:00Z');
    store.rememberPostings([{ postingId: 'p1', title: 'One!', deadline: '2025-06-30' }], later);
    expect(store.knownPostings()).toEqual([
      { postingId: 'p1', title: 'One!', deadline: '2025-06-30', firstSeen: NOW.toISOString() },
    ]);
    expect(store.postingsBaseline()).toBe(NOW.toISOString());
    store.forgetPostings(['p1']);
    expect(store.knownPostings()).toEqual([]);
  });
});
