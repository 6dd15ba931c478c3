// Personal reminders end to end in Slack's HTTP mode, on loopback: a DM "remind me", sweeps on
// later days (the clock is passed in) that DM each reminder once (conversations.open +
// chat.postMessage), and the buttons under them clicked as Slack sends the clicks (signed
// block_actions): snooze, "I applied", and another user's click that changes only their own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/adapters/http-server.ts';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.ts';
import { createBrain } from '../../src/answers/brain.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { Adapter } from '../../src/bot/types.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { reminderKeyString, sweepReminders } from '../../src/reminders/sweep.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import { DEFAULT_LEASE_MS, type ReminderKey, type Store } from '../../src/store/store.ts';
import { june, POSTINGS } from '../bot/personal-fixtures.ts';
import { type SlackTestServer, type StoredMessage, startSlackServer } from '../servers/slack-api-server.ts';
import { postSignedForm, postSignedJson } from '../servers/slack-signing.ts';
import { TZ } from './helpers.ts';

const SECRET = 'test-signing-secret-personal';
const ALICE = 'UALICE00001';
const BOB = 'UBOB0000001';
const log = pino({ level: 'silent' });

let dir: string;
let slack: SlackTestServer;
let http: HttpServer;
let adapter: Adapter;
let store: Store;
let now = june(6);
let eventsUrl = '';

