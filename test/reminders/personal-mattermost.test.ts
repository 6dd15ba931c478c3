// Personal reminders end to end in Mattermost, on loopback with the real @mattermost/client: a
// DM "subscribe me to CMS postings", reminders in the direct channel between bot and user, and
// interactive buttons whose callbacks the bot verifies (HMAC over the command and the user the
// button is for): a click by its owner works, anyone else's or a forged one is refused (403).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/adapters/http-server.ts';
import {
  ACTIONS_PATH,
  actionKey,
  createMattermostAdapter,
  KEY_PROP,
  signAction,
} from '../../src/adapters/mattermost/mattermost-adapter.ts';
import { createBrain } from '../../src/answers/brain.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { Adapter } from '../../src/bot/types.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { reminderKeyString, sweepReminders } from '../../src/reminders/sweep.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import { DEFAULT_LEASE_MS, type ReminderKey, type Store } from '../../src/store/store.ts';
import { june, POSTINGS } from '../bot/personal-fixtures.ts';
import { type MattermostTestServer, type StoredPost, startMattermostServer } from '../servers/mattermost-server.ts';
import { TZ } from './helpers.ts';

const CAROL = 'carol0000000000000000000000';
const DAVE = 'dave00000000000000000000000';
const TOWN = 'townsquare0000000000000000';
const log = pino({ level: 'silent' });

