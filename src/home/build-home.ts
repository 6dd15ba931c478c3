// A person's home (Slack's App Home tab): their upcoming deadlines, from their personal
// subscription (its filter and the postings it names), less the postings they applied to or
// stopped and those their stored profile makes them ineligible for, each with its days left and
// the buttons of a personal reminder (snooze, I applied, stop). Pure: postings, the
// subscription, the marks, the profile and the clock come in; a platform-free Reply and the
// subscribe form go out.
import { deadlineMoment } from '../answers/deadline-moment.ts';
import type { Block, PostingRef, Reply } from '../answers/reply.ts';
import { formatDate } from '../answers/text.ts';
import type { Posting } from '../corpus/posting.ts';
import { judgeEligibility, type UserFacts } from '../eligibility/index.ts';
import { deadlineDay } from '../reminders/due.ts';
import { daysLeftWords } from '../reminders/messages.ts';
import { muted } from '../reminders/personal.ts';
import { personalReminderActions } from '../reminders/reminder-actions.ts';
import { renderPlain } from '../render/plain-text.ts';
import type { PostingMark, Subscription } from '../store/store.ts';
import { daysBetween, localDate } from '../time/calendar.ts';
import { offsetWords, postingIdsOf, type SubscribeForm, subscribeForm } from './subscribe-form.ts';

/** Deadlines a home shows at most (each with its buttons: a view holds 100 blocks). */
export const HOME_ITEMS = 20;

export interface HomeInput {
  postings: readonly Posting[];
  /** The person's own subscription (`channelId` '@' + user id), or null. */
  subscription: Subscription | null;
  profile: UserFacts | null;
  /** What the person said about postings (applied, stopped, snoozed). */
  marks: readonly PostingMark[];
  now: Date;
  timeZone: string;
  /** The configured reminder days, ticked in the form of someone without a subscription. */
  defaultOffsets: readonly number[];
  /** Whether a posting is one the subscription is about (src/reminders/filter.ts decides). */
  matches: (posting: Posting, subscription: Subscription) => boolean;
  /** A line above the deadlines: what the last button did. */
  notice?: string;
}

export interface HomeItem {
  posting: Posting;
  ref: PostingRef;
  /** The deadline's day in the bot's zone, and the days from today to it. */
  deadline: string;
  daysLeft: number;
  /** The day a snooze lasts until, when the person snoozed it. */
  snoozedUntil?: string;
}

export interface Home {
  reply: Reply;
  form: SubscribeForm;
  items: HomeItem[];
}

function refOf(p: Posting, deadline: string, today: string): PostingRef {
  const at = deadlineMoment(p.deadline);
  return {
    id: p.id,
    title: p.title,
    status: deadline < today ? 'closed' : 'open',
    deadline: p.deadline?.date ?? deadline,
    ...(at ? { deadlineAt: at } : {}),
    source: { ...p.source },
  };
}

/** The subscription's upcoming deadlines, soonest first, without those the profile rules out. */
export function upcomingFor(input: HomeInput): { items: HomeItem[]; ineligible: number } {
  const sub = input.subscription;
  if (!sub) return { items: [], ineligible: 0 };
  const today = localDate(input.now, input.timeZone);
  const nowMs = input.now.getTime();
  const marks = new Map(input.marks.map((m) => [m.postingId, m] as const));
  const items: HomeItem[] = [];
  let ineligible = 0;
  for (const p of input.postings) {
    // The deadline's day in the bot's zone, as the sweep counts it.
    const deadline = deadlineDay(p.deadline, input.timeZone);
    if (!deadline || deadline < today) continue;
    if (p.deadline?.at && Date.parse(p.deadline.at) < nowMs) continue;
    const mark = marks.get(p.id);
    if (muted(mark) || !input.matches(p, sub)) continue;
    // Only a verdict of "not eligible" leaves a posting out: "cannot tell" keeps it.
    if (input.profile && judgeEligibility(p, input.profile, input.now).verdict === 'not_eligible') {
      ineligible++;
      continue;
    }
    const snoozed = mark?.state === 'snoozed' && mark.until !== null && mark.until > today ? mark.until : null;
    items.push({
      posting: p,
      ref: refOf(p, deadline, today),
      deadline,
      daysLeft: daysBetween(today, deadline),
      ...(snoozed ? { snoozedUntil: snoozed } : {}),
    });
  }
  items.sort(
    (a, b) =>
      a.daysLeft - b.daysLeft ||
      (a.posting.title < b.posting.title ? -1 : a.posting.title > b.posting.title ? 1 : 0) ||
      (a.posting.id < b.posting.id ? -1 : 1),
  );
  return { items, ineligible };
}

/** What a personal subscription brings, in a sentence. */
export function describeSubscription(sub: Subscription | null): string {
  if (!sub) {
    return 'You have no personal reminders yet. Subscribe to get a direct message before the deadlines of the postings you choose.';
  }
  const named = postingIdsOf(sub).length;
  const what = [
    sub.filter ? `postings matching "${sub.filter}"` : named > 0 ? '' : 'all postings',
    named > 0 ? `${named} posting${named === 1 ? '' : 's'} you asked about` : '',
  ]
    .filter((s) => s !== '')
    .join(', and ');
  return `You get a direct message ${offsetWords(sub.offsets)} before the deadlines of ${what}.`;
}

/** A personal reminder's buttons, one posting's: "stop all" is once, on top. */
function itemActions(postingId: string): Block {
  const all = personalReminderActions(postingId);
  return all.kind === 'actions'
    ? { kind: 'actions', actions: all.actions.filter((a) => a.command !== 'forget reminders') }
    : all;
}

/** The home of the person whose subscription and profile `input` holds. */
export function buildHome(input: HomeInput): Home {
  const { items, ineligible } = upcomingFor(input);
  const shown = items.slice(0, HOME_ITEMS);
  const blocks: Block[] = [{ kind: 'heading', text: 'Your upcoming deadlines' }];
  if (input.notice) blocks.push({ kind: 'paragraph', text: input.notice });
  blocks.push({ kind: 'paragraph', text: describeSubscription(input.subscription) });
  if (ineligible > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `Left out: ${ineligible} posting${ineligible === 1 ? '' : 's'} your stored profile makes you ineligible for ('profile' shows it).`,
    });
  }
  if (input.subscription) {
    blocks.push({
      kind: 'actions',
      actions: [{ label: 'Stop all my reminders', command: 'forget reminders', style: 'danger' }],
    });
    if (shown.length === 0) blocks.push({ kind: 'paragraph', text: 'No deadline of your postings is coming up.' });
  }
  for (const item of shown) {
    const left = daysLeftWords(item.daysLeft);
    const detail = item.snoozedUntil ? `${left}, snoozed until ${formatDate(item.snoozedUntil)}` : left;
    blocks.push({ kind: 'list', items: [{ posting: item.ref, text: item.posting.title, detail }] });
    blocks.push(itemActions(item.posting.id));
  }
  if (items.length > shown.length) {
    blocks.push({ kind: 'paragraph', text: `And ${items.length - shown.length} more: say 'deadlines' to see them.` });
  }
  const reply: Reply = { text: '', blocks, postings: shown.map((i) => i.ref), suggestions: [] };
  reply.text = renderPlain(reply);
  return { reply, form: subscribeForm(input.subscription, input.defaultOffsets), items };
}
