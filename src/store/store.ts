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
  /** ISO instants. */
  claimedAt: string;
  sentAt: string | null;
  error: string | null;
}

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
   * Claims a reminder before it is posted. Returns true when this caller may post it: no row yet,
   * or an earlier attempt failed (a retry). A 'sent' row, or a 'claimed' row (a crash between
   * claim and post: the outcome is unknown), is not claimed again; see `staleClaims`.
   */
  claimReminder(key: ReminderKey, now: Date): boolean;
  /** Records the outcome of a claimed reminder. */
  markReminder(key: ReminderKey, outcome: { ok: true } | { ok: false; error: string }, now: Date): void;
  deliveries(filter?: Partial<ReminderKey>): Delivery[];

  /** Announcements of new postings / changed deadlines: claimed once per (channel, posting, what). */
  claimAnnouncement(platform: Platform, channelId: string, postingId: string, what: string, now: Date): boolean;
  markAnnouncement(
    platform: Platform,
    channelId: string,
    postingId: string,
    what: string,
    outcome: { ok: true } | { ok: false; error: string },
    now: Date,
  ): void;

  /** Postings the bot has seen, to tell new ones and changed deadlines from known ones. */
  knownPostings(): KnownPosting[];
  rememberPostings(postings: { postingId: string; title: string; deadline: string | null }[], now: Date): void;
  forgetPostings(postingIds: string[]): void;

  // Eligibility profiles: opt-in, per user, shown and deleted on request.
  profile(platform: Platform, userId: string): UserFacts | null;
  saveProfile(platform: Platform, userId: string, facts: UserFacts, now: Date): void;
  forgetProfile(platform: Platform, userId: string): boolean;

  close(): void;
}
