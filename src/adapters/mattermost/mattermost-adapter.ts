// Mattermost: the /positions slash command (on the shared HTTP server), direct messages over
// the WebSocket, channel posts over REST v4, all with the official @mattermost/client.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import mm from '@mattermost/client';
import { z } from 'zod';
import type { Reply } from '../../answers/reply.ts';
import type { Adapter, Inbound } from '../../bot/types.ts';
import type { MattermostConfig } from '../../config/load-config.ts';
import { directChannels, isPersonal, personalUser } from '../../reminders/personal.ts';
import { type MattermostAttachment, renderMattermostAttachments } from '../../render/mattermost-actions.ts';
import { renderMattermost } from '../../render/mattermost-markdown.ts';
import type { AdapterDeps } from '../adapter-deps.ts';
import { BodyRefused, REFUSAL_REASON, readJsonBody, refuseRequest } from '../body-guard.ts';
import { trackStatus } from '../status-tracker.ts';
import { networkReason, PlatformUnreachable, printableUrl } from '../unreachable-error.ts';
import { createMattermostDialogs } from './mattermost-dialog.ts';
import { installWebSocketGlobals, newNodeWebSocket } from './websocket-polyfill.ts';

// The package is CommonJS: from ESM its classes are on the default export.
const { Client4, ClientError, WebSocketClient } = mm;

/** Client4 with the integration call it leaves out: opening an interactive dialog. */
class BotClient extends Client4 {
  openInteractiveDialog(request: unknown): Promise<unknown> {
    return this.doFetch(`${this.getBaseRoute()}/actions/dialogs/open`, {
      method: 'post',
      body: JSON.stringify(request),
    });
  }
}
type Client = BotClient;
type WsClient = InstanceType<typeof WebSocketClient>;

export const COMMAND_PATH = '/mattermost/command';
/** Where Mattermost sends a click on one of our buttons (interactive message actions). */
export const ACTIONS_PATH = '/mattermost/actions';
/** A direct channel's name: the two members' ids, joined by '__'. */
const DIRECT_CHANNEL_NAME = /^[a-z0-9]{26}__[a-z0-9]{26}$/;
/** The post prop holding a channel post's idempotency key (PostOptions.key), for findPosted. */
export const KEY_PROP = 'positions_key';

/** Timings, shortened by tests; the defaults suit production. */
export interface MattermostTuning {
  /** WebSocket reconnect: the client's base delay and jitter (ms). */
  reconnectMinMs?: number;
  reconnectJitterMs?: number;
  /** The client's ping interval (ms). */
  pingIntervalMs?: number;
  /** REST posting: attempts in all and the first backoff delay (ms), doubled each time. */
  postAttempts?: number;
  postBackoffMs?: number;
  /** How long start() waits for the first WebSocket hello before going on without it (ms). */
  helloTimeoutMs?: number;
}

const DEFAULTS: Required<MattermostTuning> = {
  reconnectMinMs: 3_000,
  reconnectJitterMs: 2_000,
  pingIntervalMs: 30_000,
  postAttempts: 5,
  postBackoffMs: 500,
  helloTimeoutMs: 10_000,
};

/** The form Mattermost posts for a custom slash command (protocols.md B1). */
const CommandForm = z.object({
  token: z.string().max(512).optional(),
  team_id: z.string().max(64).optional(),
  channel_id: z.string().min(1).max(64),
  channel_name: z.string().max(128).optional(),
  user_id: z.string().min(1).max(64),
  user_name: z.string().max(128).optional(),
  command: z.string().max(128).optional(),
  trigger_id: z.string().max(2_048).optional(),
  text: z
    .string()
    .max(1 << 20)
    .default(''),
});

const PostedData = z.object({
  channel_type: z.string(),
  post: z.string(),
  sender_name: z.string().optional(),
});

const Post = z.object({
  id: z.string().min(1),
  user_id: z.string().min(1),
  channel_id: z.string().min(1),
  root_id: z.string().optional().default(''),
  message: z.string().default(''),
  type: z.string().optional().default(''),
  props: z.record(z.string(), z.unknown()).nullish(),
});

const SHARE_WORD = /^share(?:\s+|$)/i;

