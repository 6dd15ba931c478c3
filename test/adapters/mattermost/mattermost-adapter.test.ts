// End to end on loopback: our adapter with the REAL @mattermost/client (Client4 and
// WebSocketClient over `ws`) against the small Mattermost-compatible server in test/servers/.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../src/adapters/http-server.ts';
import { createMattermostAdapter } from '../../../src/adapters/mattermost/mattermost-adapter.ts';
import type { Reply } from '../../../src/answers/reply.ts';
import type { Adapter } from '../../../src/bot/types.ts';
import { createMetrics, type Metrics } from '../../../src/observability/metrics.ts';
import { type MattermostTestServer, startMattermostServer } from '../../servers/mattermost-server.ts';
import { type CountingHandler, corpusHandler } from './corpus-handler.ts';

const COMMAND_TOKEN = 'slash-command-token-5678';
const DM = 'dmchannelalicebot000000000';
const TOWN = 'townsquare0000000000000000';

let mmServer: MattermostTestServer;
let http: HttpServer;
let port: number;
let handler: CountingHandler;
let metrics: Metrics;
let adapter: Adapter;

beforeAll(async () => {
  mmServer = await startMattermostServer();
  mmServer.addChannel({ id: DM, type: 'D', name: 'alice__positions' });
  mmServer.addChannel({ id: TOWN, type: 'O', name: 'town-square' });
  handler = await corpusHandler();
  metrics = createMetrics();
  http = createHttpServer();
  adapter = createMattermostAdapter({
    handler,
    http,
    log: pino({ level: 'silent' }),
    metrics,
    config: { url: mmServer.url, token: mmServer.botToken, commandToken: COMMAND_TOKEN },
    tuning: { reconnectMinMs: 30, reconnectJitterMs: 10, postBackoffMs: 5, postAttempts: 3, helloTimeoutMs: 5_000 },
  });
  port = await http.listen(0, '127.0.0.1');
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await http?.close();
  await mmServer?.close();
});