let dir: string;
let server: MattermostTestServer;
let http: HttpServer;
let adapter: Adapter;
let store: Store;
let botUrl = '';
let now = june(6);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'positions-personal-mm-'));
  server = await startMattermostServer();
  server.addChannel({ id: TOWN, type: 'O', name: 'town-square' });
  store = openSqliteStoreSync(join(dir, 'positions.db'));
  http = createHttpServer();
  const port = await http.listen(0, '127.0.0.1');
  botUrl = `http://127.0.0.1:${port}`;
  const bot = createBot({
    brain: createBrain(POSTINGS, { timeZone: TZ }),
    store: new Proxy({} as Store, { get: (_, k) => Reflect.get(store, k, store) }),
    clock: () => now,
    config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute: 1000, timeZone: TZ },
    log,
    metrics: createMetrics(),
  });
  adapter = createMattermostAdapter({
    handler: bot,
    http,
    log,
    metrics: createMetrics(),
    config: { url: server.url, token: server.botToken, commandToken: 'cmd-token' },
    publicUrl: botUrl,
    tuning: { postBackoffMs: 5, postAttempts: 2, reconnectMinMs: 30, reconnectJitterMs: 10, helloTimeoutMs: 5_000 },
  });
  await adapter.start();
});
afterAll(async () => {
  await adapter?.stop();
  await http?.close();
  await server?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sweep = (day: number) =>
  sweepReminders({ store, postings: POSTINGS, posters: [adapter], now: june(day), timeZone: TZ, log });

/** The DM channel between the bot and a user, as the user opened it. */
function dmWith(user: string): string {
  const existing = server.directChannel(server.botUserId, user);
  if (existing) return existing.id;
  const id = `dm${user.slice(0, 24)}`;
  server.addChannel({ id, type: 'D', name: [server.botUserId, user].sort().join('__') });
  return id;
}

async function say(user: string, text: string): Promise<StoredPost> {
  const channel = dmWith(user);
  const mine = server.userPosts(user, channel, text);
  await server.waitFor(() => server.posts.some((p) => p.root_id === mine.id));
  return server.posts.find((p) => p.root_id === mine.id) as StoredPost;
}

/** The bot's reminders (posts with a key) in a channel. */
const remindersIn = (channel: string) =>
  server.posts.filter((p) => p.channel_id === channel && p.user_id === server.botUserId && p.props[KEY_PROP]);

type Action = { id: string; name: string; integration: { url: string; context: Record<string, unknown> } };
const actionsOf = (post: StoredPost | undefined): Action[] =>
  ((post?.props.attachments ?? []) as { actions: Action[] }[]).flatMap((a) => a.actions);

async function forge(body: Record<string, unknown>): Promise<number> {
  const res = await fetch(`${botUrl}${ACTIONS_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return res.status;
}

describe('personal reminders in Mattermost', () => {
  it('DMs each reminder once in the direct channel; its buttons are its owner’s, verified', async () => {
    const answer = await say(CAROL, 'subscribe me to CMS postings');
    expect(answer.message).toContain('postings matching "CMS"');
    expect((await sweep(6)).sent).toBe(1);
    expect((await sweep(6)).sent).toBe(0);
    const dm = dmWith(CAROL);
    const [reminder] = remindersIn(dm);
    expect(reminder?.message).toContain('CMS trigger software engineer');
    expect(reminder?.message).toContain('7 days left');
    expect(reminder?.props[KEY_PROP]).toBe(
      reminderKeyString({
        platform: 'mattermost',
        channelId: `@${CAROL}`,
        postingId: 'cms-trigger',
        deadline: '2025-06-13',
        daysBefore: 7,
      }),
    );
    const actions = actionsOf(reminder);
    expect(actions.map((a) => `${a.id}:${a.name}`)).toEqual([
      'cmd0:Snooze 1 day',
      'cmd1:Snooze 3 days',
      'cmd2:I applied',
      'cmd3:Stop this one',
      'cmd4:Stop all',
    ]);
    expect(actions[3]?.integration).toMatchObject({
      url: `${botUrl}${ACTIONS_PATH}`,
      context: { command: 'stop cms-trigger', user: CAROL },
    });

    // Dave cannot even see Carol's DM; if he replays her button's context at the bot with his
    // own id, or alters the command, or signs it himself, the bot refuses.
    expect((await server.click(DAVE, reminder?.id ?? '', 'cmd3')).status).toBe(403);
    const context = actions[3]?.integration.context as Record<string, string>;
    const callback = { user_id: DAVE, channel_id: dm, post_id: reminder?.id, context };
    expect(await forge(callback)).toBe(403);
    expect(await forge({ ...callback, user_id: CAROL, context: { ...context, command: 'forget reminders' } })).toBe(
      403,
    );
    expect(
      await forge({
        ...callback,
        context: { command: 'stop cms-trigger', sig: signAction('guess', 'stop cms-trigger', undefined) },
      }),
    ).toBe(403);
    expect(await forge({ ...callback, context: { command: 'stop cms-trigger' } })).toBe(403);
    expect(await store.postingMarks()).toEqual([]);

    // Carol's own click: stopped, answered to her alone.
    const clicked = await server.click(CAROL, reminder?.id ?? '', 'cmd3');
    expect(clicked.status).toBe(200);
    expect(String(clicked.body.ephemeral_text)).toContain('Stopped: no more reminders about');
    expect(await store.postingMarks()).toMatchObject([{ userId: CAROL, postingId: 'cms-trigger', state: 'stopped' }]);
    // The 1-day reminder of that posting does not come; the other CMS posting's reminders do.
    expect((await sweep(12)).sent).toBe(0);
    expect((await sweep(26)).sent).toBe(1);
    expect(remindersIn(dm).at(-1)?.message).toContain('CMS DQM shift manager');
  });

  it("a channel reminder's buttons act for whoever clicks: Dave's 'Remind me' is Dave's alone", async () => {
    await store.subscribe({
      platform: 'mattermost',
      channelId: TOWN,
      offsets: [7],
      filter: 'DIRAC',
      createdBy: CAROL,
      createdAt: june(1).toISOString(),
    });
    expect((await sweep(20)).sent).toBe(1);
    const [reminder] = remindersIn(TOWN);
    const actions = actionsOf(reminder);
    expect(actions.map((a) => a.name)).toEqual(['Remind me', 'I applied']);
    expect(actions[0]?.integration.context).not.toHaveProperty('user');
    const clicked = await server.click(DAVE, reminder?.id ?? '', 'cmd0');
    expect(clicked.status).toBe(200);
    expect(String(clicked.body.ephemeral_text)).toContain("I'll remind you in a direct message");
    expect(await store.subscription('mattermost', `@${DAVE}`)).toMatchObject({ postingIds: ['dirac-grid'] });
    expect((await store.subscription('mattermost', `@${CAROL}`))?.postingIds).toBeUndefined();
    // His reminder comes to his own DM, once.
    expect((await sweep(26)).sent).toBeGreaterThanOrEqual(1);
    const daveDm = server.directChannel(server.botUserId, DAVE)?.id ?? '';
    expect(remindersIn(daveDm).map((p) => p.message.includes('DIRAC grid software engineer'))).toEqual([true]);
  });

  it('after a crash between claim and post, or between post and record, a DM reminder goes out once', async () => {
    await say(CAROL, 'remind xrootd 5');
    const key: ReminderKey = {
      platform: 'mattermost',
      channelId: `@${CAROL}`,
      postingId: 'xrootd-monitoring',
      deadline: '2025-06-20',
      daysBefore: 5,
    };
    // Claimed by a process that died before posting.
    const dead = openSqliteStoreSync(join(dir, 'positions.db'));
    await dead.claimReminder(key, june(15));
    await dead.close();
    await store.close();
    store = openSqliteStoreSync(join(dir, 'positions.db'), { leaseClock: () => Date.now() + DEFAULT_LEASE_MS + 1 });
    now = june(15);
    expect(await sweep(15)).toMatchObject({ sent: 1, recovered: 1 });
    // Posted by a process that died before recording it.
    const key2: ReminderKey = { ...key, postingId: 'cms-dqm', deadline: '2025-07-10', daysBefore: 5 };
    await store.subscribe({ ...(await store.subscription('mattermost', `@${CAROL}`))!, filter: 'CMS', offsets: [5] });
    await store.claimReminder(key2, june(15));
    await adapter.postToChannel(
      `@${CAROL}`,
      { text: 'reminder', blocks: [], postings: [], suggestions: [] },
      {
        key: reminderKeyString(key2),
      },
    );
    await store.close();
    store = openSqliteStoreSync(join(dir, 'positions.db'), { leaseClock: () => Date.now() + 3 * DEFAULT_LEASE_MS });
    const report = await sweepReminders({
      store,
      postings: POSTINGS,
      posters: [adapter],
      now: new Date('2025-07-05T07:00:00Z'),
      timeZone: TZ,
      log,
    });
    expect(report).toMatchObject({ recovered: 1 });
    const dm = dmWith(CAROL);
    const counts = (k: ReminderKey) => remindersIn(dm).filter((p) => p.props[KEY_PROP] === reminderKeyString(k)).length;
    expect([counts(key), counts(key2)]).toEqual([1, 1]);
    expect(actionKey({ token: server.botToken })).toMatch(/^[0-9a-f]{64}$/);
  });
});
