// Reminders end to end on loopback: the sweep, the SQLite store and our Mattermost adapter with
// the real @mattermost/client, against the Mattermost-compatible server in test/servers/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/adapters/http-server.ts';
import { createMattermostAdapter, KEY_PROP } from '../../src/adapters/mattermost/mattermost-adapter.ts';
import type { Adapter } from '../../src/bot/types.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { reminderKeyString, sweepReminders } from '../../src/reminders/sweep.ts';
import { openSqliteStoreSync, type SqliteStoreOptions } from '../../src/store/sqlite-store.ts';
import type { ReminderKey, Store } from '../../src/store/store.ts';
import { DEFAULT_LEASE_MS } from '../../src/store/store.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';
import { posting, TZ } from './helpers.ts';

const TOWN = 'townsquare0000000000000000';
const NOW = new Date('2025-06-06T07:00:00Z');
const P = posting('cms-dev', '2025-06-20');
const KEY: ReminderKey = {
  platform: 'mattermost',
  channelId: TOWN,
  postingId: 'cms-dev',
  deadline: '2025-06-20',
  daysBefore: 14,
};
const log = pino({ level: 'silent' });

let server: MattermostTestServer;
let http: HttpServer;
let adapter: Adapter;
let dir: string;
const stores: Store[] = [];

beforeAll(async () => {
  server = await startMattermostServer();
  server.addChannel({ id: TOWN, type: 'O', name: 'town-square' });
  http = createHttpServer();
  adapter = createMattermostAdapter({
    handler: { handle: async () => ({ text: '', blocks: [], postings: [], suggestions: [] }) },
    http,
    log,
    metrics: createMetrics(),
    config: { url: server.url, token: server.botToken, commandToken: 'cmd-token' },
    tuning: { postBackoffMs: 5, postAttempts: 2, reconnectMinMs: 30, reconnectJitterMs: 10, helloTimeoutMs: 5_000 },
  });
  await adapter.start();
});
afterAll(async () => {
  await adapter?.stop();
  await http?.close();
  await server?.close();
});
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'positions-mm-'));
  server.posts.splice(0);
});
afterEach(async () => {
  for (const s of stores.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

function openStore(options: SqliteStoreOptions = {}): Store {
  const s = openSqliteStoreSync(join(dir, 'positions.db'), options);
  stores.push(s);
  return s;
}

const sweep = (store: Store) =>
  sweepReminders({ store, postings: [P], posters: [adapter], now: NOW, timeZone: TZ, log });

describe('reminders to Mattermost', () => {
  it('posts a reminder carrying its key in props, found by findPosted', async () => {
    const store = openStore();
    await store.subscribe({
      platform: 'mattermost',
      channelId: TOWN,
      offsets: [14],
      filter: null,
      createdBy: 'u',
      createdAt: NOW.toISOString(),
    });
    expect((await sweep(store)).sent).toBe(1);
    expect((await sweep(store)).sent).toBe(0);
    expect(server.posts).toHaveLength(1);
    const post = server.posts[0]!;
    expect(post.props[KEY_PROP]).toBe(reminderKeyString(KEY));
    expect(post.pending_post_id).toMatch(new RegExp(`^${server.botUserId}:[0-9a-f]{26}$`));
    expect(post.message).toContain('14 days left');

    const findPosted = adapter.findPosted!.bind(adapter);
    const since = new Date(Date.now() - 60_000);
    expect(await findPosted(TOWN, reminderKeyString(KEY), since)).toBe(true);
    expect(await findPosted(TOWN, reminderKeyString({ ...KEY, daysBefore: 7 }), since)).toBe(false);
    expect(await findPosted(TOWN, reminderKeyString(KEY), new Date(Date.now() + 60_000))).toBe(false);
    expect(server.requests.some((r) => r.method === 'GET' && r.path === `/api/v4/channels/${TOWN}/posts`)).toBe(true);
  });

  it('after a crash between post and record, finds the post and does not post again', async () => {
    const before = openStore();
    await before.subscribe({
      platform: 'mattermost',
      channelId: TOWN,
      offsets: [14],
      filter: null,
      createdBy: 'u',
      createdAt: NOW.toISOString(),
    });
    await before.claimReminder(KEY, NOW);
    await adapter.postToChannel(
      TOWN,
      { text: 'reminder', blocks: [], postings: [], suggestions: [] },
      { key: reminderKeyString(KEY) },
    );
    await before.close();
    // The restarted process comes back after the dead one's lease has lapsed.
    const after = openStore({ leaseClock: () => Date.now() + DEFAULT_LEASE_MS + 1 });
    const report = await sweep(after);
    expect(report).toMatchObject({ sent: 0, recovered: 1 });
    expect(server.posts).toHaveLength(1);
    expect((await after.deliveries())[0]?.state).toBe('sent');
  });

  it('records a post the server refused, and delivers it once on the next sweep', async () => {
    const store = openStore();
    await store.subscribe({
      platform: 'mattermost',
      channelId: TOWN,
      offsets: [14],
      filter: null,
      createdBy: 'u',
      createdAt: NOW.toISOString(),
    });
    server.failNextPosts(500, 2);
    expect((await sweep(store)).failed).toBe(1);
    expect(server.posts).toHaveLength(0);
    expect((await sweep(store)).sent).toBe(1);
    expect((await sweep(store)).sent).toBe(0);
    expect(server.posts).toHaveLength(1);
  });
});