/** What Mattermost POSTs to the integration URL when a user clicks a button (PostActionIntegrationRequest). */
const ActionCallback = z.object({
  user_id: z.string().min(1).max(64),
  user_name: z.string().max(128).optional(),
  channel_id: z.string().min(1).max(64),
  post_id: z.string().max(64).optional(),
  context: z.object({
    command: z.string().min(1).max(2_000),
    /** The only user the button is for (a direct message's buttons); absent: whoever clicks. */
    user: z.string().min(1).max(64).optional(),
    sig: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

/**
 * The key of button signatures: the configured secret, else one derived from the bot's token,
 * so every replica signs alike and nobody without the token can sign.
 */
export function actionKey(config: Pick<MattermostConfig, 'token' | 'actionSecret'>): string {
  return (
    config.actionSecret ??
    createHmac('sha256', 'positions-bot mattermost button signatures').update(config.token, 'utf8').digest('hex')
  );
}

/** The signature a button's context carries: HMAC-SHA256 over the user it is for and the command. */
export function signAction(key: string, command: string, user: string | undefined): string {
  return createHmac('sha256', key)
    .update(`${user ?? ''}\n${command}`, 'utf8')
    .digest('hex');
}

function digest(s: string): Buffer {
  return createHash('sha256').update(s, 'utf8').digest();
}

/** Constant-time token check: equal-length digests, compared with timingSafeEqual. */
export function tokenMatches(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  return timingSafeEqual(digest(given), expectedDigest(expected));
}

// The configured token is the same on every request: its digest is worked out once.
let lastExpected: string | undefined;
let lastExpectedDigest: Buffer = Buffer.alloc(0);
function expectedDigest(expected: string): Buffer {
  if (expected !== lastExpected) {
    lastExpectedDigest = digest(expected);
    lastExpected = expected;
  }
  return lastExpectedDigest;
}

/**
 * Worth retrying: 429 and 5xx; an error body that is not Mattermost's JSON (the rate limiter
 * answers 429 with plain `limit exceeded`, proxies 502/503 with HTML, so Client4 sees no
 * status_code); and no answer at all (fetch's TypeError: connection refused or reset).
 */
export function isRetryable(err: unknown): boolean {
  if (err instanceof TypeError) return true;
  if (!(err instanceof ClientError)) return false;
  const status = err.status_code;
  if (typeof status !== 'number') return true;
  return status === 429 || status >= 500;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createMattermostAdapter(
  deps: AdapterDeps & {
    config: MattermostConfig;
    tuning?: MattermostTuning;
    /** The bot's address as Mattermost reaches it (PUBLIC_URL), for the buttons' callbacks. */
    publicUrl?: string;
  },
): Adapter {
  const { handler, http, log, metrics, config } = deps;
  const tuning = { ...DEFAULTS, ...deps.tuning };
  const actionsUrl = `${(deps.publicUrl ?? 'http://localhost:3000').replace(/\/+$/, '')}${ACTIONS_PATH}`;
  const key = actionKey(config);
  /** A reply's buttons as attachments whose callbacks carry the command, signed; `user`: only for them. */
  const attachmentsOf = (reply: Reply, user?: string): MattermostAttachment[] | undefined =>
    renderMattermostAttachments(reply, (a) => ({
      url: actionsUrl,
      context: { command: a.command, ...(user ? { user } : {}), sig: signAction(key, a.command, user) },
    }));
  const baseUrl = config.url.replace(/\/+$/, '');
  const client: Client = new BotClient();
  client.setUrl(baseUrl);
  client.setToken(config.token);
  let botUserId = '';
  let ws: WsClient | null = null;
  let stopped = false;
  const inFlight = new Set<Promise<void>>();
  let postCounter = 0;
  // Direct messages come over the WebSocket: the adapter is connected while it is.
  const status = trackStatus();

  async function createPost(
    post: { channel_id: string; message: string; root_id?: string; props?: Record<string, unknown> },
    pendingPostId?: string,
  ): Promise<void> {
    // The same pending_post_id on every retry lets the server drop a duplicate of a post it took.
    const pending = pendingPostId ?? `${botUserId || 'bot'}:${Date.now()}-${++postCounter}`;
    let delay = tuning.postBackoffMs;
    for (let attempt = 1; ; attempt++) {
      try {
        await client.createPost({ ...post, pending_post_id: pending } as never);
        return;
      } catch (err) {
        if (attempt >= tuning.postAttempts || !isRetryable(err) || stopped) throw err;
        log.warn({ err: String(err), attempt, channelId: post.channel_id }, 'mattermost post failed, retrying');
        await sleep(delay);
        delay *= 2;
      }
    }
  }

  /** Posts a reply; its buttons go on the last part, for `buttonsFor` only when given. */
  async function postReply(
    channelId: string,
    reply: Reply,
    rootId?: string,
    key?: string,
    buttonsFor?: string,
  ): Promise<void> {
    const parts = renderMattermost(reply);
    const attachments = attachmentsOf(reply, buttonsFor);
    for (const [i, message] of parts.entries()) {
      const props = {
        ...(key ? { [KEY_PROP]: key } : {}),
        ...(attachments && i === parts.length - 1 ? { attachments } : {}),
      };
      await createPost(
        {
          channel_id: channelId,
          message,
          ...(rootId ? { root_id: rootId } : {}),
          ...(Object.keys(props).length > 0 ? { props } : {}),
        },
        key ? pendingIdFor(key, i) : undefined,
      );
    }
  }

  /** The channel a post to `channelId` goes to: the direct channel with the user for '@user'. */
  const postChannel = directChannels(async (user) => (await client.createDirectChannel([botUserId, user])).id);

  /** A click on one of our buttons: its signed command, run as the user who clicked. */
  async function onAction(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const json = await readJsonBody(http.bodies, req, res, (reason) =>
      metrics.requestsRefused.inc({ platform: 'mattermost', reason }),
    );
    if (json === undefined) return;
    const parsed = ActionCallback.safeParse(json);
    const refuse = (why: string) => {
      log.warn({ path: ACTIONS_PATH, why }, 'mattermost button callback refused');
      metrics.requestsRefused.inc({ platform: 'mattermost', reason: 'unauthorized' });
      respond(res, 403);
    };
    if (!parsed.success) return refuse('not a button of ours');
    const { user_id: userId, channel_id: channelId, context } = parsed.data;
    const expected = Buffer.from(signAction(key, context.command, context.user), 'hex');
    if (!timingSafeEqual(Buffer.from(context.sig, 'hex'), expected)) return refuse('bad signature');
    // A direct message's buttons are its owner's: nobody else may press them, even with the context.
    if (context.user && context.user !== userId) return refuse('the button is for another user');
    const direct = await client.getChannel(channelId).then(
      (c) => c.type === 'D',
      () => false,
    );
    const reply = await handler.handle({
      platform: 'mattermost',
      userId,
      ...(parsed.data.user_name ? { userName: parsed.data.user_name } : {}),
      channelId,
      isDirect: direct,
      kind: 'command',
      text: context.command,
      // Mattermost's callback names the user unsigned; only a button bound to that user vouches.
      ...(context.user ? {} : { userVerified: false as const }),
    });
    if (reply.silent) {
      respond(res, 200, {});
      return;
    }
    respond(res, 200, { ephemeral_text: renderMattermost(reply).join('\n\n'), skip_slack_parsing: true });
  }

  /** A pending_post_id stable for a keyed post (and its part), under Mattermost's 64 characters. */
  function pendingIdFor(key: string, part: number): string {
    const hash = createHash('sha256').update(`${key}\u0000${part}`, 'utf8').digest('hex').slice(0, 26);
    return `${botUserId || 'bot'}:${hash}`;
  }

  /** The bot's own account: the first call, so a wrong address or token is one clear line. */
  async function reachServer(): Promise<{ id: string; username: string }> {
    const tried = `${printableUrl(baseUrl)}/api/v4/users/me`;
    try {
      return await client.getMe();
    } catch (err) {
      if (err instanceof ClientError && (err.status_code === 401 || err.status_code === 403)) {
        throw new PlatformUnreachable(
          `MATTERMOST_TOKEN: the server at ${printableUrl(baseUrl)} refused the token (HTTP ${err.status_code}); use the bot account's access token`,
        );
      }
      const status =
        err instanceof ClientError && typeof err.status_code === 'number'
          ? `HTTP ${err.status_code}`
          : networkReason(err);
      throw new PlatformUnreachable(
        `MATTERMOST_URL: cannot reach Mattermost at ${tried} (${status}); check the address and that the server is up`,
      );
    }
  }

  function respond(res: ServerResponse, status: number, body?: unknown): void {
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    // With its length given, the headers and the body go out as one write (without it, Node sends
    // the body chunked: four buffers to the socket for every answer).
    const json = JSON.stringify(body);
    res
      .writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json, 'utf8') })
      .end(json);
  }

  async function onCommand(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Mattermost sends the token in the Authorization header too: when it is there, it is checked
    // before a byte of the body is read. Without it the token is in the body, which is read
    // under the cap on unauthenticated bodies.
    const auth = req.headers.authorization;
    const headerToken = auth?.startsWith('Token ') ? auth.slice(6).trim() : undefined;
    if (!config.commandToken || (auth !== undefined && !tokenMatches(headerToken, config.commandToken))) {
      log.warn({ path: COMMAND_PATH }, 'mattermost command refused: missing or wrong token');
      metrics.requestsRefused.inc({ platform: 'mattermost', reason: 'unauthorized' });
      refuseRequest(req, res, 401);
      return;
    }
    let raw: Buffer;
    try {
      // Up to 1 MiB is read, so that an over-long command gets the brain's clear "too long" reply.
      raw = headerToken ? await http.bodies.readAuthenticated(req) : await http.bodies.readUnauthenticated(req);
    } catch (err) {
      if (!(err instanceof BodyRefused)) throw err;
      log.warn({ path: COMMAND_PATH, status: err.status, reason: err.message }, 'mattermost command body refused');
      metrics.requestsRefused.inc({ platform: 'mattermost', reason: REFUSAL_REASON[err.status] ?? 'refused' });
      refuseRequest(req, res, err.status);
      return;
    }
    const form = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
    if (!tokenMatches(headerToken ?? form.token, config.commandToken)) {
      log.warn({ path: COMMAND_PATH }, 'mattermost command refused: missing or wrong token');
      metrics.requestsRefused.inc({ platform: 'mattermost', reason: 'unauthorized' });
      respond(res, 401);
      return;
    }
    const parsed = CommandForm.safeParse(form);
    if (!parsed.success) {
      respond(res, 400);
      return;
    }
    const cmd = parsed.data;
    let text = cmd.text.trim();
    // `reminders edit`: the subscribe form, in a dialog Mattermost shows to the trigger's user.
    const opened = dialogs ? await dialogs.tryOpen({ ...cmd, text }) : null;
    if (opened !== null) {
      respond(res, 200, { response_type: 'ephemeral', text: opened, skip_slack_parsing: true });
      return;
    }
    const shared = SHARE_WORD.test(text);
    if (shared) text = text.replace(SHARE_WORD, '').trim();
    const inbound: Inbound = {
      platform: 'mattermost',
      userId: cmd.user_id,
      ...(cmd.user_name ? { userName: cmd.user_name } : {}),
      channelId: cmd.channel_id,
      isDirect: DIRECT_CHANNEL_NAME.test(cmd.channel_name ?? ''),
      kind: 'command',
      text,
      ...(shared ? { shared: true } : {}),
      // The form's user_id is whatever the holder of the command token wrote (see README, Security).
      userVerified: false,
    };
    // The bot counts commands and their latency; the adapter only carries them.
    const reply = await handler.handle(inbound);
    if (reply.silent) {
      respond(res, 200, {});
      return;
    }
    const responseType = shared ? 'in_channel' : 'ephemeral';
    const [first = ' ', ...rest] = renderMattermost(reply);
    // A private answer's buttons are the sender's; a shared one's are for whoever clicks.
    const attachments = attachmentsOf(reply, shared ? undefined : cmd.user_id);
    respond(res, 200, {
      response_type: responseType,
      text: first,
      ...(attachments ? { attachments } : {}),
      // Our markdown is already Mattermost's own: no Slack-style `<url|text>` conversion.
      skip_slack_parsing: true,
      ...(rest.length > 0
        ? { extra_responses: rest.map((t) => ({ response_type: responseType, text: t, skip_slack_parsing: true })) }
        : {}),
    });
  }

  async function onPosted(data: unknown): Promise<void> {
    const event = PostedData.safeParse(data);
    if (!event.success || event.data.channel_type !== 'D') return;
    let postJson: unknown;
    try {
      postJson = JSON.parse(event.data.post);
    } catch {
      return;
    }
    const parsed = Post.safeParse(postJson);
    if (!parsed.success) return;
    const post = parsed.data;
    const fromBot = post.props?.from_bot === true || post.props?.from_bot === 'true';
    if (post.user_id === botUserId || fromBot || post.type !== '' || post.message.trim() === '') return;
    // Every replica's socket sees every DM: the first to record the post id answers it.
    if (deps.firstSighting && !(await deps.firstSighting(`mattermost:${post.id}`).catch(() => true))) return;
    const senderName = event.data.sender_name?.replace(/^@/, '');
    const reply = await handler.handle({
      platform: 'mattermost',
      userId: post.user_id,
      ...(senderName ? { userName: senderName } : {}),
      channelId: post.channel_id,
      isDirect: true,
      kind: 'message',
      text: post.message,
    });
    if (!reply.silent) await postReply(post.channel_id, reply, post.root_id || post.id, undefined, post.user_id);
  }

  function track(p: Promise<void>): void {
    const tracked = p
      .catch((err: unknown) => log.error({ err: String(err) }, 'mattermost direct message not answered'))
      .finally(() => inFlight.delete(tracked));
    inFlight.add(tracked);
  }

  http.route('POST', COMMAND_PATH, onCommand);
  http.route('POST', ACTIONS_PATH, onAction);
  const dialogs = deps.home
    ? createMattermostDialogs({
        http,
        home: deps.home,
        log,
        metrics,
        publicUrl: deps.publicUrl ?? 'http://localhost:3000',
        secret: actionKey(config),
        openDialog: (request) => client.openInteractiveDialog(request),
        isDirect: async (channelId) => (await client.getChannel(channelId)).type === 'D',
        postReply: (channelId, reply, userId) => postReply(channelId, reply, undefined, undefined, userId),
      })
    : null;

  let connected = false;

  return {
    platform: 'mattermost',

    isConnected: () => connected,

    async start() {
      if (!config.commandToken) log.warn('MATTERMOST_COMMAND_TOKEN is not set: every slash command is refused');
      stopped = false;
      const me = await reachServer();
      botUserId = me.id;
      log.info({ botUserId, username: me.username }, 'mattermost bot account');

      installWebSocketGlobals();
      const socket = new WebSocketClient({
        newWebSocketFn: (url) =>
          newNodeWebSocket(url, (reason) => {
            metrics.malformedFrames.inc({ platform: 'mattermost' });
            log.warn({ reason }, 'mattermost websocket: skipped a frame that could not be read');
          }),
        minWebSocketRetryTime: tuning.reconnectMinMs,
        reconnectJitterRange: tuning.reconnectJitterMs,
        clientPingInterval: tuning.pingIntervalMs,
      });
      ws = socket;
      let helloSeen: () => void = () => {};
      const hello = new Promise<void>((resolve) => {
        helloSeen = resolve;
      });
      socket.addMessageListener((msg) => {
        if (msg.event === 'hello') {
          status.set('connected');
          connected = true;
          log.info('mattermost websocket connected');
          helloSeen();
        } else if (msg.event === 'posted') {
          track(onPosted(msg.data));
        }
      });
      socket.addCloseListener((failCount) => {
        status.set(stopped ? 'stopped' : 'reconnecting');
        connected = false;
        if (!stopped) log.warn({ failCount }, 'mattermost websocket closed, reconnecting with backoff');
      });
      socket.addReconnectListener(() => {
        metrics.reconnects.inc({ platform: 'mattermost' });
        log.info('mattermost websocket re-established');
      });
      // Without a missed-message listener the client does not reset its sequence when the
      // server starts a new connection (restart, lost state) and reconnects forever (4001).
      socket.addMissedMessageListener(() => {
        log.info('mattermost websocket: new server connection, events while away are not replayed');
      });
      socket.addErrorListener(() => log.warn('mattermost websocket error'));
      // Listeners first, then connect (protocols.md B3).
      socket.initialize(client.getWebSocketUrl().replace(/^http/, 'ws'), config.token);
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          log.warn('no mattermost websocket hello yet; the client keeps trying');
          resolve();
        }, tuning.helloTimeoutMs);
      });
      await Promise.race([hello, timeout]);
      clearTimeout(timer);
    },

    status: () => status.get(),

    async stop() {
      stopped = true;
      status.set('stopped');
      if (ws) {
        const socket = ws;
        ws = null;
        socket.close();
        // close() only closes an OPEN socket; a connecting one is closed here, without reconnect.
        const conn = (socket as unknown as { conn: { onclose: unknown; close(): void } | null }).conn;
        if (conn) {
          conn.onclose = () => {};
          conn.close();
        }
        socket.clearReconnectTimeout();
      }
      await Promise.allSettled([...inFlight]);
    },

    async postToChannel(channelId, reply, options) {
      // A personal reminder's buttons are its owner's only.
      const channel = await postChannel(channelId);
      await postReply(
        channel,
        reply,
        undefined,
        options?.key,
        isPersonal(channelId) ? personalUser(channelId) : undefined,
      );
    },

    async findPosted(channelId, key, since) {
      // Posts of the channel created or edited since `since` (the server caps the list at
      // 1,000), looking for the key our post carries in its props.
      const list = (await client.getPostsSince(await postChannel(channelId), since.getTime(), false)) as {
        posts?: Record<string, { user_id?: string; props?: Record<string, unknown> | null }>;
      };
      return Object.values(list.posts ?? {}).some(
        (p) => p.props?.[KEY_PROP] === key && (!botUserId || p.user_id === botUserId),
      );
    },
  };
}
