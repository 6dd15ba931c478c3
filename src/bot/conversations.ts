// What each conversation (platform, channel, user) last talked about, so a follow-up such as
// "I'm Italian, with a master's" or "and the DIRAC one?" continues it. Kept for a while by the
// injected clock, in bounded memory.
import type { Topic } from '../answers/reply.ts';
import type { Clock } from './types.ts';

export const CONVERSATION_TTL_MS = 30 * 60_000;

export interface Conversations {
  topic(key: string): Topic | undefined;
  remember(key: string, topic: Topic): void;
  /**
   * Forget what a user said about themselves in all their conversations, keeping what they talk
   * about: after `profile set` the stored profile is what counts, after `profile forget` nothing.
   */
  forgetFacts(platform: string, userId: string): void;
  readonly size: number;
}

export function createConversations(options: { clock: Clock; ttlMs?: number; maxEntries?: number }): Conversations {
  const ttl = options.ttlMs ?? CONVERSATION_TTL_MS;
  const max = options.maxEntries ?? 10_000;
  const entries = new Map<string, { topic: Topic; at: number }>();

  function dropExpired(now: number): void {
    for (const [key, e] of entries) if (now - e.at > ttl) entries.delete(key);
  }

  return {
    topic(key) {
      const e = entries.get(key);
      if (!e) return undefined;
      if (options.clock().getTime() - e.at > ttl) {
        entries.delete(key);
        return undefined;
      }
      return e.topic;
    },
    remember(key, topic) {
      const now = options.clock().getTime();
      entries.delete(key);
      entries.set(key, { topic, at: now });
      if (entries.size > max) dropExpired(now);
      // Still full: the least recently updated conversations go.
      while (entries.size > max) {
        const first = entries.keys().next().value;
        if (first === undefined) break;
        entries.delete(first);
      }
    },
    forgetFacts(platform, userId) {
      const prefix = `${platform}\u0000`;
      const suffix = `\u0000${userId}`;
      for (const [key, e] of entries) {
        if (!key.startsWith(prefix) || !key.endsWith(suffix) || !e.topic.facts) continue;
        const { facts: _dropped, ...rest } = e.topic;
        e.topic = rest;
      }
    },
    get size() {
      return entries.size;
    },
  };
}

export function conversationKey(platform: string, channelId: string, userId: string): string {
  return `${platform}\u0000${channelId}\u0000${userId}`;
}
