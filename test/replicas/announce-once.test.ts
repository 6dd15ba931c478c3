// N replicas watching the same corpus: a new posting is announced once per channel, whichever
// replicas run their announcements, at once or one after another, on either engine.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { announceChanges } from '../../src/reminders/announce.ts';
import { openPgStore } from '../../src/store/pg-store.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { posting, recordingPoster, TZ } from '../reminders/helpers.ts';
import { createTestDatabase } from '../store/pg-test-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'positions-announce-once-'));
const pg = await createTestDatabase();
afterAll(async () => {
  await pg?.drop();
  rmSync(dir, { recursive: true, force: true });
});
const log = pino({ level: 'silent' });
const NOW = new Date('2025-06-06T07:00:00Z');

const engines: { name: string; open: (() => Promise<Store>) | null }[] = [
  { name: 'SQLite', open: () => openSqliteStore(join(dir, 'announce.db')) },
  { name: 'PostgreSQL', open: pg ? () => openPgStore(pg.url, { poolSize: 2 }) : null },
];

for (const engine of engines) {
  describe.skipIf(engine.open === null)(`three replicas on ${engine.name}`, () => {
    it('announce a new posting once in each channel', async () => {
      const open = engine.open as () => Promise<Store>;
      const stores = [await open(), await open(), await open()];
      try {
        const [first] = stores as [Store];
        for (const c of ['town', 'jobs'])
          await first.subscribe({
            platform: 'slack',
            channelId: c,
            offsets: [7],
            filter: null,
            createdBy: 'u',
            createdAt: NOW.toISOString(),
          });
        const old = posting('old', '2025-07-30');
        const poster = recordingPoster('slack');
        const run = (s: Store, postings = [old]) =>
          announceChanges({ store: s, postings, posters: [poster], now: NOW, timeZone: TZ, log });
        // Every replica starts on the same corpus: recorded once, silently.
        await Promise.all(stores.map((s) => run(s)));
        expect(poster.posts).toEqual([]);
        // A file with a new posting arrives: each replica's watcher announces at once...
        const fresh = posting('fresh', '2025-07-30');
        await Promise.all(stores.map((s) => run(s, [old, fresh])));
        // ...and again later (the next schedule tick).
        for (const s of stores) await run(s, [old, fresh]);
        expect(poster.posts.map((p) => p.channelId).sort()).toEqual(['jobs', 'town']);
        expect(new Set(poster.posts.map((p) => p.key)).size).toBe(2);
      } finally {
        for (const s of stores) await s.close();
      }
    });
  });
}
