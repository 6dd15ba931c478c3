// The store interface: what the bot keeps across restarts. SQLite implements it
// (./sqlite-store.ts); a server database can implement it later. All calls are synchronous
// because better-sqlite3 is; a server implementation would wrap this in an async twin.

import type { Platform } from '../bot/types.ts';
import type { UserFacts } from '../eligibility/index.ts';

/** A channel that asked for reminders and announcements (`/positions subscribe`). */
export interface Subscription {
  platform: Platform;
  channelId: string;
  /** Days before a deadline to remind on, e.g. [14, 7, 1]. */
  offsets: number[];
  /** Optional words a posting must match (a skill, an organisation, an experiment); null for all. */
  filter: string | null;
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
 * row was free: 'none' (first time), 'failed' (a retry), 'stale' (a claim left by a crash, whose
 * outcome is unknown: ask the platform before posting again). 'done': already sent, or given up
 * after the maximum attempts. 'busy': claimed by a delivery that is running now.
 */
export type Claim =
  | { status: 'post'; previous: 'none' | 'failed' | 'stale'; attempts: number; claimedAt: string }
  | { status: 'done'; state: 'sent' | 'failed'; attempts: number }
  | { status: 'busy' };

export interface ClaimOptions {
  /** Attempts in all before a failing delivery is given up (default 5). */
  maxAttempts?: number;
  /**
   * A claim of this store session older than this is treated as lost (default 15 minutes).
   * Claims of an earlier session (a process that stopped or crashed) are stale at once.
   */
  staleAfterMs?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_STALE_AFTER_MS = 15 * 60_000;

export type Outcome = { ok: true } | { ok: false; error: string };

/** What the bot last knew of a posting, to notice new postings and changed deadlines. */
export interface KnownPosting {
  postingId: string;
  title: string;
  deadline: string | null;
  firstSeen: string;
}

export interface Store {
  // Subscriptions: one per (platform, channel); subscribing again replaces it.
  subscribe(sub: Subscription): void;
  unsubscribe(platform: Platform, channelId: string): boolean;
  subscriptions(platform?: Platform): Subscription[];
  subscription(platform: Platform, channelId: string): Subscription | null;

  /**
   * Claims a reminder before it is posted, in one transaction (see `Claim`). Only a 'post' claim
   * may be posted, and its outcome recorded with `markReminder`. Throws on a store error
   * (SQLITE_BUSY, SQLITE_FULL): then nothing is claimed and nothing may be posted.
   */
  claimReminder(key: ReminderKey, now: Date, options?: ClaimOptions): Claim;
  /** Records the outcome of a claimed reminder. */
  markReminder(key: ReminderKey, outcome: Outcome, now: Date): void;
  deliveries(filter?: Partial<ReminderKey>): Delivery[];
  /** Deletes reminder delivery records of deadlines before `deadlineBefore` (YYYY-MM-DD). */
  pruneDeliveries(deadlineBefore: string): number;

  /** Announcements of new postings / changed deadlines: claimed once per (channel, posting, what). */
  claimAnnouncement(
    platform: Platform,
    channelId: string,
    postingId: string,
    what: string,
    now: Date,
    options?: ClaimOptions,
  ): Claim;
  markAnnouncement(
    platform: Platform,
    channelId: string,
    postingId: string,
    what: string,
    outcome: Outcome,
    now: Date,
  ): void;
  announcements(filter?: { platform?: Platform; channelId?: string; postingId?: string }): AnnouncementDelivery[];

  /** Postings the bot has seen, to tell new ones and changed deadlines from known ones. */
  knownPostings(): KnownPosting[];
  /** Adds or updates postings (first-seen kept); the first call also records the baseline. */
  rememberPostings(postings: { postingId: string; title: string; deadline: string | null }[], now: Date): void;
  forgetPostings(postingIds: string[]): void;
  /**
   * When postings were first recorded (ISO instant), or null on a store that never recorded any:
   * the bot's very first start, whose corpus is remembered without being announced.
   */
  postingsBaseline(): string | null;

  // Eligibility profiles: opt-in, per user, shown and deleted on request.
  profile(platform: Platform, userId: string): UserFacts | null;
  saveProfile(platform: Platform, userId: string, facts: UserFacts, now: Date): void;
  forgetProfile(platform: Platform, userId: string): boolean;

  close(): void;
}
