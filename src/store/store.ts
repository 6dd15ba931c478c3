// The store interface: what the bot keeps across restarts and shares between replicas. Two
// engines implement it, SQLite (./sqlite-store.ts, the embedded default) and PostgreSQL
// (./pg-store.ts, for several replicas); test/store/conformance runs the same tests on both.
// Every call is asynchronous, because a server database is.

import type { Topic } from '../answers/reply.ts';
import type { Platform } from '../bot/types.ts';
import type { UserFacts } from '../eligibility/index.ts';

/**
 * A channel that asked for reminders and announcements (`/positions subscribe`), or one user's
 * personal reminders: then `channelId` is '@' + the user's id (`@U123`), and they go to that
 * user as direct messages (see PERSONAL_PREFIX).
 */
export interface Subscription {
  platform: Platform;
  channelId: string;
  /** Days before a deadline to remind on, e.g. [14, 7, 1]. */
  offsets: number[];
  /** Optional words a posting must match (a skill, an organisation, an experiment); null for all. */
  filter: string | null;
  /**
   * Postings asked for by id ("remind me about the XRootD job"). A posting matches when it is
   * one of these or matches `filter`; with postingIds and no filter, only these postings match
   * (src/reminders/filter.ts `subscriptionMatches`). Absent (or empty): the filter decides alone.
   */
  postingIds?: string[];
  /** Who subscribed, and when (ISO instant). */
  createdBy: string;
  createdAt: string;
}

/** The key of one reminder: it is delivered at most once. */
export interface ReminderKey {
  platform: Platform;
  channelId: string;
  postingId: string;
  /** The deadline the reminder is about (YYYY-MM-DD): a changed deadline is a new reminder. */
  deadline: string;
  daysBefore: number;
}

/** A subscription or reminder key whose channelId starts with this is one user's, delivered as a DM. */
export const PERSONAL_PREFIX = '@';

/** What one user said about one posting; their personal reminders skip it or wait. */
export type PostingMarkState = 'applied' | 'stopped' | 'snoozed';

export interface PostingMark {
  platform: Platform;
  userId: string;
  postingId: string;
  /** 'applied' and 'stopped': no more reminders about it for this user; 'snoozed': quiet until `until`. */
  state: PostingMarkState;
  /** For 'snoozed': the day (YYYY-MM-DD) of the one more reminder; null otherwise. */
  until: string | null;
  /** ISO instant of the latest change. */
  updatedAt: string;
}

export type DeliveryState = 'claimed' | 'sent' | 'failed';

export interface Delivery extends ReminderKey {
  state: DeliveryState;
  attempts: number;
  /** ISO instants: the first claim, the latest attempt, the recorded success. */
  claimedAt: string;
  lastAttemptAt: string;
  sentAt: string | null;
  error: string | null;
}

/** One announcement to one channel: `what` is 'new' or 'deadline:<old>><new>'. */
export interface AnnouncementDelivery {
  platform: Platform;
  channelId: string;
  postingId: string;
  what: string;
  state: DeliveryState;
  attempts: number;
  claimedAt: string;
  lastAttemptAt: string;
  sentAt: string | null;
  error: string | null;
}

/**
 * What a claim found. 'post': this caller holds the claim and may post; `previous` says why the
 * row was free: 'none' (first time), 'failed' (a retry), 'stale' (a claim whose lease expired:
 * its holder died mid-delivery and the outcome is unknown, so ask the platform before posting
 * again). 'done': already sent, or given up after the maximum attempts. 'busy': claimed under a
 * live lease, by this or another replica, whose delivery is running now.
 */
export type Claim =
  | { status: 'post'; previous: 'none' | 'failed' | 'stale'; attempts: number; claimedAt: string }
  | { status: 'done'; state: 'sent' | 'failed'; attempts: number }
  | { status: 'busy' };

