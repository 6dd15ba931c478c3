// A small Slack-compatible server for loopback tests (protocols.md A2-A4): the Web API subset
// the bot uses (auth.test, chat.postMessage, conversations.history, conversations.open,
// apps.connections.open),
// response_url endpoints, and a Socket Mode WebSocket that says hello, sends envelopes and
// records the client's acks, like the SDK's own integration test server. It records every call.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  status: number;
}

export interface StoredMessage {
  channel: string;
  ts: string;
  thread_ts?: string;
  text: string;
  blocks?: unknown[];
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  bot_id?: string;
  user?: string;
  unfurl_links?: boolean;
}

export interface ResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
}

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export interface SlackTestServer {
  url: string;
  /** Give this as `slackApiUrl` (SLACK_API_URL). */
  apiUrl: string;
  botToken: string;
  appToken: string;
  botUserId: string;
  botId: string;
  teamId: string;
  calls: ApiCall[];
  messages: StoredMessage[];
  responses: ResponseUrlPost[];
  acks: SocketAck[];
  /** Socket Mode connections opened so far (each answered with hello). */
  readonly connectionsOpened: number;
  /** A fresh response_url on this server. */
  responseUrl(): string;
  /** Answers the next `n` calls of `method` with an HTTP status (429 with `retryAfter`, 500, ...). */
  failNext(method: string, status: number, options?: { retryAfter?: string; n?: number }): void;
  /** The bot is not a member of `channelId`: posting and reading there fail with not_in_channel, as in Slack. */
  notInChannel(channelId: string): void;
  /** Direct message channels opened with conversations.open, by user id. */
  ims: Map<string, string>;
  /**
   * The `block_actions` payload Slack sends when `userId` clicks button `index` of the message's
   * actions blocks (a fresh response_url on this server); post it signed to the events URL.
   */
  clickPayload(message: StoredMessage, index: number, userId: string): Record<string, unknown>;
  /** Stores a message as if a user or another app had posted it. */
  addMessage(message: StoredMessage): void;
  /** Sends an envelope over the open Socket Mode connection and resolves with the client's ack. */
  sendEnvelope(type: 'events_api' | 'slash_commands' | 'interactive', payload: unknown): Promise<SocketAck>;
  /** Asks the client to reconnect, as Slack does when it recycles a connection. */
  sendDisconnect(reason?: 'warning' | 'refresh_requested' | 'too_many_websockets'): void;
  /** Sends a frame as it is (malformed envelopes, binary frames) on the newest connection. */
  sendRaw(frame: string | Buffer, options?: { binary?: boolean }): void;
  openSockets(): number;
  waitFor(check: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body));
}

/** The Web API takes form fields, with non-scalar values JSON-encoded (or a JSON body). */
function parseArgs(req: IncomingMessage, raw: string): Record<string, unknown> {
  if ((req.headers['content-type'] ?? '').startsWith('application/json')) {
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  }
  const args: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if ((v.startsWith('{') || v.startsWith('[')) && ['blocks', 'metadata', 'attachments'].includes(k)) {
      args[k] = JSON.parse(v);
    } else {
      args[k] = v;
    }
  }
  return args;
}

