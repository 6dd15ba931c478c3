// A user's own reminders, changed with the store: the brain reads what the message asks
// (src/answers/personal-request.ts), this carries it out. A personal subscription is an
// ordinary Subscription whose channelId is '@' + the user's id; its reminders go to the user as
// direct messages through the same claims as a channel's (src/reminders/sweep.ts). Every
// command acts on the sender's own subscription and marks, so a button pressed by someone else
// changes only that person's reminders.
import type { PersonalRequest } from '../answers/brain.ts';
import type { Action, Block, PostingRef, Reply } from '../answers/reply.ts';
import { formatDate } from '../answers/text.ts';
import type { Config } from '../config/load-config.ts';
import type { Posting } from '../corpus/posting.ts';
import { deadlineDay } from '../reminders/due.ts';
import { subscriptionMatches } from '../reminders/filter.ts';
import { daysLeftWords, refOf } from '../reminders/messages.ts';
import { nextReminderDay, personalChannel } from '../reminders/personal.ts';
import { renderPlain } from '../render/plain-text.ts';
import type { PostingMark, Store, Subscription } from '../store/store.ts';
import { addDays, daysBetween, localDate } from '../time/calendar.ts';
import type { Inbound } from './types.ts';

export interface PersonalDeps {
  store: Store;
  postings: () => Posting[];
  config: Pick<Config, 'reminderOffsets' | 'timeZone'>;
}

const LISTED = 10;

