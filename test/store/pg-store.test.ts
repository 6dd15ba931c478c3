// The PostgreSQL store: the conformance suite on a fresh database, then what only a server has:
// migrations by replicas starting at once, clear errors for a wrong DATABASE_URL, a connection
// cut by the server.
import { afterAll, describe, expect, it } from 'vitest';
import { StoreOpenError } from '../../src/store/describe-store-error.ts';
import { openPgStore } from '../../src/store/pg-store.ts';
import type { ReminderKey } from '../../src/store/store.ts';
import { createTestDatabase } from './pg-test-database.ts';
import { describeStoreConformance, NOW, sub } from './store-conformance.ts';

const db = await createTestDatabase();
afterAll(() => db?.drop());

describeStoreConformance(
  'PostgreSQL',
  db && {
    fresh: () => db.reset(),
    open: (options) => openPgStore(db.url, { ...options, poolSize: 3 }),
  },
);

const key: ReminderKey = { platform: 'slack', channelId: 'C1', postingId: 'p1', deadline: '2025-06-20', daysBefore: 7 };

describe.skipIf(db === null)('the PostgreSQL store on a server', () => {
  const pg = db as NonNullable<typeof db>;

  it('several replicas starting at once on an empty database migrate it exactly once', async () => {
    const name = `${pg.name}_empty`;
    await pg.admin(`CREATE DATABASE ${name}`);
    const url = pg.url.replace(/\/[^/]*$/, `/${name}`);
    try {
      const stores = await Promise.all(Array.from({ length: 4 }, () => openPgStore(url, { poolSize: 1 })));
      await stores[0]?.subscribe(sub('town'));
      expect(await stores[3]?.subscriptions()).toHaveLength(1);
      const one = stores[1] as NonNullable<(typeof stores)[number]>;
      expect((await one.deliveries()).length).toBe(0);
      for (const s of stores) await s.close();
      const check = await openPgStore(url, { poolSize: 1 });
      await check.close();
    } finally {
      await pg.admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    }
  });

  it('names DATABASE_URL, the host and the user, never the password, when it cannot open', async () => {
    const refused = openPgStore('postgres://alice:s3cret-pw@127.0.0.1:1/positions', { connectTimeoutMs: 1_000 });
    await expect(refused).rejects.toThrow(StoreOpenError);
    await expect(refused).rejects.toThrow(/^DATABASE_URL: cannot reach PostgreSQL at 127\.0\.0\.1:1\/positions/);
    await expect(refused).rejects.not.toThrow(/s3cret/);
    const missing = openPgStore(pg.url.replace(/\/[^/]*$/, '/positions_no_such_db'));
    await expect(missing).rejects.toThrow(/^DATABASE_URL: .*has no such database \(3D000\)/);
    await expect(openPgStore('not a url at all')).rejects.toThrow(/^DATABASE_URL: not a URL/);
  });

  it('survives the server cutting its connections: the call fails, the next one works', async () => {
    await pg.reset();
    const store = await openPgStore(pg.url, { poolSize: 2, onIdleError: () => {} });
    try {
      await store.subscribe(sub('town'));
      await pg.admin(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [pg.name],
      );
      // A claim on a cut connection rejects (nothing claimed) or, on a fresh one, succeeds: never both.
      const first = await store.claimReminder(key, NOW).catch((err: unknown) => err);
      const again = await store.claimReminder(key, NOW);
      if (first instanceof Error) expect(again).toMatchObject({ status: 'post', previous: 'none' });
      else expect(again).toEqual({ status: 'busy' });
      expect(await store.subscriptions()).toHaveLength(1);
    } finally {
      await store.close();
    }
  });
});
