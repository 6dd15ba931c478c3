// Until the brain (createBrain) and the bot (createBot) land, the adapter tests answer with a
// MessageHandler built from real modules: the seeds loaded by loadCorpus, searched by words,
// replied to as a real Reply. It counts its calls so tests can prove what reached it.
import { fileURLToPath } from 'node:url';
import type { PostingRef, Reply } from '../../../src/answers/reply.ts';
import type { Inbound, MessageHandler } from '../../../src/bot/types.ts';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import type { Posting } from '../../../src/corpus/posting.ts';
import { postingStatus } from '../../../src/corpus/status.ts';

export const SEEDS = fileURLToPath(new URL('../../../seeds', import.meta.url));

export interface CountingHandler extends MessageHandler {
  calls: Inbound[];
}

function ref(p: Posting, now: Date): PostingRef {
  return {
    id: p.id,
    title: p.title,
    status: postingStatus(p, now, 'Europe/Zurich'),
    deadline: p.deadline?.date ?? null,
    source: p.source,
  };
}

export async function corpusHandler(now = new Date('2026-11-22T12:00:00Z')): Promise<CountingHandler> {
  const { postings } = await loadCorpus(SEEDS);
  const calls: Inbound[] = [];
  return {
    calls,
    async handle(msg) {
      calls.push(msg);
      const words = msg.text.toLowerCase().split(/\s+/).filter(Boolean);
      const hits = postings.filter((p) => words.every((w) => `${p.title} ${p.text}`.toLowerCase().includes(w)));
      const refs = hits.map((p) => ref(p, now));
      const first = refs[0];
      const reply: Reply = {
        text: hits.length > 0 ? hits.map((p) => p.title).join('\n') : 'No posting matches.',
        blocks: [
          { kind: 'heading', text: `Postings for "${msg.text}"` },
          { kind: 'list', items: refs.map((r) => ({ posting: r, text: r.title })) },
          ...(first ? [{ kind: 'citation' as const, source: first.source }] : []),
        ],
        postings: refs,
        suggestions: first ? [`show ${first.id}`] : [],
      };
      return reply;
    },
  };
}