function openStore(leaseOffsetMs = 0): Store {
  return openSqliteStoreSync(join(dir, 'positions.db'), { leaseClock: () => Date.now() + leaseOffsetMs });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'positions-personal-slack-'));
  slack = await startSlackServer();
  http = createHttpServer();
  store = openStore();
  const bot = createBot({
    brain: createBrain(POSTINGS, { timeZone: TZ }),
    // Through a getter: a test reopens the store as a restarted process would.
    store: new Proxy({} as Store, { get: (_, k) => Reflect.get(store, k, store) }),
    clock: () => now,
    config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute: 1000, timeZone: TZ },
    log,
    metrics: createMetrics(),
  });
  adapter = createSlackAdapter({
    handler: bot,
    http,
    log,
    metrics: createMetrics(),
    config: { botToken: slack.botToken, signingSecret: SECRET, apiUrl: slack.apiUrl },
    tuning: { retryConfig: { retries: 0 }, apiTimeoutMs: 5_000 },
  });
  const port = await http.listen(0, '127.0.0.1');
  eventsUrl = `http://127.0.0.1:${port}/slack/events`;
  await adapter.start();
});
afterAll(async () => {
  await adapter?.stop();
  await http?.close();
  await slack?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

const sweep = (day: number) =>
  sweepReminders({ store, postings: POSTINGS, posters: [adapter], now: june(day), timeZone: TZ, log });

/** The bot's posts in Alice's DM channel that are not replies in a thread: the reminders. */
const remindersToAlice = () => slack.messages.filter((m) => m.channel === slack.ims.get(ALICE) && !m.thread_ts);

async function dmFromAlice(text: string): Promise<StoredMessage> {
  const before = slack.messages.length;
  const ts = `${Math.floor(Date.now() / 1000)}.${String(before).padStart(6, '0')}`;
  const res = await postSignedJson(eventsUrl, SECRET, {
    token: 'deprecated-verification-token',
    team_id: slack.teamId,
    api_app_id: 'A0000APP01',
    type: 'event_callback',
    event_id: `Ev${before}${Math.random().toString(36).slice(2)}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'message', channel: 'DALICECHAT1', channel_type: 'im', user: ALICE, text, ts },
  });
  expect(res.status).toBe(200);
  await slack.waitFor(() => slack.messages.length > before);
  return slack.messages.at(-1) as StoredMessage;
}

/** Clicks button `index` of `message` as `userId`; resolves with the private answer's text. */
async function click(message: StoredMessage, index: number, userId: string): Promise<string> {
  const payload = slack.clickPayload(message, index, userId);
  const id = String(payload.response_url).split('/').at(-1);
  const res = await postSignedForm(eventsUrl, SECRET, { payload: JSON.stringify(payload) });
  expect(res.status).toBe(200);
  await slack.waitFor(() => slack.responses.some((r) => r.id === id));
  const answer = slack.responses.find((r) => r.id === id)?.body as Record<string, unknown>;
  expect(answer).toMatchObject({ response_type: 'ephemeral', replace_original: false });
  return String(answer.text);
}

const buttons = (m: StoredMessage | undefined) =>
  (m?.blocks ?? []).flatMap((b) => {
    const block = b as { type: string; elements?: { text: { text: string }; value: string }[] };
    return block.type === 'actions' ? (block.elements ?? []).map((e) => `${e.text.text}=${e.value}`) : [];
  });

describe('personal reminders in Slack', () => {
  it('a DM "remind me" gives one DM per reminder day; snooze and "I applied" change the next sweeps', async () => {
    const answer = await dmFromAlice('remind me about the XRootD job');
    expect(answer.text).toContain("I'll remind you in a direct message 14, 7 and 1 days before");
    expect(answer.thread_ts).toBeDefined();

    // 14 days before: one DM, in the DM channel Slack opened for Alice (conversations.open).
    expect((await sweep(6)).sent).toBe(1);
    expect(slack.calls.find((c) => c.method === 'conversations.open')?.args).toMatchObject({ users: ALICE });
    expect((await sweep(6)).sent).toBe(0);
    const first = remindersToAlice();
    expect(first).toHaveLength(1);
    expect(first[0]?.text).toContain('14 days left');
    expect(first[0]?.metadata?.event_payload.key).toBe(
      reminderKeyString({
        platform: 'slack',
        channelId: `@${ALICE}`,
        postingId: 'xrootd-monitoring',
        deadline: '2025-06-20',
        daysBefore: 14,
      }),
    );
    expect(buttons(first[0])).toEqual([
      'Snooze 1 day=snooze xrootd-monitoring 1d',
      'Snooze 3 days=snooze xrootd-monitoring 3d',
      'I applied=applied xrootd-monitoring',
      'Stop this one=stop xrootd-monitoring',
      'Stop all=forget reminders',
    ]);

    // Alice snoozes for 3 days: nothing on the 7th and 8th, one more reminder on the 9th.
    expect(await click(first[0] as StoredMessage, 1, ALICE)).toContain('Snoozed: one more reminder');
    // Bob presses "I applied" under Alice's reminder (a shared screen, a forwarded message):
    // it is his own mark, and Alice's reminders go on.
    expect(await click(first[0] as StoredMessage, 2, BOB)).toContain('Noted: you applied');
    expect((await store.postingMarks()).map((m) => `${m.userId}:${m.state}`).sort()).toEqual([
      `${ALICE}:snoozed`,
      `${BOB}:applied`,
    ]);
    expect((await sweep(7)).sent + (await sweep(8)).sent).toBe(0);
    expect((await sweep(9)).sent).toBe(1);
    expect(remindersToAlice().at(-1)?.text).toContain('11 days left');
    expect((await sweep(10)).sent + (await sweep(12)).sent).toBe(0);
    // The usual 7-day reminder comes after the snooze.
    expect((await sweep(13)).sent).toBe(1);
    const seventh = remindersToAlice().at(-1);
    expect(seventh?.text).toContain('7 days left');

    // "I applied": no more reminders about it for her.
    expect(await click(seventh as StoredMessage, 2, ALICE)).toContain('Noted: you applied');
    expect((await sweep(19)).sent).toBe(0);
    expect(remindersToAlice()).toHaveLength(3);
  });

  it('stays exactly once across a restart and a crash between claim and post', async () => {
    await dmFromAlice('remind me about the DIRAC job 7');
    // A process claimed the 7-day reminder and died before posting it.
    const key: ReminderKey = {
      platform: 'slack',
      channelId: `@${ALICE}`,
      postingId: 'dirac-grid',
      deadline: '2025-06-27',
      daysBefore: 7,
    };
    const dead = openStore();
    expect((await dead.claimReminder(key, june(20))).status).toBe('post');
    await dead.close();
    const before = remindersToAlice().length;
    // The restarted process, once the dead one's lease has lapsed: asks Slack (not there), posts once.
    await store.close();
    store = openStore(DEFAULT_LEASE_MS + 1);
    expect(await sweep(20)).toMatchObject({ sent: 1, recovered: 1 });
    expect(remindersToAlice()).toHaveLength(before + 1);
    // And a crash after the post, before its outcome was recorded: found in the DM, not posted again.
    const key2: ReminderKey = { ...key, postingId: 'cms-dqm', deadline: '2025-07-10', daysBefore: 7 };
    await dmFromAlice('remind cms-dqm');
    await store.claimReminder(key2, june(20));
    await adapter.postToChannel(
      `@${ALICE}`,
      { text: 'reminder', blocks: [], postings: [], suggestions: [] },
      { key: reminderKeyString(key2) },
    );
    await store.close();
    store = openStore(2 * (DEFAULT_LEASE_MS + 1));
    now = new Date('2025-07-03T07:00:00Z');
    const report = await sweepReminders({ store, postings: POSTINGS, posters: [adapter], now, timeZone: TZ, log });
    expect(report).toMatchObject({ recovered: 1 });
    const keys = remindersToAlice().map((m) => m.metadata?.event_payload.key);
    expect(keys.filter((k) => k === reminderKeyString(key2))).toHaveLength(1);
    // A restart without a crash sends nothing twice.
    await store.close();
    store = openStore();
    expect((await sweepReminders({ store, postings: POSTINGS, posters: [adapter], now, timeZone: TZ, log })).sent).toBe(
      0,
    );
  });
});