function command(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const form = new URLSearchParams({
    channel_id: TOWN,
    channel_name: 'town-square',
    team_id: 'team1',
    team_domain: 'physics',
    user_id: 'aliceuserid000000000000000',
    user_name: 'alice',
    command: '/positions',
    response_url: `${mmServer.url}/hooks/commands/abc`,
    trigger_id: 'trigger',
    ...fields,
  });
  return fetch(`http://127.0.0.1:${port}/mattermost/command`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...headers },
    body: form.toString(),
  });
}

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('Mattermost slash command /positions', () => {
  it('answers a command with the right token ephemerally, in Mattermost markdown', async () => {
    const before = handler.calls.length;
    const res = await command({ token: COMMAND_TOKEN, text: 'xrootd' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = (await res.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('XRootD data monitoring');
    expect(body.text).toContain('#### Postings for');
    // The file name's underscore is escaped: data never turns into markup.
    expect(body.text).toMatch(/_Source: 00\d\\_[0-9a-f]+\.txt, line \d+_/);
    expect(handler.calls.slice(before)).toEqual([
      expect.objectContaining({ platform: 'mattermost', kind: 'command', text: 'xrootd', isDirect: false }),
    ]);
  });

  it('accepts the token in the Authorization header as Mattermost sends it', async () => {
    const res = await command({ text: 'xrootd' }, { authorization: `Token ${COMMAND_TOKEN}` });
    expect(res.status).toBe(200);
  });

  it('shares the answer in the channel when the text starts with "share"', async () => {
    const res = await command({ token: COMMAND_TOKEN, text: 'share xrootd' });
    const body = (await res.json()) as { response_type: string; text: string };
    expect(body.response_type).toBe('in_channel');
    expect(handler.calls.at(-1)?.text).toBe('xrootd');
  });

  it.each([
    ['a wrong token', { token: 'not-the-token' }, {}],
    ['a missing token', {}, {}],
    ['a wrong Authorization header', {}, { authorization: 'Token nope' }],
  ])('refuses %s with 401, an empty body and no handler call', async (_name, fields, headers) => {
    const before = handler.calls.length;
    const res = await command({ ...fields, text: 'xrootd' }, headers);
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
    expect(handler.calls.length).toBe(before);
  });

  it('refuses a payload without the fields Mattermost always sends', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/mattermost/command`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: COMMAND_TOKEN, text: 'x' }).toString(),
    });
    expect(res.status).toBe(400);
  });
});

describe('Mattermost direct messages over the WebSocket', () => {
  it('answers a DM in its thread and ignores its own post and other bots', async () => {
    const before = handler.calls.length;
    const asked = mmServer.userPosts('aliceuserid000000000000000', DM, 'xrootd');
    await mmServer.waitFor(() => mmServer.posts.some((p) => p.root_id === asked.id));
    const answer = mmServer.posts.find((p) => p.root_id === asked.id);
    expect(answer?.user_id).toBe(mmServer.botUserId);
    expect(answer?.channel_id).toBe(DM);
    expect(answer?.message).toContain('XRootD data monitoring');
    // Another bot's post in a DM is ignored; the bot's own answer (broadcast too) is ignored.
    mmServer.userPosts('otherbot00000000000000000', DM, 'xrootd', { props: { from_bot: 'true' } });
    // A message in an open channel is not a DM.
    mmServer.userPosts('aliceuserid000000000000000', TOWN, 'xrootd');
    await settle();
    expect(handler.calls.slice(before)).toEqual([
      expect.objectContaining({ kind: 'message', isDirect: true, channelId: DM, text: 'xrootd' }),
    ]);
    expect(mmServer.posts.filter((p) => p.user_id === mmServer.botUserId && p.channel_id === DM)).toHaveLength(1);
  });

  it('reconnects after the connection drops and answers a DM afterwards', async () => {
    const accepted = mmServer.connectionsAccepted;
    mmServer.dropConnections();
    await mmServer.waitFor(() => mmServer.connectionsAccepted === accepted + 1);
    const reconnects = await metrics.registry.getSingleMetricAsString('positions_reconnects_total');
    expect(reconnects).toMatch(/platform="mattermost"} 1/);
    const asked = mmServer.userPosts('aliceuserid000000000000000', DM, 'analysis support');
    await mmServer.waitFor(() => mmServer.posts.some((p) => p.root_id === asked.id));
    expect(mmServer.posts.find((p) => p.root_id === asked.id)?.message).toContain('Analysis Support');
  });
});

describe('Mattermost channel posts (reminders, announcements)', () => {
  const reminder: Reply = {
    text: 'Deadline in 3 days',
    blocks: [{ kind: 'paragraph', text: 'Deadline in 3 days: @channel please apply' }],
    postings: [],
    suggestions: [],
  };

  it('posts a reminder once to the channel, neutralising mentions from data', async () => {
    const before = mmServer.posts.filter((p) => p.channel_id === TOWN && p.user_id === mmServer.botUserId).length;
    await adapter.postToChannel(TOWN, reminder);
    const mine = mmServer.posts.filter((p) => p.channel_id === TOWN && p.user_id === mmServer.botUserId);
    expect(mine).toHaveLength(before + 1);
    expect(mine.at(-1)?.message).toContain('Deadline in 3 days');
    expect(mine.at(-1)?.message).not.toContain('@channel');
  });

  it('retries a 429 and posts exactly once', async () => {
    const before = mmServer.posts.length;
    const reqBefore = mmServer.requests.length;
    mmServer.failNextPosts(429, 1);
    await adapter.postToChannel(TOWN, reminder);
    expect(mmServer.posts.length).toBe(before + 1);
    expect(mmServer.requests.slice(reqBefore).map((r) => r.status)).toEqual([429, 201]);
  });

  it('retries a 500 and posts exactly once', async () => {
    const before = mmServer.posts.length;
    mmServer.failNextPosts(503, 2);
    await adapter.postToChannel(TOWN, reminder);
    expect(mmServer.posts.length).toBe(before + 1);
  });

  it('rejects when the server keeps failing, so the caller can record it', async () => {
    const before = mmServer.posts.length;
    mmServer.failNextPosts(500, 10);
    await expect(adapter.postToChannel(TOWN, reminder)).rejects.toThrow();
    mmServer.failNextPosts(500, 0);
    expect(mmServer.posts.length).toBe(before);
  });

  it('does not retry a refused post (400: unknown channel)', async () => {
    const reqBefore = mmServer.requests.length;
    await expect(adapter.postToChannel('nosuchchannel', reminder)).rejects.toThrow();
    expect(mmServer.requests.length).toBe(reqBefore + 1);
  });
});
