// End to end on loopback, HTTP mode: real Bolt behind our shared HTTP server, requests signed
// as Slack signs them, Web API calls and response_url posts going to the local Slack server.
import { pino } from 'pino';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../src/adapters/http-server.ts';
import { createSlackAdapter, type SlackTuning } from '../../../src/adapters/slack/slack-adapter.ts';
import { createBrain } from '../../../src/answers/brain.ts';
import type { Reply } from '../../../src/answers/reply.ts';
import { createBot } from '../../../src/bot/create-bot.ts';
import type { Adapter, Inbound, MessageHandler } from '../../../src/bot/types.ts';
import { createMetrics, type Metrics } from '../../../src/observability/metrics.ts';
import { openSqliteStoreSync } from '../../../src/store/sqlite-store.ts';
import { type SlackTestServer, startSlackServer } from '../../servers/slack-api-server.ts';
import { postSignedForm, postSignedJson } from '../../servers/slack-signing.ts';
import { type CountingHandler, corpusHandler } from '../mattermost/corpus-handler.ts';

const SECRET = 'test-signing-secret-8f2b';
const ALICE = 'UALICE00001';
const DM = 'DALICE00001';
const GENERAL = 'CGENERAL001';

interface Rig {
  slack: SlackTestServer;
  http: HttpServer;
  adapter: Adapter;
  metrics: Metrics;
  eventsUrl: string;
}

let corpus: CountingHandler;
const rigs: Rig[] = [];

beforeAll(async () => {
  corpus = await corpusHandler();
});

afterEach(async () => {
  for (const rig of rigs.splice(0)) {
    await rig.adapter.stop();
    await rig.http.close();
    await rig.slack.close();
  }
});

/** Fast retries: a test never waits minutes for the Web API client. */
const FAST: SlackTuning = { retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 1 }, apiTimeoutMs: 5_000 };

async function startRig(handler: MessageHandler = corpus, tuning: SlackTuning = {}): Promise<Rig> {
  const slack = await startSlackServer();
  const http = createHttpServer();
  const metrics = createMetrics();
  const adapter = createSlackAdapter({
    handler,
    http,
    log: pino({ level: 'silent' }),
    metrics,
    config: { botToken: slack.botToken, signingSecret: SECRET, apiUrl: slack.apiUrl },
    tuning: { ...FAST, ...tuning },
  });
  const port = await http.listen(0, '127.0.0.1');
  const rig = { slack, http, adapter, metrics, eventsUrl: `http://127.0.0.1:${port}/slack/events` };
  rigs.push(rig);
  await adapter.start();
  return rig;
}

function commandForm(rig: Rig, text: string): Record<string, string> {
  return {
    token: 'deprecated-verification-token',
    team_id: rig.slack.teamId,
    team_domain: 'physics',
    channel_id: GENERAL,
    channel_name: 'general',
    user_id: ALICE,
    user_name: 'alice',
    command: '/positions',
    text,
    api_app_id: 'A0000APP01',
    is_enterprise_install: 'false',
    response_url: rig.slack.responseUrl(),
    trigger_id: '1234.5678.abcdef',
  };
}

function eventCallback(rig: Rig, event: Record<string, unknown>, eventId = `Ev${Math.random().toString(36).slice(2)}`) {
  return {
    token: 'deprecated-verification-token',
    team_id: rig.slack.teamId,
    api_app_id: 'A0000APP01',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: rig.slack.teamId, user_id: rig.slack.botUserId, is_bot: true }],
    event,
  };
}

interface CommandAnswer {
  response_type: string;
  text: string;
  blocks: { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string }[] }[];
}

const blockText = (blocks: CommandAnswer['blocks'] | undefined) =>
  (blocks ?? []).map((b) => b.text?.text ?? '').join('\n');

const settle = () => new Promise((r) => setTimeout(r, 150));

