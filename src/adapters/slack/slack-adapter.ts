// Slack, with Bolt: the /positions slash command (ephemeral Block Kit answer with a "Share in
// channel" button), direct messages and @mentions answered in their thread, and channel posts
// for reminders with idempotency metadata. Socket Mode when an app token is configured;
// otherwise HTTP mode on the bot's shared HTTP server (./shared-http-receiver.ts).
import { App, type RespondFn, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Reply } from '../../answers/reply.ts';
import type { Adapter, Clock, Inbound } from '../../bot/types.ts';
import type { SlackConfig } from '../../config/load-config.ts';
import { formRequest } from '../../home/form-request.ts';
import { directChannels } from '../../reminders/personal.ts';
import {
  COMMAND_ACTION_PREFIX,
  renderShareButton,
  renderSlackMessages,
  SLACK_MAX_BLOCKS,
  type SlackBlock,
  type SlackMessage,
} from '../../render/slack-blocks.ts';
import type { AdapterDeps } from '../adapter-deps.ts';
import { trackStatus } from '../status-tracker.ts';
import { networkReason, PlatformUnreachable, printableUrl } from '../unreachable-error.ts';
import { createBoltLogger } from './bolt-logger.ts';
import { guardEnvelopes } from './guard-envelopes.ts';
import { createSharedHttpReceiver } from './shared-http-receiver.ts';
import { listenHome } from './slack-home.ts';
import {
  AppMentionEvent,
  CommandAction,
  CommandPayload,
  MessageEvent,
  OpenedConversation,
  PostMetadata,
  ShareAction,
} from './slack-payloads.ts';

export const SLASH_COMMAND = '/positions';
export const SHARE_ACTION_ID = 'positions_share';
/** The message metadata event type of our channel posts (findPosted looks for it). */
export const POST_EVENT_TYPE = 'positions_post';

/** Timings and retry policies, shortened by tests; the defaults suit production. */
export interface SlackTuning {
  /** A command answer slower than this is acknowledged with "working on it" and sent via response_url (ms). */
  ackAfterMs?: number;
  /** Web API retries (429 with Retry-After, 5xx, network errors): @slack/web-api's retryConfig. */
  retryConfig?: webApi.RetryOptions;
  /** Web API request timeout (ms); 0 waits forever. */
  apiTimeoutMs?: number;
  /** Socket Mode: how long to wait for a pong, also the base reconnect delay (ms). */
  clientPingTimeoutMs?: number;
  /** Socket Mode: how long without a ping from Slack before reconnecting (ms). */
  serverPingTimeoutMs?: number;
  /** Pages of 200 messages findPosted reads at most. */
  historyPages?: number;
  /** Retries of the first Web API call before the start gives up with one line. */
  startupRetries?: number;
}

const DEFAULTS: Required<SlackTuning> = {
  ackAfterMs: 2_000,
  // About five retries in five minutes, honouring Retry-After on 429.
  retryConfig: { retries: 5, factor: 3.86 },
  apiTimeoutMs: 30_000,
  clientPingTimeoutMs: 5_000,
  serverPingTimeoutMs: 30_000,
  historyPages: 5,
  startupRetries: 2,
};

/** A response_url takes 5 posts; the ack is the first answer of a quick command. */
const MAX_COMMAND_MESSAGES = 5;
const WORKING = 'Working on it…';
const SHARE_WORD = /^share(?:\s+|$)/i;
const SORRY: Reply = {
  text: 'Sorry, something went wrong while answering. Please try again.',
  blocks: [],
  postings: [],
  suggestions: [],
};

/** Slack escapes `&`, `<`, `>` in what users type; the bot reads plain text. */
function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function withBlock(message: SlackMessage, block: SlackBlock | null, where: 'start' | 'end'): SlackMessage {
  if (!block) return message;
  const blocks = where === 'start' ? [block, ...message.blocks] : [...message.blocks, block];
  return { text: message.text, blocks };
}

