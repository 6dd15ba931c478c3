// Conversations kept in the store rather than in one process's memory: with several replicas
// behind a load balancer, "I'm Italian, with a master's" may reach a replica other than the one
// that asked for it. Same contract as ./conversations.ts (a topic lasts 30 minutes on the clock).
import type { Topic } from '../answers/reply.ts';
import type { Store } from '../store/store.ts';
import { CONVERSATION_TTL_MS } from './conversations.ts';
import type { Clock } from './types.ts';

export interface SharedConversations {
  topic(key: string): Promise<Topic | undefined>;
  remember(key: string, topic: Topic): Promise<void>;
  /** Keep what the conversation is about, forget what the asker said about themselves in it. */
  forgetFacts(key: string): Promise<void>;
}

export function storedConversations(options: { store: Store; clock: Clock; ttlMs?: number }): SharedConversations {
  const ttl = options.ttlMs ?? CONVERSATION_TTL_MS;
  return {
    // A store that fails loses the follow-up, not the answer: the question is answered afresh.
    async topic(key) {
      const since = new Date(options.clock().getTime() - ttl);
      return (await options.store.conversationTopic(key, since).catch(() => null)) ?? undefined;
    },
    async remember(key, topic) {
      await options.store.saveConversationTopic(key, topic, options.clock()).catch(() => {});
    },
    async forgetFacts(key) {
      const topic = await this.topic(key);
      if (!topic?.facts) return;
      const { facts: _dropped, ...rest } = topic;
      await this.remember(key, rest);
    },
  };
}