export function createPersonalCommands(deps: PersonalDeps) {
  const { store, config } = deps;
  const tz = config.timeZone;

  const mine = (msg: Inbound) => store.subscription(msg.platform, personalChannel(msg.userId));

  async function save(msg: Inbound, before: Subscription | null, change: Partial<Subscription>, now: Date) {
    const next: Subscription = {
      platform: msg.platform,
      channelId: personalChannel(msg.userId),
      offsets: before?.offsets ?? config.reminderOffsets,
      filter: before?.filter ?? null,
      ...(before?.postingIds ? { postingIds: before.postingIds } : {}),
      createdBy: msg.userId,
      createdAt: before?.createdAt ?? now.toISOString(),
      ...change,
    };
    await store.subscribe(next);
    return next;
  }

  const mark = (msg: Inbound, postingId: string, state: PostingMark['state'], until: string | null, now: Date) =>
    store.markPosting({
      platform: msg.platform,
      userId: msg.userId,
      postingId,
      state,
      until,
      updatedAt: now.toISOString(),
    });

  async function remind(msg: Inbound, p: Posting, offsets: number[] | null, now: Date): Promise<Reply> {
    const today = localDate(now, tz);
    const day = deadlineDay(p.deadline, tz);
    if (day && day < today)
      return say(`"${p.title}" closed on ${formatDate(day)}: there is nothing left to remind you of.`, ['deadlines']);
    const before = await mine(msg);
    // A subscription to every posting already covers this one; posting ids would narrow it.
    const everything = before !== null && before.filter === null && (before.postingIds ?? []).length === 0;
    const ids = [...new Set([...(before?.postingIds ?? []), p.id])];
    const sub = await save(
      msg,
      before,
      { ...(offsets ? { offsets } : {}), ...(everything ? {} : { postingIds: ids }) },
      now,
    );
    await store.unmarkPosting(msg.platform, msg.userId, p.id);
    const ref = refOf(p, today);
    const buttons: Block = actions([
      { label: 'Stop this one', command: `stop ${p.id}` },
      { label: 'My reminders', command: 'reminders' },
    ]);
    if (!day)
      return reply(
        [
          paragraph(
            `"${p.title}" states no deadline, so no reminder can be counted yet. I keep it among your reminders and send you a direct message when a deadline appears.`,
          ),
          buttons,
        ],
        [ref],
      );
    const next = nextReminderDay(p, sub.offsets, undefined, today, tz);
    const left = daysBetween(today, day);
    const when =
      next === null
        ? `None of those days is still ahead, so no reminder will come${left === 0 ? '' : ' before it closes'}.`
        : `The next one comes ${next === today ? 'with the next reminder run' : `on ${formatDate(next)}`}.`;
    return reply(
      [
        paragraph(
          `I'll remind you in a direct message ${daysWords(sub.offsets)} before "${p.title}" closes on ${formatDate(day)} (${daysLeftWords(left)}). ${when}${offsets && before ? ` Your other reminders now use these days too.` : ''}`,
        ),
        buttons,
      ],
      [ref],
      ['reminders'],
    );
  }

  async function follow(msg: Inbound, filter: string | null, offsets: number[] | null, now: Date): Promise<Reply> {
    const before = await mine(msg);
    // No words: every posting, which posting ids would narrow.
    const sub = await save(
      msg,
      before,
      { filter, ...(offsets ? { offsets } : {}), ...(filter ? {} : { postingIds: [] }) },
      now,
    );
    const ids = sub.postingIds ?? [];
    const what = filter ? `postings matching "${filter}"` : 'every posting';
    const also =
      filter && ids.length > 0 ? ` (and the ${countWords(ids.length, 'posting')} you asked for by name)` : '';
    const blocks: Block[] = [
      paragraph(
        `${before ? 'Updated' : 'Subscribed'}: you'll get a direct message ${daysWords(sub.offsets)} before each application deadline of ${what}${also}, and one about each new matching posting. Say 'reminders' to see them, 'forget reminders' to stop.`,
      ),
    ];
    const today = localDate(now, tz);
    const matching = deps.postings().filter((p) => subscriptionMatches(p, sub));
    if (filter && matching.length === 0)
      blocks.push(
        paragraph(
          `No posting matches "${filter}" yet: nothing will come until one does. Check the words with 'search ${filter}'.`,
        ),
      );
    const soon = upcoming(matching, today).slice(0, LISTED);
    if (soon.length > 0)
      blocks.push({
        kind: 'list',
        title: 'Their next deadlines:',
        items: soon.map(({ p, day }) => ({
          posting: refOf(p, today),
          text: p.title,
          detail: `${daysLeftWords(daysBetween(today, day))}, ${day}`,
        })),
      });
    return reply(
      blocks,
      soon.map(({ p }) => refOf(p, today)),
      ['reminders'],
    );
  }

  async function list(msg: Inbound, now: Date): Promise<Reply> {
    const sub = await mine(msg);
    const marks = await store.postingMarks({ platform: msg.platform, userId: msg.userId });
    if (!sub)
      return say(
        "You have no personal reminders. Say 'remind <posting>' for one posting, or 'subscribe me to <words>' for every posting that matches them.",
        ['help'],
      );
    const today = localDate(now, tz);
    const byId = new Map(marks.map((m) => [m.postingId, m] as const));
    const ids = sub.postingIds ?? [];
    const what = [
      sub.filter ? `postings matching "${sub.filter}"` : ids.length === 0 ? 'every posting' : null,
      ids.length > 0 ? `${countWords(ids.length, 'posting')} you asked for by name` : null,
    ].filter(Boolean);
    const matching = deps.postings().filter((p) => subscriptionMatches(p, sub) || byId.has(p.id));
    const items = upcoming(matching, today)
      .slice(0, LISTED)
      .map(({ p, day }) => {
        const m = byId.get(p.id);
        const next = nextReminderDay(p, sub.offsets, m, today, tz);
        const state =
          m?.state === 'applied'
            ? 'you applied: no more reminders'
            : m?.state === 'stopped'
              ? 'stopped'
              : next === null
                ? 'no reminder left before it closes'
                : `${m?.state === 'snoozed' && m.until === next ? 'snoozed, ' : ''}next reminder ${next === today ? 'with the next run' : formatDate(next)}`;
        return {
          posting: refOf(p, today),
          text: p.title,
          detail: `${daysLeftWords(daysBetween(today, day))}, ${day}: ${state}`,
        };
      });
    const blocks: Block[] = [
      paragraph(
        `Your reminders (only you see this): a direct message ${daysWords(sub.offsets)} before each deadline of ${what.join(' and ')}.`,
      ),
      items.length > 0
        ? { kind: 'list', title: 'What is due next:', items }
        : paragraph('None of them has a deadline ahead.'),
      actions([{ label: 'Forget my reminders', command: 'forget reminders', style: 'danger' }]),
    ];
    return reply(
      blocks,
      items.flatMap((i) => (i.posting ? [i.posting] : [])),
      ['forget reminders'],
    );
  }

  async function forget(msg: Inbound): Promise<Reply> {
    const had = await store.unsubscribe(msg.platform, personalChannel(msg.userId));
    const marks = await store.forgetPostingMarks(msg.platform, msg.userId);
    return had || marks > 0
      ? say(
          'Deleted: you get no more personal reminders, and I keep nothing about which postings you follow. Channel subscriptions are not affected.',
        )
      : say('You had no personal reminders, so there is nothing to delete.');
  }

  async function applied(msg: Inbound, p: Posting, now: Date): Promise<Reply> {
    await mark(msg, p.id, 'applied', null, now);
    return reply(
      [
        paragraph(`Noted: you applied to "${p.title}". Good luck! You get no more reminders about it.`),
        actions([{ label: 'Remind me again', command: `remind ${p.id}` }]),
      ],
      [refOf(p, localDate(now, tz))],
    );
  }

  async function snooze(msg: Inbound, p: Posting, days: number, now: Date): Promise<Reply> {
    const today = localDate(now, tz);
    const sub = await mine(msg);
    if (!sub || !subscriptionMatches(p, sub))
      return say(
        `You get no personal reminders about "${p.title}", so there is nothing to snooze. Say 'remind ${p.id}' to get them.`,
        [`remind ${p.id}`],
      );
    const day = deadlineDay(p.deadline, tz);
    if (!day || day <= today)
      return say(
        day
          ? `"${p.title}" closes ${day === today ? 'today' : `on ${formatDate(day)}`}: there is no later day to remind you on.`
          : `"${p.title}" states no deadline, so there is no reminder to snooze.`,
      );
    // No later than the deadline day: the one more reminder still comes before it closes.
    const until = [addDays(today, days), day].sort()[0] as string;
    await mark(msg, p.id, 'snoozed', until, now);
    return reply(
      [
        paragraph(
          `Snoozed: one more reminder about "${p.title}" on ${formatDate(until)} (${daysLeftWords(daysBetween(until, day))} then), and the usual ones after it.`,
        ),
        actions([
          { label: 'I applied', command: `applied ${p.id}`, style: 'primary' },
          { label: 'Stop this one', command: `stop ${p.id}` },
        ]),
      ],
      [refOf(p, today)],
    );
  }

  async function stop(msg: Inbound, p: Posting, now: Date): Promise<Reply> {
    const sub = await mine(msg);
    const ids = sub?.postingIds ?? [];
    if (!sub || !subscriptionMatches(p, sub))
      return say(`You get no personal reminders about "${p.title}".`, ['reminders']);
    const rest = ids.filter((id) => id !== p.id);
    if (rest.length !== ids.length) {
      // Without its last posting and without words, the subscription would mean every posting.
      if (rest.length === 0 && sub.filter === null) await store.unsubscribe(msg.platform, sub.channelId);
      else await save(msg, sub, { postingIds: rest }, now);
    }
    const still = await mine(msg);
    // Still matched by the words (or by "every posting"): a mark keeps it quiet.
    if (still && subscriptionMatches(p, still)) await mark(msg, p.id, 'stopped', null, now);
    else await store.unmarkPosting(msg.platform, msg.userId, p.id);
    return reply(
      [
        paragraph(`Stopped: no more reminders about "${p.title}" for you.`),
        actions([{ label: 'Remind me again', command: `remind ${p.id}` }]),
      ],
      [refOf(p, localDate(now, tz))],
    );
  }

  return {
    /** Carries out a request; `canShow`: the answer may list the sender's reminders (private, verified). */
    async run(req: PersonalRequest, msg: Inbound, now: Date, canShow: boolean): Promise<Reply> {
      switch (req.kind) {
        case 'answer':
          return finish(req.draft);
        case 'remind':
          return remind(msg, req.posting, req.offsets, now);
        case 'follow':
          return follow(msg, req.filter, req.offsets, now);
        case 'list':
          return canShow ? list(msg, now) : say(LIST_IS_PRIVATE, []);
        case 'forget':
          return forget(msg);
        case 'applied':
          return applied(msg, req.posting, now);
        case 'snooze':
          return snooze(msg, req.posting, req.days, now);
        case 'stop':
          return stop(msg, req.posting, now);
      }
    },
  };
}

