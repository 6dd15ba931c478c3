import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SchemaTooNewError } from '../../src/store/migrations.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { ReminderKey, Store } from '../../src/store/store.ts';
import { describeStoreConformance, facts, NOW, sub } from './store-conformance.ts';

let dir: string;
const opened: Store[] = [];
const open = async (path: string) => {
  const s = await openSqliteStore(path);
  opened.push(s);
  return s;
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'positions-store-'));
});
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

// The conformance suite on SQLite: a new file per test, several connections on it.
const suiteDir = mkdtempSync(join(tmpdir(), 'positions-store-conformance-'));
let n = 0;
let current = '';
afterAll(() => rmSync(suiteDir, { recursive: true, force: true }));
describeStoreConformance('SQLite', {
  async fresh() {
    current = join(suiteDir, `store-${++n}.db`);
  },
  open: (options) => openSqliteStore(current, options),
});

describe('the SQLite store file', () => {
  it('creates the parent folder and a file only its owner can read (0600)', async () => {
    const path = join(dir, 'nested', 'deeper', 'positions.db');
    const store = await open(path);
    await store.subscribe(sub('town'));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    for (const extra of ['-wal', '-shm']) {
      const st = statSync(`${path}${extra}`, { throwIfNoEntry: false });
      if (st) expect(st.mode & 0o777).toBe(0o600);
    }
  });

  it('tightens the mode of an existing file that others could read', async () => {
    const path = join(dir, 'loose.db');
    new Database(path).close();
    chmodSync(path, 0o644);
    await open(path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it('applies migrations once: reopening keeps the data and the version', async () => {
    const path = join(dir, 'positions.db');
    const first = await open(path);
    await first.subscribe(sub('town'));
    await first.close();
    const again = await open(path);
    expect(await again.subscriptions()).toHaveLength(1);
    await again.close();
    const raw = new Database(path, { readonly: true });
    const versions = raw.prepare('SELECT version FROM schema_version').all();
    expect(versions).toEqual(MIGRATIONS.map((m) => ({ version: m.version })));
    expect(raw.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('upgrades a version-1 database: its claims, made before leases, count as lapsed', async () => {
    const path = join(dir, 'v1.db');
    const raw = new Database(path);
    raw.exec(
      `CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`,
    );
    raw.exec((MIGRATIONS[0] as { sql: string }).sql);
    raw.prepare("INSERT INTO schema_version VALUES (1, 'v1', 'x')").run();
    raw
      .prepare(
        `INSERT INTO reminder_deliveries VALUES ('mattermost', 'town', 'p1', '2025-06-20', 14, 'claimed', 1, 'old', ?, ?, NULL, NULL)`,
      )
      .run(NOW.toISOString(), NOW.toISOString());
    raw.close();
    const store = await open(path);
    const key: ReminderKey = {
      platform: 'mattermost',
      channelId: 'town',
      postingId: 'p1',
      deadline: '2025-06-20',
      daysBefore: 14,
    };
    expect(await store.claimReminder(key, NOW)).toMatchObject({ status: 'post', previous: 'stale', attempts: 2 });
  });

  it('refuses a database written by a newer bot, saying what to do', async () => {
    const path = join(dir, 'future.db');
    await (await open(path)).close();
    const raw = new Database(path);
    raw.prepare("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', 'x')").run();
    raw.close();
    await expect(openSqliteStore(path)).rejects.toThrow(SchemaTooNewError);
    await expect(openSqliteStore(path)).rejects.toThrow(/newer than this bot knows.*POSITIONS_DB/);
  });

  it('works in memory for tests', async () => {
    const store = await open(':memory:');
    await store.subscribe(sub('town'));
    expect((await store.subscription('mattermost', 'town'))?.offsets).toEqual([14, 7, 1]);
  });

  it('really deletes a forgotten profile: no row, and its words are gone from the files', async () => {
    const path = join(dir, 'profiles.db');
    const store = await open(path);
    await store.saveProfile('slack', 'U1', facts, NOW);
    await store.forgetProfile('slack', 'U1');
    await store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('SELECT COUNT(*) AS n FROM profiles').get()).toEqual({ n: 0 });
    raw.close();
    for (const file of [path, `${path}-wal`]) {
      const bytes = statSync(file, { throwIfNoEntry: false }) ? readFileSync(file) : Buffer.alloc(0);
      expect(bytes.includes('SENTINEL-AFFILIATION-7f3a')).toBe(false);
    }
  });
});
