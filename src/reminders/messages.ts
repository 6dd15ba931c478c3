// The Replies the bot posts on its own: deadline reminders and announcements of new postings
// and changed deadlines. Plain text only; posting strings stay data (renderers escape them).
import type { Block, Field, PostingRef, Reply } from '../answers/reply.ts';
import { formatDate } from '../answers/text.ts';
import type { Posting } from '../corpus/posting.ts';
import { renderPlain } from '../render/plain-text.ts';
import { daysBetween } from '../time/calendar.ts';

/** "closes today", "1 day left", "5 days left", "closed". */
export function daysLeftWords(daysLeft: number): string {
  if (daysLeft < 0) return 'closed';
  if (daysLeft === 0) return 'closes today';
  if (daysLeft === 1) return '1 day left';
  return `${daysLeft} days left`;
}

/** A posting as a reminder or announcement cites it, with its status on `today`. */
export function refOf(p: Posting, today: string): PostingRef {
  const deadline = p.deadline?.date ?? null;
  return {
    id: p.id,
    title: p.title,
    status: deadline === null ? 'unknown' : deadline < today ? 'closed' : 'open',
    deadline,
    source: { file: p.source.file, line: p.source.line },
  };
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What, where, when and how to apply, as a card. */
function postingCard(p: Posting, today: string): Block {
  const fields: Field[] = [];
  const add = (label: string, value: string | null | undefined) => {
    if (value) fields.push({ label, value });
  };
  add('Organisation', p.organisation);
  add('Experiment', p.experiment);
  const where = p.location ? flat(p.location.text) : null;
  add(
    'Location',
    where && p.country && !where.toLowerCase().includes(p.country.toLowerCase()) ? `${where} (${p.country})` : where,
  );
  if (!where) add('Country', p.country);
  if (p.deadline) {
    const left = daysBetween(today, p.deadline.date);
    add('Deadline', `${formatDate(p.deadline.date)}: ${daysLeftWords(left)}`);
  }
  const emails = [...new Set(p.contacts.map((c) => c.email).filter((e): e is string => Boolean(e)))];
  add('Apply to', emails.length ? emails.join(', ') : null);
  add('Link', p.links[0]);
  const sections: { title: string; items: string[] }[] = [];
  if (p.documents.length) sections.push({ title: 'Documents', items: p.documents.map((d) => flat(d.text)) });
  return { kind: 'card', posting: refOf(p, today), fields, sections };
}

/** The card already cites the posting's file and line. */
function finish(p: Posting, today: string, blocks: Block[]): Reply {
  const draft: Omit<Reply, 'text'> = {
    blocks,
    postings: [refOf(p, today)],
    suggestions: [`show ${p.id}`],
    topic: { postingId: p.id, intent: 'show' },
  };
  const reply: Reply = { text: '', ...draft };
  reply.text = renderPlain(reply);
  return reply;
}

/**
 * A deadline reminder: `daysLeft` as counted today (a caught-up reminder says the true count),
 * with buttons (./reminder-actions.ts) when given.
 */
export function reminderReply(p: Posting, deadline: string, daysLeft: number, today: string, actions?: Block): Reply {
  const when = daysLeftWords(daysLeft);
  const date = formatDate(deadline);
  const lead =
    daysLeft === 0
      ? `Last day to apply: "${p.title}" closes today, ${date}.`
      : daysLeft === 1
        ? `"${p.title}" closes tomorrow, ${date}.`
        : `"${p.title}" closes in ${daysLeft} days, on ${date}.`;
  return finish(p, today, [
    { kind: 'heading', text: `Deadline reminder: ${when}` },
    { kind: 'paragraph', text: lead },
    postingCard(p, today),
    { kind: 'paragraph', text: `Say "show ${p.id}" for the whole posting.` },
    ...(actions ? [actions] : []),
  ]);
}

/** "New posting: …", to channels whose filter matches. */
export function newPostingReply(p: Posting, today: string, actions?: Block): Reply {
  return finish(p, today, [
    { kind: 'heading', text: `New posting: ${p.title}` },
    postingCard(p, today),
    { kind: 'paragraph', text: `Say "show ${p.id}" for the whole posting.` },
    ...(actions ? [actions] : []),
  ]);
}

/** "Deadline changed: … was X, now Y". */
export function deadlineChangedReply(
  p: Posting,
  was: string | null,
  now: string,
  today: string,
  actions?: Block,
): Reply {
  const before = was ? formatDate(was) : 'not stated';
  return finish(p, today, [
    { kind: 'heading', text: `Deadline changed: ${p.title}` },
    {
      kind: 'paragraph',
      text: `The deadline of "${p.title}" was ${before}, now ${formatDate(now)} (${daysLeftWords(daysBetween(today, now))}).`,
    },
    postingCard(p, today),
    { kind: 'paragraph', text: `Say "show ${p.id}" for the whole posting.` },
    ...(actions ? [actions] : []),
  ]);
}
