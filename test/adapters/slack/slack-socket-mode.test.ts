// End to end on loopback, Socket Mode: real Bolt and @slack/socket-mode on our side; the local
// Slack server answers apps.connections.open with its own ws:// URL, says hello, sends
// envelopes and records the acks, and asks the client to reconnect.
import { pino } from 'pino';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../../src/adapters/http-server.ts';
import { createSlackAdapter } from '../../../src/adapters/slack/slack-adapter.ts';
import type { Adapter, MessageHandler } from '../../../src/bot/types.ts';
import { createMetrics, type Metrics } from '../../../src/observability/metrics.ts';
import { type SlackTestServer, startSlackServer } from '../../servers/slack-api-server.ts';
import { type CountingHandler, corpusHandler } from '../mattermost/corpus-handler.ts';

const ALICE = 'UALICE00001';
const DM = 'DALICE00001';
const GENERAL = 'CGENERAL001';

interface Rig {
  slack: SlackTestServer;
  http: HttpServer;
  adapter: Adapter;
  metrics: Metrics;
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

async function startRig(handler: MessageHandler = corpus, ackAfterMs = 2_000): Promise<Rig> {
  const slack = await startSlackServer();
  const http = createHttpServer();
  const metrics = createMetrics();
  const adapter = createSlackAdapter({
    handler,
    http,
    log: pino({ level: 'silent' }),
    metrics,
    config: { botToken: slack.botToken, appToken: slack.appToken, apiUrl: slack.apiUrl },
    tuning: {
      ackAfterMs,
      retryConfig: { retries: 2, minTimeout: 0, maxTimeout: 1 },
      // Short pong wait: also the reconnect delay.
      clientPingTimeoutMs: 300,
    },
  });
  const rig = { slack, http, adapter, metrics };
  rigs.push(rig);
  await adapter.start();
  return rig;
}

function command(rig: Rig, text: string) {
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

const blockText = (blocks: unknown) =>
  ((blocks ?? []) as { text?: { text: string } }[]).map((b) => b.text?.text ?? '').join('\n');

describe('Slack Socket Mode', () => {
  it('connects with the app token through apps.connections.open and the hello', async () => {
    const rig = await startRig();
    expect(rig.slack.calls.map((c) => c.method)).toEqual(['auth.test', 'apps.connections.open']);
    expect(rig.slack.connectionsOpened).toBe(1);
    expect(rig.slack.openSockets()).toBe(1);
  });

  it('acks a slash_commands envelope with the ephemeral Block Kit answer as its payload', async () => {
    const rig = await startRig();
    const ack = await rig.slack.sendEnvelope('slash_commands', command(rig, 'xrootd'));
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(ack.payload?.text).toContain('XRootD data monitoring');
    expect(blockText(ack.payload?.blocks)).toContain('XRootD data monitoring');
    const blocks = ack.payload?.blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[];
    expect(blocks.at(-1)?.elements?.[0]).toMatchObject({ action_id: 'positions_share', value: 'xrootd' });
    expect(corpus.calls.at(-1)).toMatchObject({ platform: 'slack', kind: 'command', text: 'xrootd', isDirect: false });
  });

  it('acks a slow command at once and sends the answer via response_url', async () => {
    const slow: MessageHandler = {
      async handle(msg) {
        await new Promise((r) => setTimeout(r, 300));
        return corpus.handle(msg);
      },
    };
    const rig = await startRig(slow, 50);
    const payload = command(rig, 'xrootd');
    const ack = await rig.slack.sendEnvelope('slash_commands', payload);
    expect(ack.payload).toEqual({ response_type: 'ephemeral', text: 'Working on it…' });
    const id = payload.response_url.split('/').at(-1);
    await rig.slack.waitFor(() => rig.slack.responses.some((r) => r.id === id));
    expect(blockText(rig.slack.responses.find((r) => r.id === id)?.body.blocks)).toContain('XRootD data monitoring');
  });

  it('answers a DM from an events_api envelope in its thread', async () => {
    const rig = await startRig();
    const ack = await rig.slack.sendEnvelope('events_api', {
      token: 'deprecated-verification-token',
      team_id: rig.slack.teamId,
      api_app_id: 'A0000APP01',
      type: 'event_callback',
      event_id: 'Ev0SOCKET01',
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [{ team_id: rig.slack.teamId, user_id: rig.slack.botUserId, is_bot: true }],
      event: {
        type: 'message',
        channel: DM,
        channel_type: 'im',
        user: ALICE,
        text: 'analysis support',
        ts: '1700000000.000700',
        event_ts: '1700000000.000700',
      },
    });
    expect(ack.envelope_id).toBeTruthy();
    await rig.slack.waitFor(() => rig.slack.messages.length === 1);
    expect(rig.slack.messages[0]).toMatchObject({ channel: DM, thread_ts: '1700000000.000700' });
    expect(rig.slack.messages[0]?.text).toContain('Analysis Support');
  });

  it('shares an answer in the channel from an interactive envelope', async () => {
    const rig = await startRig();
    const responseUrl = rig.slack.responseUrl();
    await rig.slack.sendEnvelope('interactive', {
      type: 'block_actions',
      team: { id: rig.slack.teamId, domain: 'physics' },
      user: { id: ALICE, username: 'alice', team_id: rig.slack.teamId },
      api_app_id: 'A0000APP01',
      container: { type: 'message', message_ts: '1700000000.000800', channel_id: GENERAL, is_ephemeral: true },
      channel: { id: GENERAL, name: 'general' },
      response_url: responseUrl,
      trigger_id: '1234.5678.abcdef',
      actions: [{ type: 'button', action_id: 'positions_share', block_id: 'b1', value: 'xrootd', action_ts: '1' }],
    });
    const id = responseUrl.split('/').at(-1);
    await rig.slack.waitFor(() => rig.slack.responses.filter((r) => r.id === id).length === 2);
    const [shared, removed] = rig.slack.responses.filter((r) => r.id === id);
    expect(shared?.body).toMatchObject({ response_type: 'in_channel' });
    expect(blockText(shared?.body.blocks)).toContain('XRootD data monitoring');
    expect(removed?.body).toEqual({ delete_original: true });
  });

  it('reconnects when Slack asks it to (refresh_requested), counts it, and keeps answering', async () => {
    const rig = await startRig();
    rig.slack.sendDisconnect('refresh_requested');
    await rig.slack.waitFor(() => rig.slack.connectionsOpened === 2 && rig.slack.openSockets() === 1);
    await rig.slack.waitFor(() => {
      // The reconnect is counted once the new connection said hello.
      return rig.slack.calls.filter((c) => c.method === 'apps.connections.open').length === 2;
    });
    const ack = await rig.slack.sendEnvelope('slash_commands', command(rig, 'xrootd'));
    expect(ack.payload?.text).toContain('XRootD data monitoring');
    const reconnects = await rig.metrics.registry.getSingleMetricAsString('positions_reconnects_total');
    expect(reconnects).toContain('positions_reconnects_total{platform="slack"} 1');
  });
});
