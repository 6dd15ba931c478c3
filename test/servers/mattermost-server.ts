// A small Mattermost-compatible server for loopback tests: the REST v4 subset the bot uses
// (users/me, posts, channels, direct channels, channel posts since a time, actions/dialogs/open),
// clicks on interactive message buttons (POSTed to the button's integration URL, as the server
// does) and /api/v4/websocket with the authentication challenge, `seq_reply`, `hello` (seq 0)
// and `posted` events numbered per connection, as the real @mattermost/client expects them
// (protocols.md B2, B3). Interactive dialogs as the server has them: trigger ids that name their
// user, are signed and expire; a dialog checked as model/integration_action.go checks it; the
// submission POSTed from the server to the integration's URL, with the user the trigger was made for.
import { createHmac, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface StoredPost {
  id: string;
  user_id: string;
  channel_id: string;
  root_id: string;
  message: string;
  type: string;
  props: Record<string, unknown>;
  create_at: number;
  pending_post_id?: string;
}

export interface Channel {
  id: string;
  type: 'O' | 'P' | 'D' | 'G';
  name: string;
}

interface Connection {
  socket: WebSocket;
  seq: number;
  authenticated: boolean;
  userId: string;
  connectionId: string;
}

/** A dialog the bot opened, for whom, and where its submission goes. */
export interface OpenedDialog {
  userId: string;
  channelId: string;
  url: string;
  dialog: {
    callback_id?: string;
    title: string;
    introduction_text?: string;
    elements?: DialogElement[];
    submit_label?: string;
    notify_on_cancel?: boolean;
    state?: string;
  };
}

export interface DialogElement {
  display_name: string;
  name: string;
  type: string;
  subtype?: string;
  default?: string;
  placeholder?: string;
  help_text?: string;
  optional?: boolean;
  min_length?: number;
  max_length?: number;
  data_source?: string;
  multiselect?: boolean;
  options?: { text: string; value: string }[];
}

export interface MattermostTestServer {
  url: string;
  botUserId: string;
  botToken: string;
  posts: StoredPost[];
  /** REST requests received (method and path), for assertions. */
  requests: { method: string; path: string; status: number }[];
  /** Connections opened and authenticated so far. */
  connectionsAccepted: number;
  addChannel(channel: Channel): void;
  dialogs: OpenedDialog[];
  /**
   * A trigger id for `userId` in `channelId`, as the server puts in a slash command or a button's
   * callback. `issuedAt` (ms) backdates it: a test makes a stale one without sleeping past the expiry.
   */
  issueTrigger(userId: string, channelId: string, issuedAt?: number): string;
  /**
   * The user submits (or cancels) an opened dialog: the server POSTs the submission to the
   * dialog's URL, as Mattermost does, and gives back the integration's answer.
   */
  submitDialog(
    dialog: OpenedDialog,
    submission: Record<string, string | boolean | null>,
    options?: { cancelled?: boolean; userId?: string; state?: string },
  ): Promise<{ status: number; body: unknown }>;
  /** The direct channel between two users, if one was created (POST /channels/direct). */
  directChannel(a: string, b: string): Channel | undefined;
  /**
   * `userId` clicks button `actionId` of a post's attachments: as the real server does, it must
   * be able to read the channel (a DM's two members; anyone elsewhere), then the server POSTs
   * the action's context to its integration URL. Resolves with the integration's status and
   * answer (403 from the server itself when the user cannot see the post).
   */
  click(userId: string, postId: string, actionId: string): Promise<{ status: number; body: Record<string, unknown> }>;
  /** Ephemeral messages the integrations answered clicks with, per user. */
  ephemerals: { userId: string; channelId: string; text: string }[];
  /** Answers the next `n` POST /api/v4/posts with `status` (429, 500, ...). */
  failNextPosts(status: number, n?: number): void;
  /** A user writes in a channel: stored and broadcast as a `posted` event. */
  userPosts(userId: string, channelId: string, message: string, extra?: Partial<StoredPost>): StoredPost;
  /** Sends a frame as it is (not JSON, `null`, binary) on every authenticated connection. */
  sendRaw(frame: string | Buffer, options?: { binary?: boolean }): void;
  /** Kills every WebSocket connection abruptly (as a network drop would). */
  dropConnections(): void;
  openConnections(): number;
  waitFor(check: () => boolean, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  // Client4 parses the body only when Content-Type is exactly application/json.
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

function apiError(res: ServerResponse, status: number, id: string, message: string): void {
  json(res, status, { id, message, request_id: randomUUID(), status_code: status });
}

async function body(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

// model/integration_action.go's limits (bytes, as Go's len counts them).
const DIALOG_LIMITS = {
  title: 24,
  displayName: 24,
  name: 300,
  helpText: 150,
  text: 150,
  textarea: 3000,
  select: 3000,
  bool: 150,
};
const TEXT_SUBTYPES = new Set(['', 'text', 'email', 'number', 'tel', 'url', 'password']);

const bytes = (s: string | undefined) => Buffer.byteLength(s ?? '', 'utf8');

/** What the server finds wrong in a dialogs/open request (empty when it opens the dialog). */
export function checkDialog(request: {
  url?: unknown;
  trigger_id?: unknown;
  dialog?: OpenedDialog['dialog'];
}): string[] {
  const problems: string[] = [];
  if (!request.url) problems.push('empty URL');
  if (!request.trigger_id) problems.push('empty trigger id');
  const d = request.dialog;
  if (!d || typeof d.title !== 'string' || d.title === '' || bytes(d.title) > DIALOG_LIMITS.title) {
    problems.push(`invalid dialog title ${JSON.stringify(d?.title)}`);
  }
  const names = new Set<string>();
  for (const e of d?.elements ?? []) {
    if (names.has(e.name)) problems.push(`duplicate dialog element ${JSON.stringify(e.name)}`);
    names.add(e.name);
    const field = (what: string, v: string | undefined, max: number, required = false) => {
      if (required && !v) problems.push(`${e.name}: ${what} cannot be empty`);
      if (bytes(v) > max) problems.push(`${e.name}: ${what} cannot be longer than ${max} characters, got ${bytes(v)}`);
    };
    const min = e.min_length ?? 0;
    const max = e.max_length ?? 0;
    if (min < 0) problems.push(`${e.name}: min length cannot be a negative number`);
    if (min > max) problems.push(`${e.name}: min length should be less then max length, got ${min} > ${max}`);
    field('DisplayName', e.display_name, DIALOG_LIMITS.displayName, true);
    field('Name', e.name, DIALOG_LIMITS.name, true);
    field('HelpText', e.help_text, DIALOG_LIMITS.helpText);
    if (e.multiselect && e.type !== 'select')
      problems.push(`${e.name}: multiselect can only be used with select elements`);
    const inOptions = (v: string | undefined) => !v || (e.options ?? []).some((o) => o.value === v);
    switch (e.type) {
      case 'text':
      case 'textarea': {
        const limit = e.type === 'text' ? DIALOG_LIMITS.text : DIALOG_LIMITS.textarea;
        field('Default', e.default, limit);
        field('Placeholder', e.placeholder, limit);
        if (!TEXT_SUBTYPES.has(e.subtype ?? '')) problems.push(`${e.name}: invalid subtype`);
        break;
      }
      case 'select':
        field('Default', e.default, DIALOG_LIMITS.select);
        field('Placeholder', e.placeholder, DIALOG_LIMITS.select);
        if (!e.data_source && !e.multiselect && !inOptions(e.default))
          problems.push(`${e.name}: default value doesn't exist in options`);
        break;
      case 'bool':
        if (e.default && e.default !== 'true' && e.default !== 'false')
          problems.push(`${e.name}: invalid default of bool`);
        field('Placeholder', e.placeholder, DIALOG_LIMITS.bool);
        break;
      case 'radio':
        if (!inOptions(e.default)) problems.push(`${e.name}: default value doesn't exist in options`);
        break;
      default:
        problems.push(`${e.name}: invalid element type: ${JSON.stringify(e.type)}`);
    }
  }
  return problems;
}

export async function startMattermostServer(
  options: { botToken?: string; botUserId?: string; triggerTimeoutMs?: number } = {},
): Promise<MattermostTestServer> {
  // The server signs trigger ids with its own key (ECDSA there; an HMAC here does the same job).
  const triggerKey = randomUUID();
  const triggerTimeoutMs = options.triggerTimeoutMs ?? 3_000;
  const triggerChannels = new Map<string, string>();
  const dialogs: OpenedDialog[] = [];
  const botToken = options.botToken ?? 'bot-token-1234';
  const botUserId = options.botUserId ?? 'botuserid00000000000000000';
  const channels = new Map<string, Channel>();
  const posts: StoredPost[] = [];
  const requests: MattermostTestServer['requests'] = [];
  const connections = new Set<Connection>();
  let failures: { status: number; left: number } | null = null;
  const ephemerals: MattermostTestServer['ephemerals'] = [];
  const directName = (a: string, b: string) => [a, b].sort().join('__');
  let connectionsAccepted = 0;

  function send(conn: Connection, event: string, data: unknown, broadcast: Record<string, unknown> = {}): void {
    const frame = {
      event,
      data,
      broadcast: { omit_users: null, user_id: '', channel_id: '', team_id: '', ...broadcast },
      seq: conn.seq++,
    };
    conn.socket.send(JSON.stringify(frame));
  }

  function broadcastPosted(post: StoredPost): void {
    const channel = channels.get(post.channel_id);
    for (const conn of connections) {
      if (!conn.authenticated) continue;
      send(
        conn,
        'posted',
        {
          channel_display_name: channel?.name ?? '',
          channel_name: channel?.name ?? '',
          channel_type: channel?.type ?? 'O',
          post: JSON.stringify(post),
          sender_name: `@${post.user_id === botUserId ? 'positions' : 'user'}`,
          set_online: true,
          team_id: '',
        },
        { channel_id: post.channel_id },
      );
    }
  }

  function storePost(input: Omit<StoredPost, 'id' | 'create_at'>): StoredPost {
    const post: StoredPost = { ...input, id: randomUUID().replace(/-/g, '').slice(0, 26), create_at: Date.now() };
    posts.push(post);
    setImmediate(() => broadcastPosted(post));
    return post;
  }

  const server = createServer(async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const method = req.method ?? 'GET';
    const record = (status: number) => requests.push({ method, path, status });
    // Like the server: the scheme is case-insensitive (Client4 sends `BEARER <token>`).
    const auth = /^bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (auth?.[1] !== botToken) {
      record(401);
      apiError(res, 401, 'api.context.session_expired.app_error', 'Invalid or expired session, please login again.');
      return;
    }
    if (method === 'GET' && path === '/api/v4/users/me') {
      record(200);
      json(res, 200, { id: botUserId, username: 'positions', is_bot: true, roles: 'system_user' });
      return;
    }
    // POST /api/v4/channels/direct with [userA, userB]: the one DM channel between them.
    if (method === 'POST' && path === '/api/v4/channels/direct') {
      let ids: unknown;
      try {
        ids = JSON.parse(await body(req));
      } catch {
        ids = null;
      }
      if (!Array.isArray(ids) || ids.length !== 2 || !ids.every((x) => typeof x === 'string' && x !== '')) {
        record(400);
        apiError(res, 400, 'api.context.invalid_body_param.app_error', 'Invalid or missing user_ids in request body.');
        return;
      }
      const name = directName(ids[0], ids[1]);
      let channel = [...channels.values()].find((c) => c.type === 'D' && c.name === name);
      if (!channel) {
        channel = { id: randomUUID().replace(/-/g, '').slice(0, 26), type: 'D', name };
        channels.set(channel.id, channel);
      }
      record(201);
      json(res, 201, { ...channel, display_name: '', team_id: '' });
      return;
    }
    const channelMatch = /^\/api\/v4\/channels\/([a-z0-9]+)$/.exec(path);
    if (method === 'GET' && channelMatch) {
      const channel = channels.get(channelMatch[1] ?? '');
      if (!channel) {
        record(404);
        apiError(res, 404, 'app.channel.get.existing.app_error', 'Unable to find the existing channel.');
        return;
      }
      record(200);
      json(res, 200, { ...channel, display_name: channel.name });
      return;
    }
    // GET /api/v4/channels/{id}/posts?since=<ms>: a PostList of the posts created since then
    // (the real server also includes posts edited or deleted since; ours are never edited).
    const channelPosts = /^\/api\/v4\/channels\/([a-z0-9]+)\/posts$/.exec(path);
    if (method === 'GET' && channelPosts) {
      const channelId = channelPosts[1] ?? '';
      if (!channels.has(channelId)) {
        record(404);
        apiError(res, 404, 'app.channel.get.existing.app_error', 'Unable to find the existing channel.');
        return;
      }
      const since = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('since') ?? '0');
      const found = posts.filter((p) => p.channel_id === channelId && p.create_at >= since);
      record(200);
      json(res, 200, {
        order: found.map((p) => p.id).reverse(),
        posts: Object.fromEntries(found.map((p) => [p.id, p])),
        next_post_id: '',
        prev_post_id: '',
      });
      return;
    }
    if (method === 'POST' && path === '/api/v4/actions/dialogs/open') {
      let request: { url?: unknown; trigger_id?: unknown; dialog?: OpenedDialog['dialog'] };
      try {
        request = JSON.parse(await body(req)) as typeof request;
      } catch {
        record(400);
        apiError(res, 400, 'api.context.invalid_body_param.app_error', 'Invalid or missing dialog in request body.');
        return;
      }
      const problems = checkDialog(request);
      if (problems.length > 0) {
        record(400);
        apiError(res, 400, 'api.context.invalid_body_param.app_error', problems.join('; '));
        return;
      }
      const trigger = verifyTrigger(String(request.trigger_id));
      if ('error' in trigger) {
        record(400);
        apiError(res, 400, trigger.error, 'Invalid trigger id.');
        return;
      }
      dialogs.push({
        userId: trigger.userId,
        channelId: triggerChannels.get(String(request.trigger_id)) ?? '',
        url: String(request.url),
        dialog: request.dialog as OpenedDialog['dialog'],
      });
      record(200);
      json(res, 200, { status: 'OK' });
      return;
    }
    if (method === 'POST' && path === '/api/v4/posts') {
      if (failures && failures.left > 0) {
        failures.left -= 1;
        record(failures.status);
        if (failures.status === 429) {
          res.setHeader('X-Ratelimit-Limit', '10');
          res.setHeader('X-Ratelimit-Remaining', '0');
          res.setHeader('X-Ratelimit-Reset', '1');
          res.writeHead(429, { 'Content-Type': 'text/plain' }).end('limit exceeded\n');
        } else {
          apiError(res, failures.status, 'app.internal', 'Internal server error');
        }
        return;
      }
      let input: Partial<StoredPost>;
      try {
        input = JSON.parse(await body(req)) as Partial<StoredPost>;
      } catch {
        record(400);
        apiError(res, 400, 'api.context.invalid_body_param.app_error', 'Invalid or missing post in request body.');
        return;
      }
      if (!input.channel_id || !channels.has(input.channel_id) || typeof input.message !== 'string') {
        record(400);
        apiError(res, 400, 'api.context.invalid_body_param.app_error', 'Invalid or missing post in request body.');
        return;
      }
      if ([...input.message].length > 16_383) {
        record(400);
        apiError(res, 400, 'model.post.is_valid.message_length.app_error', 'Message too long.');
        return;
      }
      // Like the real server: a retried post with the same pending_post_id is not stored twice.
      const dup = input.pending_post_id ? posts.find((p) => p.pending_post_id === input.pending_post_id) : undefined;
      if (dup) {
        record(201);
        json(res, 201, dup);
        return;
      }
      const post = storePost({
        user_id: botUserId,
        channel_id: input.channel_id,
        root_id: input.root_id ?? '',
        message: input.message,
        type: '',
        props: { ...(input.props ?? {}), from_bot: 'true' },
        ...(input.pending_post_id ? { pending_post_id: input.pending_post_id } : {}),
      });
      record(201);
      json(res, 201, post);
      return;
    }
    record(404);
    apiError(res, 404, 'api.context.404.app_error', 'Sorry, we could not find the page.');
  });

  function signTrigger(data: string): string {
    return createHmac('sha256', triggerKey).update(data).digest('base64');
  }

  /** As DecodeAndVerifyTriggerId: base64 of `clientTriggerId:userId:timestampMs:signature`. */
  function verifyTrigger(triggerId: string): { userId: string } | { error: string } {
    const parts = Buffer.from(triggerId, 'base64').toString('utf8').split(':');
    if (parts.length !== 4) return { error: 'interactive_message.decode_trigger_id.missing_data' };
    const [client, userId, timestamp, signature] = parts as [string, string, string, string];
    if (Date.now() - Number(timestamp) > triggerTimeoutMs)
      return { error: 'interactive_message.decode_trigger_id.expired' };
    if (signature !== signTrigger(`${client}:${userId}:${timestamp}:`))
      return { error: 'interactive_message.decode_trigger_id.verify_signature_failed' };
    return { userId };
  }

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/api/v4/websocket') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const conn: Connection = { socket: ws, seq: 0, authenticated: false, userId: '', connectionId: randomUUID() };
      connections.add(conn);
      ws.on('close', () => connections.delete(conn));
      ws.on('message', (raw) => {
        let msg: { seq?: number; action?: string; data?: { token?: string } };
        try {
          msg = JSON.parse(String(raw));
        } catch {
          return;
        }
        if (msg.action === 'authentication_challenge') {
          if (msg.data?.token !== botToken) {
            ws.send(
              JSON.stringify({
                status: 'FAIL',
                seq_reply: msg.seq,
                error: { id: 'api.web_socket_router.not_authenticated.app_error', message: 'not authenticated' },
              }),
            );
            ws.close();
            return;
          }
          conn.authenticated = true;
          conn.userId = botUserId;
          connectionsAccepted += 1;
          ws.send(JSON.stringify({ status: 'OK', seq_reply: msg.seq }));
          send(conn, 'hello', {
            connection_id: conn.connectionId,
            server_version: '10.0.0.test',
            server_hostname: 'loopback',
          });
          return;
        }
        if (msg.action === 'ping') {
          ws.send(JSON.stringify({ status: 'OK', seq_reply: msg.seq, data: { text: 'pong', version: '10.0.0' } }));
        }
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}`,
    botUserId,
    botToken,
    posts,
    requests,
    get connectionsAccepted() {
      return connectionsAccepted;
    },
    addChannel(channel) {
      channels.set(channel.id, channel);
    },
    dialogs,
    issueTrigger(userId, channelId, issuedAt = Date.now()) {
      const data = `${randomUUID().replace(/-/g, '').slice(0, 26)}:${userId}:${issuedAt}:`;
      const id = Buffer.from(`${data}${signTrigger(data)}`, 'utf8').toString('base64');
      triggerChannels.set(id, channelId);
      return id;
    },
    async submitDialog(opened, submission, o = {}) {
      const names = new Set((opened.dialog.elements ?? []).map((e) => e.name));
      for (const k of Object.keys(submission)) if (!names.has(k)) throw new Error(`the dialog has no element ${k}`);
      const res = await fetch(opened.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'dialog_submission',
          url: opened.url,
          callback_id: opened.dialog.callback_id ?? '',
          state: o.state ?? opened.dialog.state ?? '',
          user_id: o.userId ?? opened.userId,
          channel_id: opened.channelId,
          team_id: 'team1',
          submission: o.cancelled ? {} : submission,
          cancelled: o.cancelled ?? false,
        }),
      });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : {};
      } catch {
        // Not JSON: kept as text.
      }
      return { status: res.status, body: parsed };
    },
    directChannel(a, b) {
      const name = directName(a, b);
      return [...channels.values()].find((c) => c.type === 'D' && c.name === name);
    },
    ephemerals,
    async click(userId, postId, actionId) {
      const post = posts.find((p) => p.id === postId);
      if (!post) return { status: 404, body: {} };
      const channel = channels.get(post.channel_id);
      if (channel?.type === 'D' && !channel.name.split('__').includes(userId)) return { status: 403, body: {} };
      const attachments = (post.props.attachments ?? []) as {
        actions?: { id: string; integration: { url: string; context: Record<string, unknown> } }[];
      }[];
      const action = attachments.flatMap((a) => a.actions ?? []).find((a) => a.id === actionId);
      if (!action) return { status: 404, body: {} };
      const res = await fetch(action.integration.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          user_id: userId,
          user_name: `user-${userId.slice(0, 6)}`,
          channel_id: post.channel_id,
          channel_name: channel?.name ?? '',
          team_id: 'team0000000000000000000000',
          team_domain: 'physics',
          post_id: post.id,
          trigger_id: randomUUID(),
          type: 'button',
          data_source: '',
          context: action.integration.context,
        }),
      });
      const text = await res.text();
      const answer = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      if (typeof answer.ephemeral_text === 'string')
        ephemerals.push({ userId, channelId: post.channel_id, text: answer.ephemeral_text });
      return { status: res.status, body: answer };
    },
    failNextPosts(status, n = 1) {
      failures = { status, left: n };
    },
    userPosts(userId, channelId, message, extra = {}) {
      return storePost({ user_id: userId, channel_id: channelId, root_id: '', message, type: '', props: {}, ...extra });
    },
    sendRaw(frame, options = {}) {
      for (const conn of connections) {
        if (conn.authenticated) conn.socket.send(frame, { binary: options.binary ?? typeof frame !== 'string' });
      }
    },
    dropConnections() {
      for (const conn of connections) conn.socket.terminate();
    },
    openConnections() {
      return [...connections].filter((c) => c.authenticated).length;
    },
    async waitFor(check, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (!check()) {
        if (Date.now() > deadline) throw new Error('timed out waiting for the Mattermost test server');
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    close() {
      for (const conn of connections) conn.socket.terminate();
      wss.close();
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