export async function startSlackServer(): Promise<SlackTestServer> {
  const botToken = 'xoxb-test-bot-token';
  const appToken = 'xapp-test-app-token';
  const botUserId = 'UBOT0000001';
  const botId = 'BBOT0000001';
  const teamId = 'T0000TEAM1';
  const calls: ApiCall[] = [];
  const messages: StoredMessage[] = [];
  const responses: ResponseUrlPost[] = [];
  const acks: SocketAck[] = [];
  const failures = new Map<string, { status: number; retryAfter?: string; left: number }>();
  const sockets = new Set<WebSocket>();
  const outside = new Set<string>();
  const ims = new Map<string, string>();
  const waiting = new Map<string, (ack: SocketAck) => void>();
  let connectionsOpened = 0;
  let tsCounter = 0;
  let port = 0;

  function nextTs(): string {
    tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(tsCounter).padStart(6, '0')}`;
  }

  function api(method: string, args: Record<string, unknown>, token: string, res: ServerResponse): void {
    const record = (status: number) => calls.push({ method, args, status });
    const failure = failures.get(method);
    if (failure && failure.left > 0) {
      failure.left -= 1;
      record(failure.status);
      const headers: Record<string, string> =
        failure.retryAfter !== undefined ? { 'retry-after': failure.retryAfter } : {};
      json(
        res,
        failure.status,
        { ok: false, error: failure.status === 429 ? 'ratelimited' : 'internal_error' },
        headers,
      );
      return;
    }
    record(200);
    const wanted = method === 'apps.connections.open' ? appToken : botToken;
    if (token !== wanted) {
      json(res, 200, { ok: false, error: 'invalid_auth' });
      return;
    }
    if ((method === 'chat.postMessage' || method === 'conversations.history') && outside.has(String(args.channel))) {
      json(res, 200, { ok: false, error: 'not_in_channel' });
      return;
    }
    switch (method) {
      case 'auth.test':
        json(res, 200, {
          ok: true,
          url: 'https://physics.slack.test/',
          team: 'Physics',
          user: 'positions',
          team_id: teamId,
          user_id: botUserId,
          bot_id: botId,
        });
        return;
      case 'apps.connections.open':
        json(res, 200, { ok: true, url: `ws://127.0.0.1:${port}/link/?ticket=${randomUUID()}` });
        return;
      case 'chat.postMessage': {
        if (typeof args.channel !== 'string' || !args.channel) {
          json(res, 200, { ok: false, error: 'channel_not_found' });
          return;
        }
        const message: StoredMessage = {
          channel: args.channel,
          ts: nextTs(),
          text: String(args.text ?? ''),
          bot_id: botId,
          user: botUserId,
          ...(typeof args.thread_ts === 'string' ? { thread_ts: args.thread_ts } : {}),
          ...(Array.isArray(args.blocks) ? { blocks: args.blocks } : {}),
          ...(args.metadata ? { metadata: args.metadata as StoredMessage['metadata'] } : {}),
          ...(args.unfurl_links !== undefined ? { unfurl_links: args.unfurl_links === 'true' } : {}),
        };
        messages.push(message);
        json(res, 200, {
          ok: true,
          channel: message.channel,
          ts: message.ts,
          message: { ...message, type: 'message' },
        });
        return;
      }
      case 'conversations.open': {
        // One user: the bot's DM with them, the same channel every time (as in Slack).
        const users = typeof args.users === 'string' ? args.users : '';
        if (!/^[UW][A-Z0-9]+$/.test(users)) {
          json(res, 200, { ok: false, error: users.includes(',') ? 'not_allowed' : 'user_not_found' });
          return;
        }
        const id = ims.get(users) ?? `D${users.slice(1)}`;
        ims.set(users, id);
        json(res, 200, { ok: true, channel: { id } });
        return;
      }
      case 'conversations.history': {
        const oldest = Number(args.oldest ?? 0);
        const limit = Number(args.limit ?? 100);
        const offset = Number(args.cursor ?? 0);
        const withMetadata = args.include_all_metadata === 'true';
        const all = messages
          .filter((m) => m.channel === args.channel && Number(m.ts) >= oldest && !m.thread_ts)
          .reverse()
          .map(({ metadata, ...m }) => ({ type: 'message', ...m, ...(withMetadata && metadata ? { metadata } : {}) }));
        const page = all.slice(offset, offset + limit);
        const next = offset + limit < all.length ? String(offset + limit) : '';
        json(res, 200, { ok: true, messages: page, has_more: next !== '', response_metadata: { next_cursor: next } });
        return;
      }
      default:
        json(res, 200, { ok: false, error: 'unknown_method' });
    }
  }

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const raw = await readText(req);
    const apiMatch = /^\/api\/([a-zA-Z.]+)$/.exec(path);
    if (req.method === 'POST' && apiMatch?.[1]) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
      let args: Record<string, unknown>;
      try {
        args = parseArgs(req, raw);
      } catch {
        json(res, 200, { ok: false, error: 'invalid_arguments' });
        return;
      }
      api(apiMatch[1], args, token, res);
      return;
    }
    const responseMatch = /^\/response\/([a-z0-9-]+)$/.exec(path);
    if (req.method === 'POST' && responseMatch?.[1]) {
      try {
        responses.push({ id: responseMatch[1], body: JSON.parse(raw) as Record<string, unknown> });
      } catch {
        json(res, 400, { ok: false, error: 'invalid_payload' });
        return;
      }
      json(res, 200, { ok: true });
      return;
    }
    json(res, 404, { ok: false, error: 'not_found' });
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!(req.url ?? '').startsWith('/link/')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      sockets.add(ws);
      connectionsOpened += 1;
      ws.on('close', () => sockets.delete(ws));
      ws.on('message', (data) => {
        let ack: SocketAck;
        try {
          ack = JSON.parse(String(data)) as SocketAck;
        } catch {
          return;
        }
        acks.push(ack);
        waiting.get(ack.envelope_id)?.(ack);
        waiting.delete(ack.envelope_id);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: sockets.size,
          debug_info: { host: 'applink-loopback', approximate_connection_time: 18060 },
          connection_info: { app_id: 'A0000APP01' },
        }),
      );
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;

  function openSocket(): WebSocket {
    const open = [...sockets].filter((s) => s.readyState === s.OPEN);
    const last = open.at(-1);
    if (!last) throw new Error('no open Socket Mode connection');
    return last;
  }

  return {
    url,
    apiUrl: `${url}/api/`,
    botToken,
    appToken,
    botUserId,
    botId,
    teamId,
    calls,
    messages,
    responses,
    acks,
    get connectionsOpened() {
      return connectionsOpened;
    },
    responseUrl() {
      return `${url}/response/${randomUUID()}`;
    },
    failNext(method, status, options = {}) {
      failures.set(method, {
        status,
        left: options.n ?? 1,
        ...(options.retryAfter !== undefined ? { retryAfter: options.retryAfter } : {}),
      });
    },
    notInChannel(channelId) {
      outside.add(channelId);
    },
    ims,
    clickPayload(message, index, userId) {
      const buttons = (message.blocks ?? []).flatMap((b) => {
        const block = b as { type?: string; block_id?: string; elements?: Record<string, unknown>[] };
        return block.type === 'actions'
          ? (block.elements ?? []).map((e) => ({ ...e, block_id: block.block_id ?? 'b' }))
          : [];
      });
      const button = buttons[index];
      if (!button) throw new Error(`the message has no button ${index}`);
      return {
        type: 'block_actions',
        team: { id: teamId, domain: 'physics' },
        user: { id: userId, username: userId.toLowerCase(), name: userId.toLowerCase(), team_id: teamId },
        api_app_id: 'A0000APP01',
        token: 'deprecated-verification-token',
        container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: false },
        trigger_id: `${Date.now()}.1234.abcdef`,
        channel: { id: message.channel, name: message.channel.startsWith('D') ? 'directmessage' : 'general' },
        message: { type: 'message', ts: message.ts, text: message.text, blocks: message.blocks },
        response_url: `${url}/response/${randomUUID()}`,
        actions: [{ ...button, action_ts: `${Math.floor(Date.now() / 1000)}.000100` }],
      };
    },
    addMessage(message) {
      messages.push(message);
    },
    sendEnvelope(type, payload) {
      const envelopeId = randomUUID();
      const socket = openSocket();
      return new Promise<SocketAck>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(envelopeId);
          reject(new Error(`no ack for ${type} envelope ${envelopeId}`));
        }, 5_000);
        waiting.set(envelopeId, (ack) => {
          clearTimeout(timer);
          resolve(ack);
        });
        socket.send(
          JSON.stringify({
            envelope_id: envelopeId,
            type,
            payload,
            accepts_response_payload: type !== 'events_api',
            ...(type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {}),
          }),
        );
      });
    },
    sendRaw(frame, options = {}) {
      openSocket().send(frame, { binary: options.binary ?? typeof frame !== 'string' });
    },
    sendDisconnect(reason = 'refresh_requested') {
      openSocket().send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'applink-loopback' } }));
    },
    openSockets() {
      return [...sockets].filter((s) => s.readyState === s.OPEN).length;
    },
    async waitFor(check, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline) throw new Error('timed out waiting for the Slack test server');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close() {
      for (const s of sockets) s.terminate();
      wss.close();
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
