// Values both engines store the same way (JSON columns, marks), read back defensively: a
// damaged value reads as none rather than failing every read.
import type { Platform } from '../bot/types.ts';
import type { PostingMark } from './store.ts';

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
