// The addresses of calendar feeds and of one posting's .ics, under PUBLIC_URL. A feed's URL holds
// a random secret token (stored, revocable); a posting's link is signed with the deployment's
// key, so only links the bot gave out open, and a posting cannot be fetched by guessing its id.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const CALENDAR_PREFIX = '/calendar/';
export const POSTING_CALENDAR_PREFIX = '/calendar/posting/';

/** 24 random bytes (192 bits) as base64url: 32 characters. */
const TOKEN_BYTES = 24;
export const FEED_TOKEN = /^[A-Za-z0-9_-]{32}$/;
/** A posting link's key: 16 bytes of HMAC-SHA256 as base64url (22 characters). */
const KEY_CHARS = 22;

/** A new feed token: unguessable (crypto), URL-safe. */
export function newFeedToken(): string {
  return randomBytes(TOKEN_BYTES).toString('base64url');
}

/** A new deployment key for posting links (kept in the store, shared by every replica). */
export function newLinkSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The key of a posting's .ics link. */
export function postingKey(secret: string, postingId: string): string {
  return createHmac('sha256', secret).update(`posting:${postingId}`).digest('base64url').slice(0, KEY_CHARS);
}

/** Whether `key` is the posting's, compared in constant time. */
export function postingKeyMatches(secret: string, postingId: string, key: string): boolean {
  const want = Buffer.from(postingKey(secret, postingId));
  const got = Buffer.from(key);
  return got.length === want.length && timingSafeEqual(got, want);
}

/** Only these characters stand in a path as they are: what Slack and Markdown links leave alone. */
function pathPart(s: string): string {
  return s.replace(/[^A-Za-z0-9._-]/g, (c) =>
    [...Buffer.from(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
}

export interface CalendarLinks {
  /** A subscription's feed, by its token. */
  feedUrl(token: string): string;
  /** One posting's .ics, signed. */
  postingUrl(postingId: string): string;
}

/** Links under the public address, which is read at each call (PORT=0 is known only once listening). */
export function calendarLinks(publicUrl: () => string, secret: string): CalendarLinks {
  return {
    feedUrl: (token) => `${publicUrl()}${CALENDAR_PREFIX}${pathPart(token)}.ics`,
    postingUrl: (id) => `${publicUrl()}${POSTING_CALENDAR_PREFIX}${pathPart(id)}.ics?key=${postingKey(secret, id)}`,
  };
}
