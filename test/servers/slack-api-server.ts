// A small Slack-compatible server for loopback tests (protocols.md A2-A4): the Web API subset
// the bot uses (auth.test, chat.postMessage, conversations.history, conversations.open, apps.connections.open,
// views.publish, views.open), response_url endpoints, and a Socket Mode WebSocket that says
// hello, sends envelopes and records the client's acks, like the SDK's own integration test
// server. It records every call, refuses blocks and views over Block Kit's limits as Slack does
// (./block-kit.ts), issues trigger ids that expire, and builds the interaction payloads Slack
// sends: `app_home_opened`, a click in a view, a modal's `view_submission`.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { checkMessageBlocks, checkView } from './block-kit.ts';

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

/** A view the bot published (views.publish, a Home tab) or opened (views.open, a modal). */
export interface RecordedView {
  id: string;
  method: 'views.publish' | 'views.open';
  /** Whose Home tab it is, or who the modal was opened for (the trigger's user). */
  userId: string;
  view: Record<string, unknown>;
}

/** A value typed or chosen in a modal's input, by the element's action_id. */
export type InputValue = string | string[] | null;

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
  views: RecordedView[];
  /** The Home tab last published for `userId`. */
  homeOf(userId: string): RecordedView | undefined;
  /**
   * A trigger id for `userId`, as Slack puts in a click or a command; it expires (3 s by default).
   * `issuedAt` (ms) backdates it: a test makes a stale one without sleeping past the expiry.
   */
  issueTrigger(userId: string, issuedAt?: number): string;
  /** An Events API callback body around `event`, as Slack POSTs it. */
  eventCallback(event: Record<string, unknown>, eventId?: string): Record<string, unknown>;
  /** The `app_home_opened` event of `userId` opening the bot's Home tab. */
  appHomeOpened(userId: string, tab?: 'home' | 'messages'): Record<string, unknown>;
  /** The `block_actions` payload of `userId` clicking the button `actionId` (and `value`) in a recorded view. */
  clickInView(viewId: string, userId: string, actionId: string, value?: string): Record<string, unknown>;
  /** The `view_submission` payload of a recorded modal with these inputs (by action_id). */
  submitView(viewId: string, userId: string, values: Record<string, InputValue>): Record<string, unknown>;
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
    if ((v.startsWith('{') || v.startsWith('[')) && ['blocks', 'metadata', 'attachments', 'view'].includes(k)) {
      args[k] = JSON.parse(v);
    } else {
      args[k] = v;
    }
  }
  return args;
}

export interface SlackServerOptions {
  /** How long a trigger id is good for (Slack: 3 seconds). */
  triggerTtlMs?: number;
}

function invalid(res: ServerResponse, error: string, messages: string[]): void {
  json(res, 200, { ok: false, error, response_metadata: { messages } });
}

/** Every element of a view's blocks (in sections, actions and inputs), with its block. */
function elementsOf(
  view: Record<string, unknown>,
): { block: Record<string, unknown>; element: Record<string, unknown> }[] {
  const out: { block: Record<string, unknown>; element: Record<string, unknown> }[] = [];
  for (const block of (view.blocks as Record<string, unknown>[] | undefined) ?? []) {
    const inner = [block.accessory, block.element, ...((block.elements as unknown[] | undefined) ?? [])];
    for (const e of inner) if (e && typeof e === 'object') out.push({ block, element: e as Record<string, unknown> });
  }
  return out;
}