export interface ClaimOptions {
  /** Attempts in all before a failing delivery is given up (default 5). */
  maxAttempts?: number;
  /**
   * How long a claim stays its holder's without a renewal (default 60 s). The holder renews it
   * while it delivers; once it lapses the holder is taken for dead and any replica may take over.
   */
  leaseMs?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_LEASE_MS = 60_000;

/** Inbound event ids are kept this long: Slack retries within minutes, sockets within seconds. */
export const SEEN_EVENTS_KEEP_MS = 24 * 3_600_000;
/** Conversations are kept this long after their last word (they end after 30 minutes). */
export const CONVERSATIONS_KEEP_MS = 2 * 3_600_000;
/** Housekeeping (old events, ended conversations) runs every this many writes. */
export const PRUNE_EVERY = 256;

/** Opening options both engines take. */
export interface StoreOptions {
  /** Who holds this store's claims (a replica id, in logs and the `owner` column); random by default. */
  owner?: string;
  /**
   * The real-time clock of leases (default Date.now). Leases measure whether a process is alive,
   * so they run on wall time, never on the bot's business clock (`--now`).
   */
  leaseClock?: () => number;
}

export type Outcome = { ok: true } | { ok: false; error: string };

/** What the bot last knew of a posting, to notice new postings and changed deadlines. */
export interface KnownPosting {
  postingId: string;
  title: string;
  deadline: string | null;
  firstSeen: string;
}

/** When a posting's calendar event occurs now: 'YYYY-MM-DD', or an ISO instant when timed. */
export interface CalendarOccurrence {
  postingId: string;
  occurs: string;
}

/** Which delivery a lease renewal or an outcome is about. */
export type DeliveryRef =
  | { kind: 'reminder'; key: ReminderKey }
  | { kind: 'announcement'; platform: Platform; channelId: string; postingId: string; what: string };

export interface Store {
  /** The engine, for logs and /readyz. */
  readonly engine: 'sqlite' | 'postgres';
  /** The id this store's claims carry. */
  readonly owner: string;

  // Subscriptions: one per (platform, channel); subscribing again replaces it.
  subscribe(sub: Subscription): Promise<void>;
  unsubscribe(platform: Platform, channelId: string): Promise<boolean>;
  subscriptions(platform?: Platform): Promise<Subscription[]>;
  subscription(platform: Platform, channelId: string): Promise<Subscription | null>;

  /**
   * Claims a reminder before it is posted, in one transaction (see `Claim`), under a lease held
   * by `owner`. Only a 'post' claim may be posted, and its outcome recorded with `markReminder`.
   * Rejects on a store error (busy, full, unreachable): then nothing is claimed and nothing may
   * be posted.
   */
  claimReminder(key: ReminderKey, now: Date, options?: ClaimOptions): Promise<Claim>;
  /** Records the outcome of a reminder this store claimed (a claim taken over since is left alone). */
  markReminder(key: ReminderKey, outcome: Outcome, now: Date): Promise<void>;
  deliveries(filter?: Partial<ReminderKey>): Promise<Delivery[]>;
  /** Deletes reminder delivery records of deadlines before `deadlineBefore` (YYYY-MM-DD). */
  pruneDeliveries(deadlineBefore: string): Promise<number>;

  /**
   * Extends the lease of a claim this store holds, by `leaseMs` from now (lease clock). False
   * when the claim is no longer ours (it lapsed and another replica took it over, or it is done).
   */
  renewLease(ref: DeliveryRef, leaseMs?: number): Promise<boolean>;

  /**
   * Claims several deliveries (reminders, announcements) in one transaction: each by the rule of
   * `claimReminder`, one commit for all, so a digest of a channel's 300 reminders costs one write
   * to the disk (SQLite) or a few round trips (PostgreSQL), not one each. `claims[i]` is the claim
   * of `refs[i]`; a ref given twice is claimed once and its repeat is busy. Rejects on a store
   * error: then nothing is claimed.
   */
  claimDeliveries(refs: DeliveryRef[], now: Date, options?: ClaimOptions): Promise<Claim[]>;
  /** Records one outcome for several deliveries this store claimed, in one transaction. */
  markDeliveries(refs: DeliveryRef[], outcome: Outcome, now: Date): Promise<void>;
  /** `renewLease` for several claims at once: how many are still ours. */
  renewLeases(refs: DeliveryRef[], leaseMs?: number): Promise<number>;