describe('Slack slash command /positions over HTTP', () => {
  it('answers a signed command at once with ephemeral Block Kit, a fallback text and a share button', async () => {
    const rig = await startRig();
    const before = corpus.calls.length;
    const res = await postSignedForm(rig.eventsUrl, SECRET, commandForm(rig, 'xrootd'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = (await res.json()) as CommandAnswer;
    expect(body.response_type).toBe('ephemeral');
    expect(body.text).toContain('XRootD data monitoring');
    expect(blockText(body.blocks)).toContain('*Postings for "xrootd"*');
    expect(blockText(body.blocks)).toContain('XRootD data monitoring');
    const actions = body.blocks.at(-1);
    expect(actions?.type).toBe('actions');
    expect(actions?.elements?.[0]).toMatchObject({ action_id: 'positions_share', value: 'xrootd' });
    expect(corpus.calls.slice(before)).toEqual([
      {
        platform: 'slack',
        userId: ALICE,
        userName: 'alice',
        channelId: GENERAL,
        isDirect: false,
        kind: 'command',
        text: 'xrootd',
        // Asked only by 'subscribe': whether the bot was invited to the channel.
        channelAccess: expect.any(Function),
      } satisfies Inbound,
    ]);
  });

  it('refuses to subscribe a channel the bot is not in, saying to invite it, and stores nothing', async () => {
    const bot = createBot({
      brain: createBrain([], { timeZone: 'Europe/Zurich' }),
      store: openSqliteStoreSync(':memory:'),
      clock: () => new Date(),
      config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute: 30, timeZone: 'Europe/Zurich' },
      log: pino({ level: 'silent' }),
      metrics: createMetrics(),
    });
    const rig = await startRig(bot);
    rig.slack.notInChannel('CSECRET0001');
    const refused = await postSignedForm(rig.eventsUrl, SECRET, {
      ...commandForm(rig, 'subscribe'),
      channel_id: 'CSECRET0001',
    });
    expect(JSON.stringify(await refused.json())).toContain("I'm not a member of this channel");
    const ok = await postSignedForm(rig.eventsUrl, SECRET, commandForm(rig, 'subscribe'));
    expect(JSON.stringify(await ok.json())).toContain('Subscribed: this channel');
  });

  it('refuses a bad signature with 401 and never calls the handler', async () => {
    const rig = await startRig();
    const before = corpus.calls.length;
    const res = await postSignedForm(rig.eventsUrl, SECRET, commandForm(rig, 'xrootd'), {
      signature: `v0=${'0'.repeat(64)}`,
    });
    expect(res.status).toBe(401);
    expect(await res.text()).toBe('');
    const wrongSecret = await postSignedForm(rig.eventsUrl, 'not-the-secret', commandForm(rig, 'xrootd'));
    expect(wrongSecret.status).toBe(401);
    expect(corpus.calls.length).toBe(before);
  });

  it('refuses a correctly signed request whose timestamp is 10 minutes old (a replay)', async () => {
    const rig = await startRig();
    const before = corpus.calls.length;
    const res = await postSignedForm(rig.eventsUrl, SECRET, commandForm(rig, 'xrootd'), {
      timestampSec: Math.floor(Date.now() / 1000) - 600,
    });
    expect(res.status).toBe(401);
    expect(corpus.calls.length).toBe(before);
  });

  it('acks a slow answer with "working on it" and sends the answer via response_url', async () => {
    const slow: MessageHandler = {
      async handle(msg) {
        await new Promise((r) => setTimeout(r, 300));
        return corpus.handle(msg);
      },
    };
    const rig = await startRig(slow, { ackAfterMs: 50 });
    const form = commandForm(rig, 'xrootd');
    const res = await postSignedForm(rig.eventsUrl, SECRET, form);
    expect(res.status).toBe(200);
    const ack = (await res.json()) as CommandAnswer;
    expect(ack).toEqual({ response_type: 'ephemeral', text: 'Working on it…' });
    const id = form.response_url?.split('/').at(-1);
    await rig.slack.waitFor(() => rig.slack.responses.some((r) => r.id === id));
    const later = rig.slack.responses.filter((r) => r.id === id);
    expect(later).toHaveLength(1);
    expect(later[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(blockText(later[0]?.body.blocks as CommandAnswer['blocks'])).toContain('XRootD data monitoring');
  });

  it('splits a long answer: the first part in the ack, the rest via response_url, the button last', async () => {
    const long: MessageHandler = {
      async handle() {
        return {
          text: '<!channel> 80 headings',
          blocks: Array.from({ length: 80 }, (_, i) => ({ kind: 'heading' as const, text: `<!here> Heading ${i}` })),
          postings: [],
          suggestions: [],
        };
      },
    };
    const rig = await startRig(long);
    const form = commandForm(rig, 'everything');
    const res = await postSignedForm(rig.eventsUrl, SECRET, form);
    const ack = (await res.json()) as CommandAnswer;
    expect(ack.blocks).toHaveLength(49);
    expect(ack.text).toBe('&lt;!channel&gt; 80 headings');
    expect(JSON.stringify(ack)).not.toMatch(/<!(channel|here)>/);
    const id = form.response_url?.split('/').at(-1);
    await rig.slack.waitFor(() => rig.slack.responses.some((r) => r.id === id));
    const rest = rig.slack.responses.filter((r) => r.id === id);
    expect(rest).toHaveLength(1);
    expect(rest[0]?.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    const blocks = rest[0]?.body.blocks as CommandAnswer['blocks'];
    expect(blocks).toHaveLength(80 - 49 + 1);
    expect(blocks.at(-1)?.elements?.[0]).toMatchObject({ action_id: 'positions_share', value: 'everything' });
  });

  it('answers `/positions share ...` for everyone in the channel, without a share button', async () => {
    const rig = await startRig();
    const res = await postSignedForm(rig.eventsUrl, SECRET, commandForm(rig, 'share xrootd'));
    const body = (await res.json()) as CommandAnswer;
    expect(body.response_type).toBe('in_channel');
    expect(blockText(body.blocks)).toContain('XRootD data monitoring');
    expect(body.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(corpus.calls.at(-1)).toMatchObject({ kind: 'command', text: 'xrootd', shared: true });
  });

  it('rejects a payload that is not a command it knows without calling the handler', async () => {
    const rig = await startRig();
    const before = corpus.calls.length;
    const form = { ...commandForm(rig, 'xrootd'), response_url: 'not a url' };
    const res = await postSignedForm(rig.eventsUrl, SECRET, form);
    expect(res.status).toBe(200);
    expect(((await res.json()) as CommandAnswer).text).toBe('Sorry, I could not read that command.');
    expect(corpus.calls.length).toBe(before);
  });
});

describe('Slack "Share in channel" button over HTTP', () => {
  it('posts the answer for everyone via response_url and removes the private one', async () => {
    const rig = await startRig();
    const responseUrl = rig.slack.responseUrl();
    const payload = {
      type: 'block_actions',
      team: { id: rig.slack.teamId, domain: 'physics' },
      user: { id: ALICE, username: 'alice', name: 'alice', team_id: rig.slack.teamId },
      api_app_id: 'A0000APP01',
      token: 'deprecated-verification-token',
      container: { type: 'message', message_ts: '1700000000.000200', channel_id: GENERAL, is_ephemeral: true },
      trigger_id: '1234.5678.abcdef',
      channel: { id: GENERAL, name: 'general' },
      response_url: responseUrl,
      actions: [
        {
          type: 'button',
          action_id: 'positions_share',
          block_id: 'b1',
          text: { type: 'plain_text', text: 'Share in channel', emoji: true },
          value: 'xrootd',
          action_ts: '1700000001.000300',
        },
      ],
    };
    const res = await postSignedForm(rig.eventsUrl, SECRET, { payload: JSON.stringify(payload) });
    expect(res.status).toBe(200);
    const id = responseUrl.split('/').at(-1);
    await rig.slack.waitFor(() => rig.slack.responses.filter((r) => r.id === id).length >= 2);
    const [shared, removed] = rig.slack.responses.filter((r) => r.id === id);
    expect(shared?.body).toMatchObject({ response_type: 'in_channel', replace_original: false });
    const blocks = shared?.body.blocks as { type: string; elements?: { text?: string }[] }[];
    expect(blocks[0]).toMatchObject({ type: 'context', elements: [{ text: `Shared by <@${ALICE}>` }] });
    expect(blockText(shared?.body.blocks as CommandAnswer['blocks'])).toContain('XRootD data monitoring');
    // The shared answer has no share button of its own.
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(removed?.body).toEqual({ delete_original: true });
    // Marked shared: the bot leaves anything private about the asker out of it.
    expect(corpus.calls.at(-1)).toMatchObject({
      kind: 'command',
      text: 'xrootd',
      channelId: GENERAL,
      userId: ALICE,
      shared: true,
    });
  });
});

describe('Slack events over HTTP', () => {
  it('answers the url_verification challenge', async () => {
    const rig = await startRig();
    const res = await postSignedJson(rig.eventsUrl, SECRET, {
      token: 'deprecated-verification-token',
      challenge: 'chal-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: 'chal-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it('answers a direct message in its thread with chat.postMessage, once even if Slack redelivers it', async () => {
    const rig = await startRig();
    const before = corpus.calls.length;
    const event = {
      type: 'message',
      channel: DM,
      channel_type: 'im',
      user: ALICE,
      text: 'xrootd',
      ts: '1700000000.000100',
      event_ts: '1700000000.000100',
    };
    const body = eventCallback(rig, event, 'Ev0DM0001');
    const res = await postSignedJson(rig.eventsUrl, SECRET, body);
    expect(res.status).toBe(200);
    await rig.slack.waitFor(() => rig.slack.messages.length === 1);
    const retried = await postSignedJson(rig.eventsUrl, SECRET, body, {
      headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(retried.status).toBe(200);
    await settle();
    expect(rig.slack.messages).toHaveLength(1);
    const [answer] = rig.slack.messages;
    expect(answer).toMatchObject({ channel: DM, thread_ts: '1700000000.000100', unfurl_links: false });
    expect(answer?.text).toContain('XRootD data monitoring');
    expect(blockText(answer?.blocks as CommandAnswer['blocks'])).toContain('XRootD data monitoring');
    expect(corpus.calls.slice(before)).toEqual([
      { platform: 'slack', userId: ALICE, channelId: DM, isDirect: true, kind: 'message', text: 'xrootd' },
    ]);
  });

  it('ignores bot messages, edits, joins and its own messages', async () => {
    const rig = await startRig();
    const before = corpus.calls.length;
    const base = { type: 'message', channel: DM, channel_type: 'im', text: 'xrootd', ts: '1700000000.000400' };
    const ignored = [
      { ...base, user: 'UOTHERBOT01', bot_id: 'BOTHER00001' },
      { ...base, subtype: 'bot_message', bot_id: 'BOTHER00001' },
      { ...base, user: ALICE, subtype: 'message_changed' },
      { ...base, user: ALICE, subtype: 'channel_join' },
      { ...base, user: rig.slack.botUserId },
      { ...base, user: ALICE, channel: GENERAL, channel_type: 'channel' },
    ];
    for (const event of ignored) {
      const res = await postSignedJson(rig.eventsUrl, SECRET, eventCallback(rig, event));
      expect(res.status).toBe(200);
    }
    await settle();
    expect(corpus.calls.length).toBe(before);
    expect(rig.slack.messages).toHaveLength(0);
  });

  it('answers an @mention in the thread, with the mention removed from the text', async () => {
    const rig = await startRig();
    const event = {
      type: 'app_mention',
      channel: GENERAL,
      user: ALICE,
      text: `<@${rig.slack.botUserId}> xrootd`,
      ts: '1700000000.000500',
      event_ts: '1700000000.000500',
    };
    await postSignedJson(rig.eventsUrl, SECRET, eventCallback(rig, event));
    await rig.slack.waitFor(() => rig.slack.messages.length === 1);
    expect(rig.slack.messages[0]).toMatchObject({ channel: GENERAL, thread_ts: '1700000000.000500' });
    expect(corpus.calls.at(-1)).toEqual({
      platform: 'slack',
      userId: ALICE,
      channelId: GENERAL,
      isDirect: false,
      kind: 'message',
      text: 'xrootd',
    });
  });
});

describe('Slack channel posts (reminders, announcements)', () => {
  const reminder: Reply = {
    text: 'Deadline in 3 days: <!channel> apply',
    blocks: [{ kind: 'paragraph', text: 'Deadline in 3 days: <!channel> please apply <https://evil.example|CERN>' }],
    postings: [],
    suggestions: [],
  };

  it('posts with blocks, an escaped fallback text, no unfurling and the key as metadata', async () => {
    const rig = await startRig();
    await rig.adapter.postToChannel(GENERAL, reminder, { key: 'reminder:cta-dirac:7' });
    expect(rig.slack.messages).toHaveLength(1);
    const [post] = rig.slack.messages;
    expect(post).toMatchObject({
      channel: GENERAL,
      unfurl_links: false,
      text: 'Deadline in 3 days: &lt;!channel&gt; apply',
      metadata: { event_type: 'positions_post', event_payload: { key: 'reminder:cta-dirac:7', part: 1, parts: 1 } },
    });
    expect(blockText(post?.blocks as CommandAnswer['blocks'])).toBe(
      'Deadline in 3 days: &lt;!channel&gt; please apply &lt;https://evil.example|CERN&gt;',
    );
  });

  it('waits out a 429 with Retry-After and delivers the post exactly once', async () => {
    const rig = await startRig();
    rig.slack.failNext('chat.postMessage', 429, { retryAfter: '1' });
    await rig.adapter.postToChannel(GENERAL, reminder, { key: 'k-429' });
    expect(rig.slack.messages).toHaveLength(1);
    expect(rig.slack.calls.filter((c) => c.method === 'chat.postMessage').map((c) => c.status)).toEqual([429, 200]);
  });

  it('retries a 500 and rejects when the Web API keeps failing, so the caller can record it', async () => {
    const rig = await startRig();
    rig.slack.failNext('chat.postMessage', 503, { n: 1 });
    await rig.adapter.postToChannel(GENERAL, reminder);
    expect(rig.slack.messages).toHaveLength(1);
    rig.slack.failNext('chat.postMessage', 500, { n: 10 });
    await expect(rig.adapter.postToChannel(GENERAL, reminder)).rejects.toThrow();
    expect(rig.slack.messages).toHaveLength(1);
  });

  it('rejects a post Slack refuses (ok: false), without retrying', async () => {
    const rig = await startRig();
    await expect(rig.adapter.postToChannel('', reminder)).rejects.toThrow(/channel_not_found/);
    expect(rig.slack.calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(1);
  });

  it('finds a post by its key since a time, and only that one', async () => {
    const rig = await startRig();
    const since = new Date(Date.now() - 60_000);
    expect(await rig.adapter.findPosted?.(GENERAL, 'reminder:xrootd:1', since)).toBe(false);
    await rig.adapter.postToChannel(GENERAL, reminder, { key: 'reminder:xrootd:1' });
    rig.slack.addMessage({
      channel: GENERAL,
      ts: `${Math.floor(Date.now() / 1000)}.999999`,
      text: 'chatter',
      user: ALICE,
    });
    expect(await rig.adapter.findPosted?.(GENERAL, 'reminder:xrootd:1', since)).toBe(true);
    expect(await rig.adapter.findPosted?.(GENERAL, 'reminder:xrootd:2', since)).toBe(false);
    expect(await rig.adapter.findPosted?.('COTHER00001', 'reminder:xrootd:1', since)).toBe(false);
    expect(await rig.adapter.findPosted?.(GENERAL, 'reminder:xrootd:1', new Date(Date.now() + 60_000))).toBe(false);
    const history = rig.slack.calls.filter((c) => c.method === 'conversations.history').at(-1);
    expect(history?.args).toMatchObject({ channel: GENERAL, include_all_metadata: 'true' });
  });

  it('shares the HTTP server: other routes keep working beside /slack/events', async () => {
    const rig = await startRig();
    rig.http.route('GET', '/healthz', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
    });
    const health = await fetch(rig.eventsUrl.replace('/slack/events', '/healthz'));
    expect(await health.text()).toBe('ok\n');
  });
});
