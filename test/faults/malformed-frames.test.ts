// A chat server that sends one broken frame must not end the bot: on loopback, the local
// Mattermost and Slack servers (real WebSocket protocols) send non-JSON, `null`, binary and
// field-less frames; each is counted and skipped, and the next real message is answered.
// (Before the guards, each of these was an uncaught exception or unhandled rejection, which
// vitest reports as a failed run and which ends a Node process.)
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/adapters/http-server.ts';
import { frameProblem } from '../../src/adapters/mattermost/guard-frames.ts';
import { createMattermostAdapter } from '../../src/adapters/mattermost/mattermost-adapter.ts';
import { envelopeProblem } from '../../src/adapters/slack/guard-envelopes.ts';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.ts';
import type { Adapter } from '../../src/bot/types.ts';
import { createMetrics, type Metrics } from '../../src/observability/metrics.ts';
import { type CountingHandler, corpusHandler } from '../adapters/mattermost/corpus-handler.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';
import { type SlackTestServer, startSlackServer } from '../servers/slack-api-server.ts';

const DM_MM = 'dmchannelmalformed00000000';
const ALICE_MM = 'alicemalformed000000000000';

let handler: CountingHandler;
beforeAll(async () => {
  handler = await corpusHandler();
});

const malformedCount = async (metrics: Metrics, platform: string) => {
  const text = await metrics.registry.getSingleMetricAsString('positions_malformed_frames_total');
  return Number(new RegExp(`platform="${platform}"} (\\d+)`).exec(text)?.[1] ?? 0);
};

describe('Mattermost WebSocket', () => {
  let mm: MattermostTestServer;
  let http: HttpServer;
  let adapter: Adapter;
  const metrics = createMetrics();

  beforeAll(async () => {
    mm = await startMattermostServer();
    mm.addChannel({ id: DM_MM, type: 'D', name: 'alice__positions' });
    http = createHttpServer();
    adapter = createMattermostAdapter({
      handler,
      http,
      log: pino({ level: 'silent' }),
      metrics,
      config: { url: mm.url, token: mm.botToken, commandToken: 'x' },
      tuning: { reconnectMinMs: 30, reconnectJitterMs: 10, helloTimeoutMs: 5_000 },
    });
    await http.listen(0, '127.0.0.1');
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await http?.close();
    await mm?.close();
  });

  it('skips and counts non-JSON, null, array, binary and field-less frames, then answers the next DM', async () => {
    const frames: (string | Buffer)[] = [
      'not json {',
      'null',
      '[1,2]',
      '42',
      Buffer.from([0xff, 0x00, 0x7b]),
      '{"event":"hello"}',
      '{}',
    ];
    for (const f of frames) mm.sendRaw(f);
    await mm.waitFor(() => true);
    await new Promise((r) => setTimeout(r, 100));
    expect(await malformedCount(metrics, 'mattermost')).toBe(frames.length);
    const asked = mm.userPosts(ALICE_MM, DM_MM, 'xrootd');
    await mm.waitFor(() => mm.posts.some((p) => p.root_id === asked.id));
    expect(mm.posts.find((p) => p.root_id === asked.id)?.message).toContain('XRootD');
  });

  it('tells a readable frame from one the client would choke on', () => {
    expect(frameProblem('{"event":"posted","data":{},"seq":3}')).toBeNull();
    expect(frameProblem('{"status":"OK","seq_reply":2}')).toBeNull();
    expect(frameProblem('{"event":"hello","data":{"connection_id":"c"},"seq":0}')).toBeNull();
    expect(frameProblem('"text"')).toMatch(/not a JSON object/);
    expect(frameProblem(Buffer.from('{}'))).toMatch(/binary/);
  });
});

describe('Slack Socket Mode', () => {
  let slack: SlackTestServer;
  let http: HttpServer;
  let adapter: Adapter;
  const metrics = createMetrics();

  beforeAll(async () => {
    slack = await startSlackServer();
    http = createHttpServer();
    adapter = createSlackAdapter({
      handler,
      http,
      log: pino({ level: 'silent' }),
      metrics,
      config: { botToken: slack.botToken, appToken: slack.appToken, apiUrl: slack.apiUrl },
      tuning: { retryConfig: { retries: 0 }, clientPingTimeoutMs: 2_000 },
    });
    await adapter.start();
  });
  afterAll(async () => {
    await adapter?.stop();
    await http?.close();
    await slack?.close();
  });

  it('skips and counts null, payload-less and event-less envelopes, then answers the next command', async () => {
    const frames = [
      'null',
      'not json',
      '{"type":"events_api","envelope_id":"e1"}',
      '{"type":"events_api","envelope_id":"e2","payload":{}}',
      '{"type":"slash_commands","envelope_id":"e3","payload":null}',
      '{"envelope_id":"e4","payload":{}}',
    ];
    for (const f of frames) slack.sendRaw(f);
    slack.sendRaw(Buffer.from([1, 2, 3]), { binary: true });
    await new Promise((r) => setTimeout(r, 150));
    expect(await malformedCount(metrics, 'slack')).toBe(frames.length + 1);
    const ack = await slack.sendEnvelope('slash_commands', {
      token: 't',
      team_id: slack.teamId,
      channel_id: 'CMALFORMED1',
      channel_name: 'general',
      user_id: 'UMALFORMED1',
      user_name: 'alice',
      command: '/positions',
      text: 'xrootd',
      api_app_id: 'A0000APP01',
      response_url: slack.responseUrl(),
      trigger_id: '1.2.3',
    });
    expect(JSON.stringify(ack.payload)).toContain('XRootD data monitoring');
  });

  it('tells a readable envelope from one the client would choke on', () => {
    expect(envelopeProblem('{"type":"hello"}', false)).toBeNull();
    expect(
      envelopeProblem('{"type":"events_api","envelope_id":"e","payload":{"event":{"type":"message"}}}', false),
    ).toBeNull();
    expect(envelopeProblem('{"type":"interactive","envelope_id":"e"}', false)).toMatch(/without a payload/);
  });
});
