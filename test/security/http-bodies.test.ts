// The bot's port is reachable by anyone: without credentials nobody may make it hold memory.
// Both platform routes (Slack's HTTP mode and the Mattermost command) on one server, with
// small limits so the tests are quick; requests are written on raw sockets to stall them.
import { connect, type Socket } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/adapters/http-server.ts';
import { createMattermostAdapter } from '../../src/adapters/mattermost/mattermost-adapter.ts';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.ts';
import type { Adapter } from '../../src/bot/types.ts';
import { createMetrics, type Metrics } from '../../src/observability/metrics.ts';
import { type CountingHandler, corpusHandler } from '../adapters/mattermost/corpus-handler.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';
import { type SlackTestServer, startSlackServer } from '../servers/slack-api-server.ts';
import { postSignedForm, signSlackBody } from '../servers/slack-signing.ts';

const SECRET = 'body-guard-signing-secret';
const COMMAND_TOKEN = 'body-guard-command-token';
const LIMIT = 64 * 1024;
const MAX_PENDING = 3;
const TIMEOUT_MS = 600;

let slack: SlackTestServer;
let mm: MattermostTestServer;
let http: HttpServer;
let port: number;
let metrics: Metrics;
let handler: CountingHandler;
const adapters: Adapter[] = [];
const sockets: Socket[] = [];

beforeAll(async () => {
  [slack, mm, handler] = await Promise.all([startSlackServer(), startMattermostServer(), corpusHandler()]);
  metrics = createMetrics();
  http = createHttpServer(() => {}, { body: { limit: LIMIT, maxPending: MAX_PENDING, timeoutMs: TIMEOUT_MS } });
  const log = pino({ level: 'silent' });
  adapters.push(
    createSlackAdapter({
      handler,
      http,
      log,
      metrics,
      config: { botToken: slack.botToken, signingSecret: SECRET, apiUrl: slack.apiUrl },
      tuning: { retryConfig: { retries: 0 }, apiTimeoutMs: 5_000 },
    }),
    createMattermostAdapter({
      handler,
      http,
      log,
      metrics,
      config: { url: mm.url, token: mm.botToken, commandToken: COMMAND_TOKEN },
      tuning: { helloTimeoutMs: 2_000 },
    }),
  );
  port = await http.listen(0, '127.0.0.1');
  for (const a of adapters) await a.start();
});

afterAll(async () => {
  for (const s of sockets) s.destroy();
  for (const a of adapters) await a.stop();
  await http?.close();
  await slack?.close();
  await mm?.close();
});