export function createSlackAdapter(
  deps: AdapterDeps & { config: SlackConfig; tuning?: SlackTuning; clock?: Clock },
): Adapter {
  const { handler, http, log, metrics, config } = deps;
  const tuning = { ...DEFAULTS, ...deps.tuning };
  const logger = createBoltLogger(log);
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.replace(/\/?$/, '/') } : {}),
    retryConfig: tuning.retryConfig,
    timeout: tuning.apiTimeoutMs,
  };
  const mode = config.appToken ? 'socket' : 'http';

  let socketReceiver: SocketModeReceiver | undefined;
  let receiver: SocketModeReceiver | ReturnType<typeof createSharedHttpReceiver>;
  if (config.appToken) {
    socketReceiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger,
      clientPingTimeout: tuning.clientPingTimeoutMs,
      serverPingTimeout: tuning.serverPingTimeoutMs,
      // apps.connections.open goes to the same (possibly local) Web API.
      installerOptions: { clientOptions: config.apiUrl ? { slackApiUrl: clientOptions.slackApiUrl } : {} },
    });
    guardEnvelopes(socketReceiver.client, (reason) => {
      metrics.malformedFrames.inc({ platform: 'slack' });
      log.warn({ reason }, 'slack socket mode: skipped an envelope that could not be read');
    });
    receiver = socketReceiver;
  } else {
    if (!config.signingSecret) {
      throw new Error('SLACK_SIGNING_SECRET: required in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
    }
    receiver = createSharedHttpReceiver({
      http,
      signingSecret: config.signingSecret,
      logger,
      onRefused: (reason) => metrics.requestsRefused.inc({ platform: 'slack', reason }),
      ...(deps.clock ? { clock: deps.clock } : {}),
    });
  }

  // Our own Web API client (auth.test, posts, history); Bolt's App only receives.
  const client = new webApi.WebClient(config.botToken, { ...clientOptions, logger });
  client.on(webApi.WebClientEvent.RATE_LIMITED, (retryAfterSec: number, request: { url?: string }) => {
    log.warn({ retryAfterSec, url: request?.url }, 'slack: rate limited, the Web API client waits and retries');
  });
  let app: App | undefined;

  /**
   * auth.test with a short retry (the Web API client's own policy retries for minutes): an
   * unreachable API or a refused token is one line naming the variable and what was tried.
   */
  async function reachSlack(): Promise<Awaited<ReturnType<typeof client.auth.test>>> {
    const base = clientOptions.slackApiUrl ?? 'https://slack.com/api/';
    const probe = new webApi.WebClient(config.botToken, {
      ...clientOptions,
      logger,
      retryConfig: { retries: tuning.startupRetries, factor: 2, minTimeout: 500, maxTimeout: 4_000 },
    });
    try {
      return await probe.auth.test();
    } catch (err) {
      const code = (err as { code?: string }).code;
      const apiError = (err as { data?: { error?: string } }).data?.error;
      if (code === webApi.ErrorCode.PlatformError && apiError) {
        const variable = /auth|token|account/.test(apiError) ? 'SLACK_BOT_TOKEN' : 'Slack';
        throw new PlatformUnreachable(
          `${variable}: Slack refused auth.test (${apiError}); use the Bot User OAuth Token (xoxb-…)`,
        );
      }
      const variable = config.apiUrl ? 'SLACK_API_URL' : 'Slack API';
      throw new PlatformUnreachable(
        `${variable}: cannot reach ${printableUrl(base)}/auth.test (${networkReason(err)}) after ${tuning.startupRetries + 1} attempts; check the network${config.apiUrl ? ' and SLACK_API_URL' : ''}`,
      );
    }
  }

  /** A bot reads a channel's history only as a member: not_in_channel says it was not invited. */
  async function channelAccess(channel: string): Promise<'member' | 'not_member' | 'unknown'> {
    try {
      await client.conversations.history({ channel, limit: 1 });
      return 'member';
    } catch (err) {
      const error = (err as { data?: { error?: string } }).data?.error;
      if (error === 'not_in_channel' || error === 'channel_not_found') return 'not_member';
      log.warn({ error: error ?? String(err) }, 'slack: could not tell whether the bot is in the channel');
      return 'unknown';
    }
  }

  /** The channel a post to `channelId` goes to: a user's DM (conversations.open, im:write) for '@U123'. */
  const postChannel = directChannels(async (user) => {
    const opened = OpenedConversation.parse(await client.conversations.open({ users: user }));
    return opened.channel.id;
  });

  let botUserId = '';
  let botId = '';
  let started = false;
  let stopping = false;
  const inFlight = new Set<Promise<unknown>>();
  /** Event ids seen lately: Slack redelivers an event it thinks was not acknowledged. */
  const seenEvents = new Set<string>();

  function track<T>(work: Promise<T>): Promise<T> {
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    inFlight.add(settled);
    void settled.finally(() => inFlight.delete(settled));
    return work;
  }

  async function firstTime(eventId: string | undefined): Promise<boolean> {
    if (!eventId) return true;
    if (seenEvents.has(eventId)) return false;
    if (deps.firstSighting) {
      // Another replica may have had the first delivery; a store that fails answers (twice beats never).
      const first = await deps.firstSighting(`slack:${eventId}`).catch(() => true);
      if (!first) return false;
    }
    seenEvents.add(eventId);
    if (seenEvents.size > 1_000) {
      const oldest = seenEvents.values().next().value;
      if (oldest !== undefined) seenEvents.delete(oldest);
    }
    return true;
  }

  // The bot counts commands and their latency; the adapter only carries them.
  async function answer(inbound: Inbound): Promise<Reply> {
    try {
      return await handler.handle(inbound);
    } catch (err) {
      log.error({ err: String(err) }, 'slack: the handler failed');
      return SORRY;
    }
  }

  /** A command's answer: split to fit, with a share button for `commandText` on the last part. */
  function commandMessages(reply: Reply, commandText: string): SlackMessage[] {
    const messages = renderSlackMessages(reply, { maxBlocks: SLACK_MAX_BLOCKS - 1 });
    if (messages.length > MAX_COMMAND_MESSAGES) {
      log.warn({ parts: messages.length }, 'slack: answer cut to the parts one response_url takes');
    }
    const kept = messages.slice(0, MAX_COMMAND_MESSAGES);
    // A reply holding a secret (a calendar feed URL) is never offered for sharing.
    const button = commandText && !reply.secret ? renderShareButton(SHARE_ACTION_ID, commandText) : null;
    const last = kept.length - 1;
    return kept.map((m, i) => (i === last ? withBlock(m, button, 'end') : m));
  }

  async function respondAll(
    respond: RespondFn,
    messages: SlackMessage[],
    responseType: 'ephemeral' | 'in_channel',
    replaceFirst: boolean,
  ): Promise<void> {
    for (const [i, m] of messages.entries()) {
      await respond({
        response_type: responseType,
        replace_original: replaceFirst && i === 0,
        text: m.text,
        blocks: m.blocks,
      });
    }
  }

  async function postInThread(channel: string, threadTs: string, reply: Reply): Promise<void> {
    for (const m of renderSlackMessages(reply)) {
      await client.chat.postMessage({
        channel,
        thread_ts: threadTs,
        text: m.text,
        blocks: m.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    }
  }

  /** Bolt's listeners: the command, the share button, DMs and mentions. */
  function listen(app: App): void {
    app.error(async (err) => {
      log.error({ err: String(err), code: (err as { code?: string }).code }, 'slack: a listener failed');
    });

    // The App Home and its subscribe modal, when the process gives a home.
    const homeTab = deps.home ? listenHome(app, { client, home: deps.home, log, firstTime, track, answer }) : null;

    app.command(SLASH_COMMAND, async ({ command, ack, respond }) => {
      const parsed = CommandPayload.safeParse(command);
      if (!parsed.success) {
        log.warn({ issues: parsed.error.issues.length }, 'slack: malformed slash command payload');
        await ack({ response_type: 'ephemeral', text: 'Sorry, I could not read that command.' });
        return;
      }
      const cmd = parsed.data;
      let text = decodeEntities(cmd.text).trim();
      // `/positions reminders edit`: the subscribe modal, with the command's trigger.
      if (homeTab && cmd.trigger_id && formRequest(text) === 'edit') {
        const metadata = cmd.channel_id.startsWith('D') ? JSON.stringify({ channel: cmd.channel_id }) : '';
        const opened = await homeTab.openForm(cmd.user_id, cmd.trigger_id, metadata);
        await ack({
          response_type: 'ephemeral',
          text: opened
            ? 'Choose your reminders in the form.'
            : "I could not open the form. Say 'subscribe me to <words>' instead.",
        });
        return;
      }
      // `/positions share <question>` answers for everyone at once, as on Mattermost.
      const shared = SHARE_WORD.test(text);
      if (shared) text = text.replace(SHARE_WORD, '').trim();
      const responseType = shared ? 'in_channel' : 'ephemeral';
      const pending = track(
        answer({
          platform: 'slack',
          userId: cmd.user_id,
          ...(cmd.user_name ? { userName: cmd.user_name } : {}),
          channelId: cmd.channel_id,
          isDirect: cmd.channel_id.startsWith('D') || cmd.channel_name === 'directmessage',
          kind: 'command',
          text,
          ...(shared ? { shared: true } : {}),
          channelAccess: () => channelAccess(cmd.channel_id),
        }),
      );
      // Slack wants the ack within 3 s: a slow answer is acknowledged now and sent via response_url.
      let timer: NodeJS.Timeout | undefined;
      const slow = new Promise<null>((resolve) => {
        timer = setTimeout(() => resolve(null), tuning.ackAfterMs);
      });
      const quick = await Promise.race([pending, slow]);
      clearTimeout(timer);
      const button = shared ? '' : text;
      if (quick?.silent) {
        await ack();
      } else if (quick) {
        const [first, ...rest] = commandMessages(quick, button);
        await ack({ response_type: responseType, text: first?.text ?? ' ', blocks: first?.blocks ?? [] });
        await track(respondAll(respond, rest, responseType, false));
      } else {
        // The placeholder stays private; a shared answer then comes as a new message for everyone.
        await ack({ response_type: 'ephemeral', text: WORKING });
        log.info({ afterMs: tuning.ackAfterMs }, 'slack: slow answer, sending it via response_url');
        await track(
          pending.then((reply) =>
            reply.silent
              ? respond({ delete_original: true }).then(() => {})
              : respondAll(respond, commandMessages(reply, button), responseType, !shared),
          ),
        );
      }
    });

    app.action({ type: 'block_actions', action_id: SHARE_ACTION_ID }, async ({ ack, body, respond }) => {
      await ack();
      const parsed = ShareAction.safeParse(body);
      if (!parsed.success) {
        log.warn({ issues: parsed.error.issues.length }, 'slack: malformed share action payload');
        return;
      }
      const action = parsed.data;
      const channelId = action.channel?.id ?? action.container?.channel_id;
      const value = action.actions.find((a) => a.action_id === SHARE_ACTION_ID)?.value ?? '';
      if (!channelId || !value) return;
      const reply = await track(
        // For everyone: the bot leaves anything private about the asker out.
        answer({ ...pressedBy(action.user, channelId, value), shared: true }),
      );
      if (reply.silent) return;
      // Who shared it: a user id Slack gave us, checked to be one, never text from data.
      const sharer: SlackBlock | null = /^[UW][A-Z0-9]{2,}$/.test(action.user.id)
        ? { type: 'context', elements: [{ type: 'mrkdwn', text: `Shared by <@${action.user.id}>`, verbatim: true }] }
        : null;
      const messages = renderSlackMessages(reply, { maxBlocks: SLACK_MAX_BLOCKS - 1 }).slice(
        0,
        MAX_COMMAND_MESSAGES - 1,
      );
      await track(
        (async () => {
          for (const [i, m] of messages.entries()) {
            const shown = i === 0 ? withBlock(m, sharer, 'start') : m;
            await respond({
              response_type: 'in_channel',
              replace_original: false,
              text: shown.text,
              blocks: shown.blocks,
            });
          }
          // The private answer with its button has done its job: "share / keep to yourself".
          await respond({ delete_original: true });
        })(),
      );
    });

    // A button under a reminder or an answer: its value is a command, run as the user who pressed
    // it (Slack signs the payload, so the user id is Slack's word), answered only to them.
    app.action(
      { type: 'block_actions', action_id: new RegExp(`^${COMMAND_ACTION_PREFIX}\\d+$`) },
      async ({ ack, body, respond }) => {
        await ack();
        const parsed = CommandAction.safeParse(body);
        if (!parsed.success) {
          log.warn({ issues: parsed.error.issues.length }, 'slack: malformed button payload');
          return;
        }
        const action = parsed.data;
        const channelId = action.channel?.id ?? action.container?.channel_id;
        const command = action.actions.find((a) => a.action_id.startsWith(COMMAND_ACTION_PREFIX))?.value ?? '';
        // A button in the Home tab is in no conversation: the home shows what it did.
        if (!channelId && command && action.view?.type === 'home' && homeTab) {
          await track(homeTab.press(action.user.id, command, action.view.private_metadata));
          return;
        }
        if (!channelId || !command) return;
        const reply = await track(answer(pressedBy(action.user, channelId, command)));
        if (reply.silent) return;
        const messages = renderSlackMessages(reply).slice(0, MAX_COMMAND_MESSAGES);
        await track(
          (async () => {
            for (const m of messages)
              await respond({ response_type: 'ephemeral', replace_original: false, text: m.text, blocks: m.blocks });
          })(),
        );
      },
    );

    async function onConversation(
      event: { channel: string; user?: string | undefined; ts: string; thread_ts?: string | undefined },
      text: string,
      isDirect: boolean,
    ): Promise<void> {
      if (!event.user || text.trim() === '') return;
      const reply = await track(
        answer({ platform: 'slack', userId: event.user, channelId: event.channel, isDirect, kind: 'message', text }),
      );
      if (!reply.silent) await track(postInThread(event.channel, event.thread_ts ?? event.ts, reply));
    }

    app.event('message', async ({ event, body, context }) => {
      const parsed = MessageEvent.safeParse(event);
      if (!parsed.success) return;
      const msg = parsed.data;
      const self = context.botUserId ?? botUserId;
      if (msg.channel_type !== 'im' || msg.subtype || msg.bot_id || !msg.user || msg.user === self) return;
      if (!(await firstTime((body as { event_id?: string }).event_id))) return;
      await onConversation(msg, decodeEntities(msg.text), true);
    });

    app.event('app_mention', async ({ event, body, context }) => {
      const parsed = AppMentionEvent.safeParse(event);
      if (!parsed.success) return;
      const msg = parsed.data;
      const self = context.botUserId ?? botUserId;
      if (msg.subtype || msg.bot_id || !msg.user || msg.user === self) return;
      if (!(await firstTime((body as { event_id?: string }).event_id))) return;
      const mention = self ? new RegExp(`<@${escapeRegExp(self)}(?:\\|[^>]*)?>`, 'g') : /^\s*<@[A-Z0-9]+(?:\|[^>]*)?>/;
      const text = decodeEntities(msg.text.replace(mention, ' ')).replace(/\s+/g, ' ').trim();
      await onConversation(msg, text, false);
    });
  }

  const status = trackStatus();
  // HTTP mode has no connection of its own: up once started.
  let socketUp = !socketReceiver;
  if (socketReceiver) {
    const client = socketReceiver.client;
    let reconnecting = false;
    client.on('reconnecting', () => {
      socketUp = false;
      reconnecting = true;
      status.set('reconnecting');
      log.warn('slack socket mode: connection lost, reconnecting');
    });
    client.on('connected', () => {
      status.set('connected');
      socketUp = true;
      if (reconnecting) {
        metrics.reconnects.inc({ platform: 'slack' });
        log.info('slack socket mode: connection re-established');
      }
      reconnecting = false;
    });
    client.on('disconnected', () => {
      status.set(stopping ? 'stopped' : 'reconnecting');
      socketUp = false;
      if (!stopping) log.warn('slack socket mode: disconnected');
    });
  }

  return {
    platform: 'slack',

    isConnected: () => started && socketUp,

    async start() {
      stopping = false;
      const auth = await reachSlack();
      botUserId = auth.user_id ?? '';
      botId = auth.bot_id ?? '';
      // Built now, with the bot's ids: Bolt then needs no auth.test of its own, ever.
      app = new App({
        token: config.botToken,
        botId,
        botUserId,
        tokenVerificationEnabled: false,
        receiver,
        logger,
        clientOptions,
      });
      listen(app);
      await app.start();
      started = true;
      // HTTP mode has no connection of its own: it is ready once the Web API answered.
      if (!socketReceiver) status.set('connected');
      log.info({ mode, botUserId, botId, team: auth.team_id }, 'slack adapter started');
    },

    status: () => status.get(),

    async stop() {
      stopping = true;
      if (started && app) {
        started = false;
        await app.stop();
      }
      status.set('stopped');
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },

    async postToChannel(channelId, reply, options = {}) {
      const messages = renderSlackMessages(reply);
      const channel = await postChannel(channelId);
      for (const [i, m] of messages.entries()) {
        await client.chat.postMessage({
          channel,
          text: m.text,
          blocks: m.blocks,
          unfurl_links: false,
          unfurl_media: false,
          ...(options.key
            ? {
                metadata: {
                  event_type: POST_EVENT_TYPE,
                  event_payload: { key: options.key, part: i + 1, parts: messages.length },
                },
              }
            : {}),
        });
      }
    },

    async findPosted(channelId, key, since) {
      let cursor: string | undefined;
      const channel = await postChannel(channelId);
      for (let page = 0; page < tuning.historyPages; page++) {
        const res = await client.conversations.history({
          channel,
          oldest: (since.getTime() / 1000).toFixed(6),
          inclusive: true,
          include_all_metadata: true,
          limit: 200,
          ...(cursor ? { cursor } : {}),
        });
        for (const message of res.messages ?? []) {
          const meta = PostMetadata.safeParse(message.metadata);
          if (!meta.success || meta.data.event_type !== POST_EVENT_TYPE) continue;
          if (botId && message.bot_id && message.bot_id !== botId) continue;
          const { key: k, part, parts } = meta.data.event_payload;
          // The last part of a split post is what says the whole post went out.
          if (k === key && part === parts) return true;
        }
        cursor = res.response_metadata?.next_cursor || undefined;
        if (!cursor) break;
      }
      return false;
    },
  };
}

/** A button's command as the person who pressed it sends it, in the conversation it is in. */
function pressedBy(user: { id: string; username?: string | undefined }, channelId: string, text: string): Inbound {
  return {
    platform: 'slack',
    userId: user.id,
    ...(user.username ? { userName: user.username } : {}),
    channelId,
    isDirect: channelId.startsWith('D'),
    kind: 'command',
    text,
  };
}
