// What every answer needs: the index, the clock in the bot's time zone, and posting references.
import type { Posting, PostingStatus } from '../corpus/posting.ts';
import { daysBetween } from '../time/calendar.ts';
import type { Block, PostingRef, Reply, Topic } from './reply.ts';
import type { PostingIndex } from './search-index.ts';
import { formatDate } from './text.ts';

export interface AnswerEnv {
  index: PostingIndex;
  now: Date;
  timeZone: string;
  /** YYYY-MM-DD in the time zone. */
  today: string;
}

export function refOf(env: AnswerEnv, p: Posting): PostingRef {
  return {
    id: p.id,
    title: p.title,
    status: statusOf(env, p),
    deadline: p.deadline?.date ?? null,
    source: { file: p.source.file, line: p.source.line },
  };
}

/** As `postingStatus`, from `env.today` (already the day of `env.now` in the time zone): a sort compares thousands. */
export function statusOf(env: AnswerEnv, p: Posting): PostingStatus {
  if (!p.deadline) return 'unknown';
  return env.today > p.deadline.date ? 'closed' : 'open';
}

/** Days from today to the deadline (negative once passed), or null without one. */
export function daysLeft(env: AnswerEnv, p: Posting): number | null {
  return p.deadline ? daysBetween(env.today, p.deadline.date) : null;
}

/** How near a deadline is, in words: "open, 3 days left, deadline ...", "closed: the deadline ... has passed". */
export function deadlineNote(env: AnswerEnv, p: Posting): string {
  const d = daysLeft(env, p);
  if (d === null || !p.deadline) return 'no deadline stated';
  const date = formatDate(p.deadline.date);
  if (d < 0) return `closed: the deadline ${date} has passed`;
  if (d === 0) return `open, last day today, ${date}`;
  if (d === 1) return `open, 1 day left, deadline ${date}`;
  if (d <= 60) return `open, ${d} days left, deadline ${date}`;
  return `open until ${date}`;
}

/** The same without the leading "open"/"closed", for sentences that already say it. */
export function timeLeft(env: AnswerEnv, p: Posting): string {
  return deadlineNote(env, p).replace(/^open(?:, | until )/, (m) => (m === 'open until ' ? 'until ' : ''));
}

export function statusWords(env: AnswerEnv, p: Posting): string {
  const s = statusOf(env, p);
  if (s === 'unknown') return 'status unknown (no deadline stated)';
  return deadlineNote(env, p);
}

/** Deadline order for lists: open soonest first, then no deadline, then closed most recent first. */
function statusRank(env: AnswerEnv, p: Posting): number {
  const s = statusOf(env, p);
  return s === 'open' ? 0 : s === 'unknown' ? 1 : 2;
}

interface DeadlineKey {
  p: Posting;
  rank: number;
  date: string;
  /** Position in the input: postings come in source order (or by relevance), kept for ties. */
  order: number;
}

function keyOf(env: AnswerEnv, p: Posting, order: number): DeadlineKey {
  return { p, rank: statusRank(env, p), date: p.deadline?.date ?? '', order };
}

function compareKeys(a: DeadlineKey, b: DeadlineKey): number {
  if (a.rank !== b.rank) return a.rank - b.rank;
  if (a.date !== b.date) return a.rank === 2 ? (a.date < b.date ? 1 : -1) : a.date < b.date ? -1 : 1;
  return a.order - b.order;
}

/**
 * Open first, soonest deadline first; then unknown; then closed, most recently closed first.
 * Each posting's status is worked out once, not per comparison (it shows at 10,000 postings).
 */
export function sortByDeadline(env: AnswerEnv, ps: readonly Posting[]): Posting[] {
  return ps
    .map((p, i) => keyOf(env, p, i))
    .sort(compareKeys)
    .map((k) => k.p);
}

/** A few words that name the posting in a suggested command ("show cms cat ppd"), or its id. */
export function shortName(env: AnswerEnv, p: Posting): string {
  return env.index.shortName(p);
}

export function cite(p: Posting, line?: number): Block {
  return { kind: 'citation', source: { file: p.source.file, line: line ?? p.source.line } };
}

/** A reply without its text; the brain renders the text last. */
export type Draft = Omit<Reply, 'text'>;

export function draft(blocks: Block[], postings: PostingRef[] = [], extra: Partial<Draft> = {}): Draft {
  return { blocks, postings, suggestions: [], ...extra };
}

export function topicOf(p: Posting, intent: string): Topic {
  return { postingId: p.id, intent };
}
