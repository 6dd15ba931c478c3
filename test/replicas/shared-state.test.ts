// State two replicas must share, on each engine: a DM conversation continued on another
// replica, and a Slack event redelivered (X-Slack-Retry-Num) to another replica answered once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/adapters/http-server.ts';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.ts';
import { createBrain } from '../../src/answers/brain.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { Adapter, Inbound, MessageHandler } from '../../src/bot/types.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { silentLogger } from '../../src/observability/logger.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { openPgStore } from '../../src/store/pg-store.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { corpusHandler } from '../adapters/mattermost/corpus-handler.ts';
import { startSlackServer } from '../servers/slack-api-server.ts';
import { postSignedJson } from '../servers/slack-signing.ts';
import { createTestDatabase } from '../store/pg-test-database.ts';

const TZ = 'Europe/Zurich';
const SECRET = 'replica-signing-secret-31c9';
// Seven days before the CMS PPD posting's deadline (2020-01-30).
const START = Date.parse('2020-01-23T08:00:00Z');

const dir = mkdtempSync(join(tmpdir(), 'positions-shared-'));
const pg = await createTestDatabase();
let seeds: Posting[];
beforeAll(async () => {
  seeds = (await loadCorpus('seeds')).postings;
});
afterAll(async () => {
  await pg?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const engines: { name: string; open: (() => Promise<Store>) | null }[] = [
  { name: 'SQLite', open: () => openSqliteStore(join(dir, 'shared.db')) },
  { name: 'PostgreSQL', open: pg ? () => openPgStore(pg.url, { poolSize: 2 }) : null },
];

const dm = (text: string): Inbound => ({
  platform: 'slack',
  userId: 'U1',
  channelId: 'D-U1',
  isDirect: true,
  kind: 'message',
  text,
});

for (const engine of engines) {
  describe.skipIf(engine.open === null)(`two replicas on ${engine.name}`, () => {
    const open = engine.open as () => Promise<Store>;
    const cleanup: (() => Promise<void>)[] = [];
    afterEach(async () => {
      for (const c of cleanup.splice(0).reverse()) await c();
    });
    const store = async () => {
      const s = await open();
      cleanup.push(() => s.close());
      return s;
    };
    let now = START;
    const replica = (s: Store): MessageHandler =>
      createBot({
        brain: createBrain(seeds, { timeZone: TZ }),
        store: s,
        clock: () => new Date(now),
        config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute: 30, timeZone: TZ },
        log: silentLogger(),
        metrics: createMetrics(),
      });

    it('continue a DM conversation that the other one began', async () => {
      now = START;
      const [a, b] = [replica(await store()), replica(await store())];
      const first = await a.handle(dm('am I eligible for the XRootD job?'));
      expect(first.topic?.postingId).toContain('xrootd');
      now += 5 * 60_000;
      const next = await b.handle(dm("I'm Italian, with a master's"));
      expect(next.postings[0]?.id).toBe(first.topic?.postingId);
      expect(next.eligibility).toBeDefined();
      // Past 30 minutes it has ended on every replica.
      now += 31 * 60_000;
      expect((await a.handle(dm("I'm Italian, with a master's"))).eligibility).toBeUndefined();
    });

    it('answer a Slack event once when its retry reaches the other replica', async () => {
      const slack = await startSlackServer();
      cleanup.push(() => slack.close());
      const handler = await corpusHandler();
      const rigs: { url: string; adapter: Adapter; http: HttpServer }[] = [];
      for (let i = 0; i < 2; i++) {
        const s = await store();
        const http = createHttpServer();
        const adapter = createSlackAdapter({
          handler,
          http,
          log: pino({ level: 'silent' }),
          metrics: createMetrics(),
          config: { botToken: slack.botToken, signingSecret: SECRET, apiUrl: slack.apiUrl },
          tuning: { retryConfig: { retries: 0 }, apiTimeoutMs: 5_000 },
          firstSighting: (id) => s.firstSighting(id, new Date()),
        });
        const port = await http.listen(0, '127.0.0.1');
        await adapter.start();
        cleanup.push(async () => {
          await adapter.stop();
          await http.close();
        });
        rigs.push({ url: `http://127.0.0.1:${port}/slack/events`, adapter, http });
      }
      const eventId = `EvReplica${engine.name}${Date.now()}`;
      const body = {
        token: 'deprecated-verification-token',
        team_id: slack.teamId,
        api_app_id: 'A0000APP01',
        type: 'event_callback',
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: slack.teamId, user_id: slack.botUserId, is_bot: true }],
        event: {
          type: 'message',
          channel: 'DALICE00001',
          channel_type: 'im',
          user: 'UALICE00001',
          text: 'xrootd',
          ts: '1700000000.000100',
          event_ts: '1700000000.000100',
        },
      };
      const [one, two] = rigs as [(typeof rigs)[0], (typeof rigs)[0]];
      expect((await postSignedJson(one.url, SECRET, body)).status).toBe(200);
      await slack.waitFor(() => slack.messages.length === 1);
      const retried = await postSignedJson(two.url, SECRET, body, {
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      });
      expect(retried.status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      expect(slack.messages).toHaveLength(1);
      expect(handler.calls).toHaveLength(1);
    });
  });
}
