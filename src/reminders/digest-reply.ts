// One message announcing several new postings to a channel: a line each (title, deadline,
// where), at most `cap` of them, then "and N more". One file with 1,000 rows once posted 1,000
// messages into a channel; now it is one.
import type { Reply } from '../answers/reply.ts';
import { formatDate } from '../answers/text.ts';
import type { Posting } from '../corpus/posting.ts';
import { renderPlain } from '../render/plain-text.ts';
import { refOf } from './messages.ts';

export const DIGEST_CAP = 10;

export function newPostingsDigestReply(postings: Posting[], today: string, cap = DIGEST_CAP): Reply {
  const shown = postings.slice(0, cap);
  const more = postings.length - shown.length;
  const items = shown.map((p) => {
    const where = p.country ?? p.location?.text.replace(/\s+/g, ' ').trim() ?? null;
    const parts = [p.deadline ? `apply by ${formatDate(p.deadline.date)}` : 'no deadline given', where, p.organisation];
    return { posting: refOf(p, today), text: p.title, detail: parts.filter(Boolean).join(' · ') };
  });
  const draft: Omit<Reply, 'text'> = {
    blocks: [
      { kind: 'list', title: `${postings.length} new postings:`, items },
      ...(more > 0
        ? [{ kind: 'paragraph' as const, text: `And ${more} more: say '/positions list' to see them all.` }]
        : []),
    ],
    postings: shown.map((p) => refOf(p, today)),
    suggestions: shown[0] ? [`show ${shown[0].id}`] : [],
  };
  return { ...draft, text: renderPlain({ ...draft, text: '' }) };
}
