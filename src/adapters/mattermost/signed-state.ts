// A dialog's `state`, signed: Mattermost echoes it back with the submission, which reaches the
// bot's port from anyone who can reach it, unsigned. The state names the user and the channel the
// dialog was opened for and when it expires, under an HMAC-SHA256; a submission is taken only
// with a state the bot made, unexpired, for the user and channel the submission names.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface StateFields {
  userId: string;
  channelId: string;
}

/** A key for one purpose, derived from a secret the bot already holds (domain-separated). */
export function deriveKey(secret: string, purpose: string): Buffer {
  return createHmac('sha256', secret).update(`positions:${purpose}`).digest();
}

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

export function signState(key: Buffer, fields: StateFields, expiresAtMs: number): string {
  const payload = Buffer.from(JSON.stringify({ u: fields.userId, c: fields.channelId, e: expiresAtMs })).toString(
    'base64url',
  );
  return `${payload}.${mac(key, payload).toString('base64url')}`;
}

/** The fields of a state this key signed and that has not expired at `nowMs`, or null. */
export function verifyState(key: Buffer, state: unknown, nowMs: number): StateFields | null {
  if (typeof state !== 'string' || state.length > 1_000) return null;
  const [payload, signature, extra] = state.split('.');
  if (!payload || !signature || extra !== undefined) return null;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const f = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
      u?: unknown;
      c?: unknown;
      e?: unknown;
    };
    if (typeof f.u !== 'string' || typeof f.c !== 'string' || typeof f.e !== 'number' || f.e < nowMs) return null;
    return { userId: f.u, channelId: f.c };
  } catch {
    return null;
  }
}