const LIST_IS_PRIVATE =
  "Your reminders are yours: ask me 'reminders' in a direct message (or with /positions reminders, where only you see the answer).";

/** The postings with a deadline from today on, soonest first. */
function upcoming(ps: Posting[], today: string): { p: Posting; day: string }[] {
  const out: { p: Posting; day: string }[] = [];
  for (const p of ps) {
    const day = p.deadline?.date;
    if (day && day >= today) out.push({ p, day });
  }
  return out.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.p.title < b.p.title ? -1 : 1));
}

/** [14, 7, 1] -> "14, 7 and 1 days"; [1] -> "1 day". */
export function daysWords(offsets: readonly number[]): string {
  const ns = [...offsets];
  const last = ns.pop();
  const list = ns.length > 0 ? `${ns.join(', ')} and ${last}` : String(last);
  return `${list} day${ns.length === 0 && last === 1 ? '' : 's'}`;
}

function countWords(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function paragraph(text: string): Block {
  return { kind: 'paragraph', text };
}

function actions(list: Action[]): Block {
  return { kind: 'actions', actions: list };
}

function say(text: string, suggestions: string[] = []): Reply {
  return reply([paragraph(text)], [], suggestions);
}

function reply(blocks: Block[], postings: PostingRef[] = [], suggestions: string[] = []): Reply {
  return finish({ blocks, postings, suggestions });
}

function finish(draft: Omit<Reply, 'text'>): Reply {
  const r: Reply = { text: '', ...draft };
  r.text = renderPlain(r);
  return r;
}
