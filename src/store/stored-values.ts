// Values both engines store the same way (JSON columns, marks), read back defensively: a
// damaged value reads as none rather than failing every read.
import type { Platform } from '../bot/types.ts';
import type { AnnouncementDelivery, Delivery, DeliveryState, PostingMark, Subscription } from './store.ts';

/** A subscription's posting ids as stored: a JSON array, NULL for none (both engines). */
export function postingIdsColumn(ids: string[] | undefined): string | null {
  const unique = [...new Set((ids ?? []).filter((id) => typeof id === 'string' && id !== ''))];
  return unique.length > 0 ? JSON.stringify(unique) : null;
}

/** The stored posting ids read back; a damaged value reads as none. */
export function postingIdsOf(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === 'string' && id !== '') : [];
  } catch {
    return [];
  }
}

export function toPostingMark(r: Record<string, unknown>): PostingMark {
  return {
    platform: r.platform as Platform,
    userId: String(r.user_id),
    postingId: String(r.posting_id),
    state: r.state as PostingMark['state'],
    until: r.until === null || r.until === undefined ? null : String(r.until),
    updatedAt: String(r.updated_at),
  };
}

/** A subscription row read back; damaged offsets read as none (no reminders), not as a failure. */
export function toSubscription(row: Record<string, unknown>): Subscription {
  let offsets: number[] = [];
  try {
    const parsed: unknown = JSON.parse(String(row.offsets));
    if (Array.isArray(parsed)) offsets = parsed.filter((n): n is number => Number.isInteger(n) && n >= 0);
  } catch {
    // A damaged row keeps the subscription, without reminders, rather than failing every read.
  }
  const postingIds = postingIdsOf(row.posting_ids);
  return {
    platform: row.platform as Platform,
    channelId: String(row.channel_id),
    offsets,
    filter: row.filter === null ? null : String(row.filter),
    ...(postingIds.length > 0 ? { postingIds } : {}),
    createdBy: String(row.created_by),
    createdAt: String(row.created_at),
  };
}

/** The attempt columns of a reminder or announcement delivery row. */
export function attemptOf(r: Record<string, unknown>) {
  return {
    state: r.state as DeliveryState,
    attempts: Number(r.attempts),
    claimedAt: String(r.claimed_at),
    lastAttemptAt: String(r.last_attempt_at),
    sentAt: r.sent_at === null ? null : String(r.sent_at),
    error: r.error === null ? null : String(r.error),
  };
}

export function toDelivery(r: Record<string, unknown>): Delivery {
  return {
    platform: r.platform as Platform,
    channelId: String(r.channel_id),
    postingId: String(r.posting_id),
    deadline: String(r.deadline),
    daysBefore: Number(r.days_before),
    ...attemptOf(r),
  };
}

export function toAnnouncement(r: Record<string, unknown>): AnnouncementDelivery {
  return {
    platform: r.platform as Platform,
    channelId: String(r.channel_id),
    postingId: String(r.posting_id),
    what: String(r.what),
    ...attemptOf(r),
  };
}
