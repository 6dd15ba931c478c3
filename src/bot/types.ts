// The seams between the bot and its adapters: what comes in, what goes out, and the clock.
import type { Reply } from '../answers/reply.ts';

export type Platform = 'console' | 'slack' | 'mattermost';

/** A message or slash command as every adapter hands it to the bot, platform-neutral. */
export interface Inbound {
  platform: Platform;
  userId: string;
  userName?: string;
  channelId: string;
  /** A direct message (Slack `im`, Mattermost `D`, the console's default). */
  isDirect: boolean;
  /** 'command': the text after `/positions`; 'message': a DM or a mention, mention removed. */
  kind: 'command' | 'message';
  text: string;
  /**
   * The reply goes to everyone in the channel (`/positions share ...`). Unset: a slash command's
   * reply is ephemeral (only the asker sees it). The bot never puts a stored profile in a shared
   * or channel reply.
   */
  shared?: boolean;
  /**
   * False when nothing but the sender's word vouches for `userId` (Mattermost's slash-command form,
   * which anyone holding the command token can fill in): the stored profile is then neither used
   * nor shown nor changed.
   */
  userVerified?: false;
  /**
   * Whether the bot can post in this channel, asked of the platform (Slack: a bot that was not
   * invited cannot); a subscription there would fail silently for days.
   */
  channelAccess?: () => Promise<'member' | 'not_member' | 'unknown'>;
}

/** The bot's brain as adapters see it: one inbound in, one reply out. Never throws. */
export interface MessageHandler {
  handle(msg: Inbound): Promise<Reply>;
}

/**
 * Posts a reply to a channel for everyone (reminders, announcements, shared answers).
 * Rejects when the platform did not take the post, so the caller can record the failure.
 */
export interface ChannelPoster {
  readonly platform: Platform;
  postToChannel(channelId: string, reply: Reply, options?: PostOptions): Promise<void>;
  /**
   * Whether a post carrying `key` reached the channel since `since`: after a crash between a
   * reminder's claim and its recorded outcome, this tells a post that went out from one that
   * did not. Absent when the platform cannot tell (then the claim is retried).
   */
  findPosted?(channelId: string, key: string, since: Date): Promise<boolean>;
}

export interface PostOptions {
  /** Idempotency key stored with the post (Slack metadata, Mattermost props), for findPosted. */
  key?: string;
  /**
   * For a digest: the keys of the deliveries it stands for, each as if posted alone. Not sent to
   * the platform (a digest may stand for hundreds); for logs, audits and tests that count each
   * reminder's posts.
   */
  covers?: string[];
}

/** Whether an adapter can take and send messages now (for /healthz). */
export interface AdapterStatus {
  state: 'starting' | 'connected' | 'reconnecting' | 'stopped';
  /** When it entered that state (ISO instant). */
  since: string;
}

/** A chat surface: starts from its config, hands inbound to the handler, posts outbound. */
export interface Adapter extends ChannelPoster {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Its connection's state now; without it the adapter counts as connected once started. */
  status?(): AdapterStatus;
  /** Whether its live connection (a socket) is up now, for /readyz; absent: up once started. */
  isConnected?(): boolean;
}

/** The clock is passed in everywhere, so every behaviour is testable at a fixed time. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