  /** Announcements of new postings / changed deadlines: claimed once per (channel, posting, what). */
  claimAnnouncement(
    platform: Platform,
    channelId: string,
    postingId: string,
    what: string,
    now: Date,
    options?: ClaimOptions,
  ): Promise<Claim>;
  markAnnouncement(
    platform: Platform,
    channelId: string,
    postingId: string,
    what: string,
    outcome: Outcome,
    now: Date,
  ): Promise<void>;
  announcements(filter?: {
    platform?: Platform;
    channelId?: string;
    postingId?: string;
  }): Promise<AnnouncementDelivery[]>;

  /** Postings the bot has seen, to tell new ones and changed deadlines from known ones. */
  knownPostings(): Promise<KnownPosting[]>;
  /** Adds or updates postings (first-seen kept); the first call also records the baseline. */
  rememberPostings(postings: { postingId: string; title: string; deadline: string | null }[], now: Date): Promise<void>;
  forgetPostings(postingIds: string[]): Promise<void>;
  /**
   * When postings were first recorded (ISO instant), or null on a store that never recorded any:
   * the bot's very first start, whose corpus is remembered without being announced.
   */
  postingsBaseline(): Promise<string | null>;

  // Per-user marks on postings (I applied / stop / snooze): one per (platform, user, posting),
  // marking again replaces it.
  markPosting(mark: PostingMark): Promise<void>;
  unmarkPosting(platform: Platform, userId: string, postingId: string): Promise<boolean>;
  /** Marks, by platform, user and posting id (bytewise). */
  postingMarks(filter?: { platform?: Platform; userId?: string }): Promise<PostingMark[]>;
  /** Deletes every mark of a user; returns how many there were. */
  forgetPostingMarks(platform: Platform, userId: string): Promise<number>;

  // Eligibility profiles: opt-in, per user, shown and deleted on request.
  profile(platform: Platform, userId: string): Promise<UserFacts | null>;
  saveProfile(platform: Platform, userId: string, facts: UserFacts, now: Date): Promise<void>;
  forgetProfile(platform: Platform, userId: string): Promise<boolean>;

  /**
   * Records an inbound event id (a Slack event or retry, a Mattermost post seen on every
   * replica's socket): true for the first caller in the whole deployment, false for every later
   * one, so each event is answered once. Ids older than a day are forgotten.
   */
  firstSighting(eventId: string, now: Date): Promise<boolean>;

  /** A conversation's topic saved at or after `since` (older ones count as ended), or null. */
  conversationTopic(key: string, since: Date): Promise<Topic | null>;
  saveConversationTopic(key: string, topic: Topic, now: Date): Promise<void>;

  // Calendar feeds (`/positions calendar`): one secret token per (platform, channel), where a
  // channel id '@user' is a person's own subscription.
  /** The channel's feed token; `fresh` becomes it when it has none (every replica then agrees). */
  calendarToken(platform: Platform, channelId: string, fresh: string, now: Date): Promise<string>;
  /** Replaces the channel's token with `fresh`: the old URL stops working at once. */
  resetCalendarToken(platform: Platform, channelId: string, fresh: string, now: Date): Promise<void>;
  /** The channel whose feed `token` opens, or null for a wrong or revoked token. */
  calendarFeed(token: string): Promise<{ platform: Platform; channelId: string } | null>;
  /**
   * The SEQUENCE of each posting's calendar event, given when it occurs now (its deadline date or
   * instant): 0 the first time, one more each time that changes, never less, on every replica.
   */
  eventSequences(events: CalendarOccurrence[]): Promise<Map<string, number>>;
  /**
   * A secret shared by every replica (e.g. the key that signs posting .ics links): `fresh` the
   * first time `name` is asked for, the stored one ever after.
   */
  deploymentSecret(name: string, fresh: string): Promise<string>;

  /** Resolves when the database answers (for /readyz); rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
