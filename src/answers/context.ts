// What every answer needs: the index, the clock in the bot's time zone, and posting references.

import { locateLine } from '../corpus/cite-line.ts';
import type { Posting, PostingStatus } from '../corpus/posting.ts';
import { statusAt } from '../corpus/status.ts';
import type { UserFacts } from '../eligibility/index.ts';
import { daysBetween } from '../time/calendar.ts';
import { deadlineMoment } from './deadline-moment.ts';
import type { Block, PostingRef, Reply, Topic } from './reply.ts';
import type { PostingIndex } from './search-index.ts';
import { flattenSpace, formatDate } from './text.ts';

export interface AskContext {
  now: Date;
  userId: string;
  profile?: UserFacts;
  /** The previous reply's topic in this conversation, for follow-ups ("and the DIRAC one?"). */
  topic?: Topic;
}

export interface AnswerEnv {
  index: PostingIndex;
  now: Date;
  timeZone: string;
  /** YYYY-MM-DD in the time zone. */
  today: string;
}

export function refOf(env: AnswerEnv, p: Posting): PostingRef {
  const at = deadlineMoment(p.deadline);
  return {
    id: p.id,
    title: p.title,
    status: statusOf(env, p),
    deadline: p.deadline?.date ?? null,
    ...(at ? { deadlineAt: at } : {}),
    // A PDF posting's source also names its page.
    source: { ...p.source },
  };
}

/** As `postingStatus`, from `env.today` (already the day of `env.now` in the time zone): a sort compares thousands. */
export function statusOf(env: AnswerEnv, p: Posting): PostingStatus {
  return statusAt(p, env.now, env.today);
}

/** Days from today to the deadline (negative once passed), or null without one. */
export function daysLeft(env: AnswerEnv, p: Posting): number | null {
  return p.deadline ? daysBetween(env.today, p.deadline.date) : null;
}

/** "in 8 days", "tomorrow", "today": how far ahead a day is. */
export function inDays(n: number): string {
  return n <= 0 ? 'today' : n === 1 ? 'tomorrow' : `in ${n} days`;
}

/** What a posting says that settles its status before any deadline: it has closed, or it opens later. */
export function statusNotice(env: AnswerEnv, p: Posting): string | null {
  if (p.closedNotice) return `closed: the posting says "${flattenSpace(p.closedNotice.text)}"`;
  if (p.opens && env.today < p.opens.date) {
    const until = p.deadline ? `, until ${formatDate(p.deadline.date)}` : '';
    return `not open yet: applications open on ${formatDate(p.opens.date)} (${inDays(daysBetween(env.today, p.opens.date))})${until}`;
  }
  return null;
}

/** An open call's note, with its own words when they are short: "... (\"open until filled\")". */
function rollingNote(text: string): string {
  const said = flattenSpace(text);
  return said.length <= 160
    ? `open, applications accepted at any time ("${said}")`
    : 'open, applications accepted at any time';
}

/** How near a deadline is, in words: "open, 3 days left, deadline ...", "closed: the deadline ... has passed". */
export function deadlineNote(env: AnswerEnv, p: Posting): string {
  const notice = statusNotice(env, p);
  if (notice) return notice;
  const d = daysLeft(env, p);
  if (d === null || !p.deadline) return p.rolling ? rollingNote(p.rolling.text) : 'no deadline stated';
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

/**
 * Deadline order for lists: open first, soonest deadline first; then those not open yet; then no deadline; then closed,
 * most recently closed first; ties keep their order in `ps` (source order or relevance).
 * Lists sort thousands of postings, so each posting becomes one number (status, the rank of its
 * deadline among the distinct deadlines, its position) and a typed array is sorted natively:
 * a comparator over objects cost milliseconds a question at 10,000 postings.
 */
export function sortByDeadline(env: AnswerEnv, ps: readonly Posting[]): Posting[] {
  const n = ps.length;
  const dates = [...new Set(ps.map((p) => p.deadline?.date ?? ''))].sort();
  const dateRank = new Map(dates.map((d, i) => [d, i + 1] as const));
  const span = dates.length + 2;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = ps[i] as Posting;
    // An open call without a deadline ("accepted at any time") comes after the dated open ones.
    const r = p.deadline ? (dateRank.get(p.deadline.date) as number) : span - 1;
    const s = statusOf(env, p);
    // Open: by date; not open yet: by date; unknown: all equal; closed: by date, latest first.
    const group = s === 'open' ? r : s === 'upcoming' ? span + r : s === 'unknown' ? 2 * span : 3 * span + (span - r);
    keys[i] = group * n + i;
  }
  keys.sort();
  const out = new Array<Posting>(n);
  for (let i = 0; i < n; i++) out[i] = ps[(keys[i] as number) % n] as Posting;
  return out;
}

/**
 * Every posting in deadline order, sorted once a day (and again when postings change). A filter
 * keeps the order, so a list of all postings of a kind needs no sort of its own.
 */
export function allByDeadline(env: AnswerEnv): readonly Posting[] {
  return env.index.derived(`deadline order on ${env.today}`, () => sortByDeadline(env, env.index.postings()));
}

/** Where, in `allByDeadline`, the open postings end and the closed ones begin. */
export function deadlineSpans(env: AnswerEnv): { openEnd: number; closedStart: number } {
  return env.index.derived(`deadline spans on ${env.today}`, () => {
    const all = allByDeadline(env);
    let openEnd = 0;
    while (openEnd < all.length && statusOf(env, all[openEnd] as Posting) === 'open') openEnd++;
    let closedStart = openEnd;
    while (closedStart < all.length && statusOf(env, all[closedStart] as Posting) !== 'closed') closedStart++;
    return { openEnd, closedStart };
  });
}

/** A few words that name the posting in a suggested command ("show cms cat ppd"), or its id. */
export function shortName(env: AnswerEnv, p: Posting): string {
  return env.index.shortName(p);
}

export function cite(p: Posting, line?: number): Block {
  const at = line ?? p.source.line;
  return { kind: 'citation', source: { file: p.source.file, line: at, ...locateLine(p.pageStarts, at) } };
}

/** A reply without its text; the brain renders the text last. */
export type Draft = Omit<Reply, 'text'>;

export function draft(blocks: Block[], postings: PostingRef[] = [], extra: Partial<Draft> = {}): Draft {
  return { blocks, postings, suggestions: [], ...extra };
}

export function topicOf(p: Posting, intent: string): Topic {
  return { postingId: p.id, intent };
}