/** Opens a raw connection and writes the request head (and `body`, maybe only its start). */
function rawRequest(path: string, headers: Record<string, string>, body = ''): Socket {
  const socket = connect(port, '127.0.0.1');
  sockets.push(socket);
  const head = Object.entries({ host: `127.0.0.1:${port}`, ...headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  socket.write(`POST ${path} HTTP/1.1\r\n${head}\r\n${body}`);
  return socket;
}

/** The status line's code once it arrives, or null when the socket ends without one. */
function statusOf(socket: Socket, withinMs = 5_000): Promise<number | null> {
  return new Promise((resolve) => {
    let text = '';
    const timer = setTimeout(() => resolve(null), withinMs);
    socket.on('data', (d: Buffer) => {
      text += d.toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      clearTimeout(timer);
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve(m ? Number(m[1]) : null);
    });
  });
}

const FORM = 'application/x-www-form-urlencoded';
const nowSec = () => Math.floor(Date.now() / 1000);
const slackHeaders = (length: number, signature = `v0=${'a'.repeat(64)}`, ts = nowSec()) => ({
  'content-type': FORM,
  'content-length': String(length),
  'x-slack-request-timestamp': String(ts),
  'x-slack-signature': signature,
});

describe('headers are checked before the body is read', () => {
  it('a Slack request without a well-formed signature or with a timestamp off by over 5 minutes: 401 at once', async () => {
    const cases = [
      { 'content-type': FORM, 'content-length': '50000', 'x-slack-request-timestamp': String(nowSec()) },
      slackHeaders(50_000, 'v0=not-hex'),
      slackHeaders(50_000, undefined, nowSec() + 6 * 60),
      slackHeaders(50_000, undefined, nowSec() + 365 * 24 * 3600),
      slackHeaders(50_000, undefined, nowSec() - 6 * 60),
    ];
    for (const headers of cases) {
      // Only the first bytes of the body are ever sent: the answer must not wait for the rest.
      const status = await statusOf(rawRequest('/slack/events', headers, 'text=hel'), TIMEOUT_MS / 2);
      expect(status).toBe(401);
    }
  });

  it('a Mattermost request with a wrong Authorization header: 401 at once, the body unread', async () => {
    const socket = rawRequest(
      '/mattermost/command',
      { 'content-type': FORM, 'content-length': '50000', authorization: 'Token wrong' },
      'text=hel',
    );
    expect(await statusOf(socket, TIMEOUT_MS / 2)).toBe(401);
    expect(handler.calls.length).toBe(0);
  });
});

describe('bodies of requests not yet authenticated', () => {
  it('are capped in number: past the cap a request gets 503, and a freed slot serves again', async () => {
    const stalled = Array.from({ length: MAX_PENDING }, () =>
      rawRequest('/slack/events', slackHeaders(1000), 'text=stalled'),
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(http.bodies.pending()).toBe(MAX_PENDING);
    expect(
      await statusOf(rawRequest('/mattermost/command', { 'content-type': FORM, 'content-length': '900' }, 'x')),
    ).toBe(503);
    // The stalled ones time out in well under a minute, with 408.
    const statuses = await Promise.all(stalled.map((s) => statusOf(s, TIMEOUT_MS * 4)));
    expect(statuses).toEqual(Array(MAX_PENDING).fill(408));
    expect(http.bodies.pending()).toBe(0);
    const ok = await postSignedForm(`http://127.0.0.1:${port}/slack/events`, SECRET, { ssl_check: '1' }, {});
    expect(ok.status).not.toBe(503);
    const refused = await metrics.registry.getSingleMetricAsString('positions_requests_refused_total');
    expect(refused).toMatch(/reason="busy"[^\n]* 1/);
    expect(refused).toMatch(/platform="slack",reason="too_slow"[^\n]* 3/);
  });

  it('over the size limit get 413 and can read it, on both routes (declared or streamed)', async () => {
    const big = `text=${'x'.repeat(LIMIT * 2)}`;
    for (const path of ['/slack/events', '/mattermost/command']) {
      const headers =
        path === '/slack/events'
          ? slackHeaders(big.length)
          : { 'content-type': FORM, 'content-length': String(big.length) };
      expect(await statusOf(rawRequest(path, headers, big)), `${path} declared`).toBe(413);
      // Chunked: no length up front, the limit is found while reading.
      const { 'content-length': _, ...rest } = headers;
      const socket = rawRequest(path, { ...rest, 'transfer-encoding': 'chunked' });
      const chunk = 'x'.repeat(16 * 1024);
      for (let i = 0; i < 8; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
      expect(await statusOf(socket), `${path} chunked`).toBe(413);
    }
  });

  it('via fetch: an over-long Mattermost command is a 413 response, not a reset', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/mattermost/command`, {
      method: 'POST',
      headers: { 'content-type': FORM },
      body: new URLSearchParams({ token: COMMAND_TOKEN, channel_id: 'c', user_id: 'u', text: 'y'.repeat(LIMIT * 3) }),
    });
    expect(res.status).toBe(413);
  });
});

describe('Slack replays', () => {
  it('a signed request replayed within the window is answered once', async () => {
    const body = new URLSearchParams({
      command: '/positions',
      text: 'help',
      user_id: 'UREPLAY0001',
      channel_id: 'CREPLAY0001',
      team_id: slack.teamId,
      response_url: slack.responseUrl(),
      trigger_id: '1.2.3',
    }).toString();
    const ts = nowSec();
    const headers = {
      'content-type': FORM,
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': signSlackBody(SECRET, body, ts),
    };
    const before = handler.calls.length;
    const answers = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
      answers.push([res.status, await res.text()]);
    }
    expect(answers.map(([s]) => s)).toEqual([200, 200, 200]);
    expect(handler.calls.length - before).toBe(1);
    expect(answers[0]?.[1]).not.toBe('');
    expect(answers[1]?.[1]).toBe('');
    const refused = await metrics.registry.getSingleMetricAsString('positions_requests_refused_total');
    expect(refused).toMatch(/platform="slack",reason="replay"[^\n]* 2/);
  });
});

describe('connections', () => {
  it('are capped: past maxConnections a new one is closed at once, and slow headers time out', async () => {
    const small = createHttpServer(() => {}, { maxConnections: 3, headersTimeoutMs: 300 });
    small.route('GET', '/ping', (_req, res) => {
      res.end('pong');
    });
    const p = await small.listen(0, '127.0.0.1');
    // Slowloris: a request line and one header, then nothing.
    const open = Array.from({ length: 3 }, () => {
      const s = connect(p, '127.0.0.1');
      s.write('GET /ping HTTP/1.1\r\nHost: x\r\n');
      let answer = '';
      s.on('data', (d: Buffer) => {
        answer += d.toString('latin1');
      });
      s.on('error', () => {});
      return { closed: new Promise<string>((resolve) => s.on('close', () => resolve(answer))) };
    });
    await new Promise((r) => setTimeout(r, 100));
    const extra = connect(p, '127.0.0.1');
    const closed = await new Promise<boolean>((resolve) => {
      extra.on('close', () => resolve(true));
      extra.on('error', () => {});
      setTimeout(() => resolve(false), 2_000);
    });
    expect(closed).toBe(true);
    // The three that never finish their headers are answered 408 and closed by the headers timeout.
    const answers = await Promise.all(open.map((o) => o.closed));
    for (const a of answers) expect(a).toMatch(/^HTTP\/1\.1 408/);
    await small.close();
  });
});
