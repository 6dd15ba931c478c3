// One message for several deliveries to a channel: new postings announced together, or the
// deadline reminders of one sweep. A line each (title, deadline, where), at most `cap` of them,
// then "and N more". One file with 1,000 rows once posted 1,000 messages into a channel, and a
// channel subscribing to 10,000 postings got 300 reminders at once; now each is one message.
import type { Reply } from '../answers/reply.ts';
import { formatDate } from '../answers/text.ts';
import type { Posting } from '../corpus/posting.ts';
import { renderPlain } from '../render/plain-text.ts';
import type { CurrentReminder } from './due.ts';
import { daysLeftWords, refOf } from './messages.ts';

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

/** The reminders of one sweep for one channel, soonest deadline first (as they come). */
export function remindersDigestReply(reminders: CurrentReminder[], today: string, cap = DIGEST_CAP): Reply {
  const shown = reminders.slice(0, cap);
  const more = reminders.length - shown.length;
  const items = shown.map((r) => {
    const p = r.posting;
    const where = p.country ?? p.location?.text.replace(/\s+/g, ' ').trim() ?? null;
    const parts = [`${daysLeftWords(r.daysLeft)}, apply by ${formatDate(r.deadline)}`, where, p.organisation];
    return { posting: refOf(p, today), text: p.title, detail: parts.filter(Boolean).join(' · ') };
  });
  const furthest = Math.max(...reminders.map((r) => r.daysLeft));
  const draft: Omit<Reply, 'text'> = {
    blocks: [
      { kind: 'heading', text: `Deadline reminders: ${reminders.length} postings close soon` },
      { kind: 'list', title: `Closing in the next ${furthest === 1 ? 'day' : `${furthest} days`}:`, items },
      ...(more > 0
        ? [
            {
              kind: 'paragraph' as const,
              text: `And ${more} more: say '/positions deadlines ${Math.max(1, furthest)}' to see them all.`,
            },
          ]
        : []),
    ],
    postings: shown.map((r) => refOf(r.posting, today)),
    suggestions: shown[0] ? [`show ${shown[0].posting.id}`] : [],
  };
  return { ...draft, text: renderPlain({ ...draft, text: '' }) };
}