export async function startSlackServer(options: SlackServerOptions = {}): Promise<SlackTestServer> {
  const triggerTtlMs = options.triggerTtlMs ?? 3_000;
  const botToken = 'xoxb-test-bot-token';
  const appToken = 'xapp-test-app-token';
  const botUserId = 'UBOT0000001';
  const botId = 'BBOT0000001';
  const teamId = 'T0000TEAM1';
  const calls: ApiCall[] = [];
  const messages: StoredMessage[] = [];
  const responses: ResponseUrlPost[] = [];
  const acks: SocketAck[] = [];
  const views: RecordedView[] = [];
  const triggers = new Map<string, { userId: string; issuedAt: number }>();
  let viewCounter = 0;
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
        const problems = args.blocks === undefined ? [] : checkMessageBlocks(args.blocks);
        if (problems.length > 0) {
          invalid(res, 'invalid_blocks', problems);
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
      case 'views.publish': {
        if (typeof args.user_id !== 'string' || !args.user_id) {
          invalid(res, 'invalid_arguments', ['[ERROR] missing required field: user_id']);
          return;
        }
        storeView('views.publish', args.user_id, args.view, res);
        return;
      }
      case 'views.open': {
        const trigger = triggers.get(String(args.trigger_id ?? ''));
        if (!trigger) {
          json(res, 200, { ok: false, error: 'invalid_trigger_id' });
          return;
        }
        if (Date.now() - trigger.issuedAt > triggerTtlMs) {
          json(res, 200, { ok: false, error: 'expired_trigger_id' });
          return;
        }
        // A trigger opens one view.
        triggers.delete(String(args.trigger_id));
        storeView('views.open', trigger.userId, args.view, res);
        return;
      }
      default:
        json(res, 200, { ok: false, error: 'unknown_method' });
    }
  }

  function storeView(method: RecordedView['method'], userId: string, view: unknown, res: ServerResponse): void {
    const problems = checkView(view);
    if (problems.length > 0) {
      invalid(res, 'invalid_arguments', problems);
      return;
    }
    // A Home tab keeps its view id across publishes, as in Slack; each modal gets its own.
    const home =
      method === 'views.publish' ? views.findLast((v) => v.method === method && v.userId === userId) : undefined;
    const id = home?.id ?? `V${String(++viewCounter).padStart(9, '0')}`;
    views.push({ id, method, userId, view: view as Record<string, unknown> });
    json(res, 200, {
      ok: true,
      view: { ...(view as object), id, team_id: teamId, state: { values: {} }, hash: `${id}.hash` },
    });
  }

  function recorded(viewId: string): RecordedView {
    const found = views.findLast((v) => v.id === viewId);
    if (!found) throw new Error(`no view ${viewId} was published or opened`);
    return found;
  }

  function issueTrigger(userId: string, issuedAt = Date.now()): string {
    const id = `${issuedAt}.${Math.floor(Math.random() * 1e9)}.${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    triggers.set(id, { userId, issuedAt });
    return id;
  }

  const userOf = (userId: string) => ({
    id: userId,
    username: `user-${userId.toLowerCase()}`,
    name: `user-${userId.toLowerCase()}`,
    team_id: teamId,
  });

  /** A view as Slack sends it back in payloads: with its id, hash and input state. */
  function viewPayload(r: RecordedView, values: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      ...r.view,
      id: r.id,
      team_id: teamId,
      app_id: 'A0000APP01',
      bot_id: botId,
      hash: `${r.id}.hash`,
      state: { values },
    };
  }

  /** An input block's id: its own, or the one Slack would make up for it. */
  function blockIdOf(block: Record<string, unknown>, i: number): string {
    return typeof block.block_id === 'string' ? block.block_id : `b${i}`;
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
    views,
    homeOf(userId) {
      return views.filter((v) => v.method === 'views.publish' && v.userId === userId).at(-1);
    },
    issueTrigger,
    eventCallback(event, eventId = `Ev${randomUUID().replace(/-/g, '').slice(0, 10)}`) {
      return {
        token: 'deprecated-verification-token',
        team_id: teamId,
        api_app_id: 'A0000APP01',
        type: 'event_callback',
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        authorizations: [{ team_id: teamId, user_id: botUserId, is_bot: true }],
        event,
      };
    },
    appHomeOpened(userId, tab = 'home') {
      const home = views.filter((v) => v.method === 'views.publish' && v.userId === userId).at(-1);
      return {
        type: 'app_home_opened',
        user: userId,
        channel: `D${userId.slice(1)}`,
        tab,
        event_ts: `${(Date.now() / 1000).toFixed(6)}`,
        // Slack includes the Home tab's current view once one was published.
        ...(tab === 'home' && home ? { view: viewPayload(home) } : {}),
      };
    },
    clickInView(viewId, userId, actionId, value) {
      const r = recorded(viewId);
      const hit = elementsOf(r.view).find(
        ({ element }) =>
          element.type === 'button' &&
          element.action_id === actionId &&
          (value === undefined || element.value === value),
      );
      if (!hit) throw new Error(`view ${viewId} has no button ${actionId}${value === undefined ? '' : ` = ${value}`}`);
      const { block, element } = hit;
      return {
        type: 'block_actions',
        user: userOf(userId),
        api_app_id: 'A0000APP01',
        token: 'deprecated-verification-token',
        container: { type: 'view', view_id: r.id },
        trigger_id: issueTrigger(userId),
        team: { id: teamId, domain: 'physics' },
        enterprise: null,
        is_enterprise_install: false,
        view: viewPayload(r),
        actions: [
          {
            type: 'button',
            action_id: element.action_id,
            block_id: typeof block.block_id === 'string' ? block.block_id : 'b0',
            text: element.text,
            ...(element.value !== undefined ? { value: element.value } : {}),
            action_ts: `${(Date.now() / 1000).toFixed(6)}`,
          },
        ],
      };
    },
    submitView(viewId, userId, values) {
      const r = recorded(viewId);
      if (r.view.type !== 'modal') throw new Error(`view ${viewId} is no modal`);
      const state: Record<string, Record<string, unknown>> = {};
      const used = new Set<string>();
      for (const [i, block] of ((r.view.blocks as Record<string, unknown>[]) ?? []).entries()) {
        if (block.type !== 'input') continue;
        const element = block.element as Record<string, unknown>;
        const actionId = String(element.action_id);
        const given = actionId in values ? values[actionId] : undefined;
        used.add(actionId);
        let entry: Record<string, unknown>;
        if (element.type === 'plain_text_input') {
          const typed = given === undefined ? (element.initial_value ?? null) : given;
          if (Array.isArray(typed)) throw new Error(`${actionId} takes text`);
          entry = { type: 'plain_text_input', value: typed === '' ? null : typed };
        } else if (element.type === 'checkboxes') {
          const options = (element.options as { value: string }[]) ?? [];
          const chosen =
            given === undefined
              ? ((element.initial_options as { value: string }[] | undefined) ?? []).map((o) => o.value)
              : Array.isArray(given)
                ? given
                : [];
          const selected = chosen.map((v) => {
            const o = options.find((x) => x.value === v);
            if (!o) throw new Error(`${actionId} has no option ${v}`);
            return o;
          });
          entry = { type: 'checkboxes', selected_options: selected };
        } else throw new Error(`input element ${String(element.type)} is not simulated`);
        if (
          block.optional !== true &&
          (entry.value === null || (Array.isArray(entry.selected_options) && entry.selected_options.length === 0))
        )
          throw new Error(`Slack would not submit: ${actionId} is required`);
        state[blockIdOf(block, i)] = { [actionId]: entry };
      }
      for (const k of Object.keys(values)) if (!used.has(k)) throw new Error(`view ${viewId} has no input ${k}`);
      return {
        type: 'view_submission',
        team: { id: teamId, domain: 'physics' },
        user: userOf(userId),
        api_app_id: 'A0000APP01',
        token: 'deprecated-verification-token',
        trigger_id: issueTrigger(userId),
        view: viewPayload(r, state),
        response_urls: [],
        is_enterprise_install: false,
        enterprise: null,
      };
    },
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
