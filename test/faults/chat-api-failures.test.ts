// Fault: the chat API fails for a while. Our Mattermost adapter (real @mattermost/client), the
// SQLite store and the sweep, against the loopback Mattermost server behind a faulty front that
// answers POST /api/v4/posts with 500, with 429 and Retry-After, or stores the post and loses the
// answer. Sweeps during the outage record failures and log them; the first sweep after it
// delivers every reminder exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/adapters/http-server.ts';
import { createMattermostAdapter, KEY_PROP } from '../../src/adapters/mattermost/mattermost-adapter.ts';
import type { Adapter } from '../../src/bot/types.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { sweepReminders } from '../../src/reminders/sweep.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { type CapturedLog, captureLog, posting, TZ } from '../reminders/helpers.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';
import { type FaultyFront, startFaultyFront } from './faulty-front.ts';

const TOWN = 'townsquare0000000000000000';
// 14 days before the postings' deadline: the 14-day reminder of each is due.
const NOW = new Date('2025-06-06T07:00:00Z');
const POSTINGS = ['cms-dev', 'atlas-ops', 'lhcb-daq'].map((id) => posting(id, '2025-06-20'));

let server: MattermostTestServer;
let front: FaultyFront;
let http: HttpServer;
let adapter: Adapter;
let logs: CapturedLog;
let dir: string;
let store: Store;

beforeAll(async () => {
  server = await startMattermostServer();
  server.addChannel({ id: TOWN, type: 'O', name: 'town-square' });
  front = await startFaultyFront(server.url);
  logs = captureLog();
  http = createHttpServer();
  adapter = createMattermostAdapter({
    handler: { handle: async () => ({ text: '', blocks: [], postings: [], suggestions: [] }) },
    http,
    log: logs.log,
    metrics: createMetrics(),
    config: { url: front.url, token: server.botToken, commandToken: 'cmd-token' },
    // Two attempts a post, 5 ms apart: the adapter's own retry is exercised without waiting.
    tuning: { postBackoffMs: 5, postAttempts: 2, reconnectMinMs: 30, reconnectJitterMs: 10, helloTimeoutMs: 5_000 },
  });
  await adapter.start();
});
afterAll(async () => {
  await adapter?.stop();
  await http?.close();
  await front?.close();
  await server?.close();
});
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'positions-fault-api-'));
  store = openSqliteStoreSync(join(dir, 'positions.db'));
  await store.subscribe({
    platform: 'mattermost',
    channelId: TOWN,
    offsets: [14, 7, 1],
    filter: null,
    createdBy: 'u1',
    createdAt: '2025-05-01T08:00:00Z',
  });
  server.posts.splice(0);
  front.posts.splice(0);
  logs.lines.splice(0);
  front.recover();
});
afterEach(async () => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

const sweep = () =>
  sweepReminders({ store, postings: POSTINGS, posters: [adapter], now: NOW, timeZone: TZ, log: logs.log });

/** Reminder keys in the channel, with how many posts carry each. */
function keysInChannel(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of server.posts.filter((p) => p.channel_id === TOWN)) {
    const key = String(p.props[KEY_PROP]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const logged = (msg: string) => logs.lines.filter((l) => l.msg === msg);

describe('the chat API failing for a while', () => {
  it('records 500s as failures, then delivers each reminder once when the API is back', async () => {
    front.failPosts({ kind: 'refuse', status: 500 });
    for (let run = 1; run <= 2; run++) {
      const report = await sweep();
      expect(report).toMatchObject({ due: 3, sent: 0, failed: 3 });
      expect((await store.deliveries()).map((d) => [d.state, d.attempts])).toEqual([
        ['failed', run],
        ['failed', run],
        ['failed', run],
      ]);
    }
    expect(server.posts).toHaveLength(0);
    const failures = logged('delivery failed, retried on the next run');
    expect(failures).toHaveLength(6);
    expect(String(failures[0]?.err)).toMatch(/^post failed: /);
    expect(logged('mattermost post failed, retrying').length).toBeGreaterThanOrEqual(6);

    front.recover();
    expect(await sweep()).toMatchObject({ due: 3, sent: 3, failed: 0 });
    expect(await sweep()).toMatchObject({ due: 3, sent: 0, failed: 0 });
    const keys = keysInChannel();
    expect(keys.size).toBe(3);
    expect([...keys.values()]).toEqual([1, 1, 1]);
    expect((await store.deliveries()).every((d) => d.state === 'sent')).toBe(true);
  });

  it('records 429 with Retry-After as failures, then delivers each reminder once', async () => {
    front.failPosts({ kind: 'rate-limit', retryAfterSeconds: 1 });
    expect(await sweep()).toMatchObject({ due: 3, sent: 0, failed: 3 });
    expect(front.posts.every((p) => p.outcome === 'refused 429')).toBe(true);
    expect(server.posts).toHaveLength(0);
    expect(logged('delivery failed, retried on the next run')).toHaveLength(3);

    front.recover();
    expect(await sweep()).toMatchObject({ sent: 3, failed: 0 });
    expect(await sweep()).toMatchObject({ sent: 0, failed: 0 });
    expect([...keysInChannel().values()]).toEqual([1, 1, 1]);
  });

  it('does not post again what the server took before losing its answer', async () => {
    front.failPosts({ kind: 'lost-answer' });
    expect(await sweep()).toMatchObject({ due: 3, sent: 0, failed: 3 });
    // The posts are in the channel although the bot was told they failed.
    expect(keysInChannel().size).toBe(3);

    front.recover();
    const passedBefore = front.posts.length;
    expect(await sweep()).toMatchObject({ sent: 0, failed: 0 });
    // Found in the channel (GET channel posts since), recorded, not posted again.
    expect(front.posts.length).toBe(passedBefore);
    expect(logged('an earlier attempt had been posted: recorded without posting again')).toHaveLength(3);
    expect([...keysInChannel().values()]).toEqual([1, 1, 1]);
    expect((await store.deliveries()).every((d) => d.state === 'sent')).toBe(true);
  });
});
