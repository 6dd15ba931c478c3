// The bot: what every adapter hands an inbound message to. Bot-level commands (subscriptions,
// the stored eligibility profile) are answered here, with the store; everything else goes to
// the brain, with the conversation's topic and, in private, the asker's stored profile.
// A per-user rate limit comes first. `handle` never throws.
import type { Logger } from 'pino';
import { type Brain, MAX_INPUT } from '../answers/brain.ts';
import type { Block, PostingRef, Reply, Topic } from '../answers/reply.ts';
import { answerCalendar, type CalendarCommandDeps } from '../calendar/calendar-command.ts';
import type { Config } from '../config/load-config.ts';
import type { Posting } from '../corpus/posting.ts';
import { extractFacts, mergeFacts } from '../eligibility/index.ts';
import type { Metrics } from '../observability/metrics.ts';
import { matchesFilter } from '../reminders/filter.ts';
import { renderPlain } from '../render/plain-text.ts';
import type { Store } from '../store/store.ts';
import { daysBetween, localDate } from '../time/calendar.ts';
import { conversationKey } from './conversations.ts';
import { describeProfile } from './describe-profile.ts';
import { createPersonalCommands } from './personal-commands.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { storedConversations } from './stored-conversations.ts';
import type { Clock, Inbound, MessageHandler } from './types.ts';

export interface BotDeps {
  brain: Brain;
  store: Store;
  clock: Clock;
  config: Pick<Config, 'reminderOffsets' | 'rateLimitPerMinute' | 'timeZone'>;
  log: Logger;
  metrics: Metrics;
  /** Calendar feeds (`calendar`): the store's tokens and the links under PUBLIC_URL. */
  calendar?: CalendarCommandDeps;
}

/** The words the bot answers itself; anything else is a question for the brain. */
export const BOT_COMMANDS = ['subscribe', 'unsubscribe', 'subscriptions', 'profile', 'calendar'] as const;

const MAX_FILTER = 200;
/** A word made of digits and number punctuation only. */
const NUMBERISH = /^[-+]?[\d.,;:+-]*\d[\d.,;:+-]*$/;
const MAX_OFFSET = 365;
const DUE_SOON_LIST = 10;

export function createBot(deps: BotDeps): MessageHandler {
  const { brain, store, clock, config, log, metrics } = deps;
  const limiter = createRateLimiter({ perMinute: config.rateLimitPerMinute, clock });
  // In the store, so a follow-up that reaches another replica continues the same conversation.
  const conversations = storedConversations({ store, clock });
  const personal = createPersonalCommands({ store, postings: () => brain.postings(), config });

  async function answer(msg: Inbound, now: Date): Promise<{ reply: Reply; command: string }> {
    const text = typeof msg.text === 'string' ? msg.text : '';
    const limit = limiter.take(`${msg.platform}\u0000${msg.userId}`);
    if (!limit.ok) {
      metrics.rateLimited.inc({ platform: msg.platform });
      // A message is told once per window: each refusal would be a post in the conversation, the
      // flood the limit is there to stop. A slash command is answered anyway (ephemeral, and
      // the platform waits for an HTTP answer), so it keeps the refusal.
      if (!limit.notify && msg.kind === 'message')
        return { command: 'rate-limited', reply: { ...botReply([]), silent: true } };
      const n = config.rateLimitPerMinute;
      return {
        command: 'rate-limited',
        reply: botReply([
          {
            kind: 'paragraph',
            text: `You're asking faster than I can answer: ${n} a minute. Try again in ${limit.retryInSeconds} second${limit.retryInSeconds === 1 ? '' : 's'}.`,
          },
        ]),
      };
    }
    const cleaned = text.replace(/^\s*\/?positions\b[:,]?/i, '').trim();
    const m = /^(\S+)\s*([\s\S]*)$/.exec(cleaned);
    // A mistyped command word ("subscirbe") is read as the command it stands for.
    const head = brain.commandWord((m?.[1] ?? '').toLowerCase().replace(/[:,!.]+$/, ''));
    const args = (m?.[2] ?? '').trim();
    const key = conversationKey(msg.platform, msg.channelId, msg.userId);
    const remembered = await conversations.topic(key);
    // The sender's own reminders: `remind`, `reminders`... and "remind me about the XRootD job".
    // In a DM (or with `subscribe me`) the channel words are about the sender's reminders too.
    const own = text.length <= MAX_INPUT ? personalText(head, args, msg) : null;
    const request =
      own === null
        ? null
        : brain.personal(own, { now, userId: msg.userId, ...(remembered ? { topic: remembered } : {}) });
    if (request)
      return { command: 'personal', reply: await personal.run(request, msg, now, isPrivate(msg) && userVerified(msg)) };
    // Over-long input goes to the brain, whose reply says how long a question may be.
    if (text.length <= MAX_INPUT && (BOT_COMMANDS as readonly string[]).includes(head)) {
      if (head === 'subscribe' && !msg.isDirect && msg.channelAccess && (await msg.channelAccess()) === 'not_member') {
        return { command: head, reply: say(INVITE_ME_FIRST, ['subscribe']) };
      }
      return { command: head, reply: await botCommand(head, args, msg, now) };
    }
    const privateView = isPrivate(msg);
    // Facts said in a private answer stay in private answers: a shared one sees only the posting.
    const topic = remembered && !privateView ? withoutFacts(remembered) : remembered;
    const profile =
      privateView && userVerified(msg) ? ((await store.profile(msg.platform, msg.userId)) ?? undefined) : undefined;
    const reply = brain.answer(text, {
      now,
      userId: msg.userId,
      ...(profile ? { profile } : {}),
      ...(topic ? { topic } : {}),
    });
    if (reply.topic) {
      const facts = reply.topic.facts ?? remembered?.facts;
      await conversations.remember(key, facts ? { ...reply.topic, facts } : reply.topic);
    }
    return { command: 'question', reply };
  }

  function botCommand(head: string, args: string, msg: Inbound, now: Date): Promise<Reply> {
    switch (head) {
      case 'subscribe':
        return subscribe(args, msg, now);
      case 'unsubscribe':
        return unsubscribe(msg);
      case 'subscriptions':
        return subscriptions(msg);
      case 'calendar':
        return deps.calendar
          ? answerCalendar(args, msg, isPrivate(msg), now, deps.calendar)
          : Promise.resolve(say('Calendar feeds are not set up on this bot.'));
      default:
        return profileCommand(args, msg, now);
    }
  }

  async function subscribe(args: string, msg: Inbound, now: Date): Promise<Reply> {
    if (msg.isDirect) return say(SUBSCRIBE_IN_A_CHANNEL);
    const parsed = parseSubscribeArgs(args, config.reminderOffsets);
    if ('error' in parsed) return say(parsed.error, ['subscribe 14,7,1']);
    const before = await store.subscription(msg.platform, msg.channelId);
    await store.subscribe({
      platform: msg.platform,
      channelId: msg.channelId,
      offsets: parsed.offsets,
      filter: parsed.filter,
      createdBy: msg.userId,
      createdAt: now.toISOString(),
    });
    const what = parsed.filter ? ` for postings matching "${parsed.filter}"` : '';
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        text: `${before ? 'Updated: this channel' : 'Subscribed: this channel'} will get a reminder ${daysWords(parsed.offsets)} before each application deadline, and an announcement of new postings and changed deadlines${what}. Say 'unsubscribe' to stop.`,
      },
    ];
    const soon = dueSoon(brain.postings(), parsed, now);
    const horizon = Math.max(...parsed.offsets);
    const filter = parsed.filter;
    if (filter && !brain.postings().some((p) => matchesFilter(p, filter))) {
      blocks.push({
        kind: 'paragraph',
        text: `No posting matches "${filter}" yet: nothing will come until one does. Check the words with 'search ${filter}', or subscribe without a filter.`,
      });
    } else if (soon.length === 0) {
      blocks.push({
        kind: 'paragraph',
        text: `No application deadline${what} falls in the next ${horizon} day${horizon === 1 ? '' : 's'}.`,
      });
    } else {
      blocks.push({
        kind: 'list',
        title: `Due in the next ${horizon} day${horizon === 1 ? '' : 's'}${what}:`,
        items: soon.slice(0, DUE_SOON_LIST).map(({ ref, days }) => ({
          posting: ref,
          text: ref.title,
          detail: `${days === 0 ? 'closes today' : days === 1 ? 'closes tomorrow' : `closes in ${days} days`}, ${ref.deadline}`,
        })),
      });
      if (soon.length > DUE_SOON_LIST)
        blocks.push({ kind: 'paragraph', text: `And ${soon.length - DUE_SOON_LIST} more: say 'deadlines'.` });
    }
    return botReply(
      blocks,
      soon.slice(0, DUE_SOON_LIST).map((s) => s.ref),
      ['subscriptions', 'deadlines'],
    );
  }

  function dueSoon(
    postings: Posting[],
    sub: { offsets: number[]; filter: string | null },
    now: Date,
  ): { ref: PostingRef; days: number }[] {
    const today = localDate(now, config.timeZone);
    const horizon = Math.max(...sub.offsets);
    const out: { ref: PostingRef; days: number }[] = [];
    for (const p of postings) {
      if (!p.deadline) continue;
      const days = daysBetween(today, p.deadline.date);
      if (days < 0 || days > horizon) continue;
      if (sub.filter && !matchesFilter(p, sub.filter)) continue;
      out.push({
        days,
        ref: {
          id: p.id,
          title: p.title,
          status: 'open',
          deadline: p.deadline.date,
          source: { file: p.source.file, line: p.source.line },
        },
      });
    }
    return out.sort((a, b) => a.days - b.days || (a.ref.title < b.ref.title ? -1 : 1));
  }

  async function unsubscribe(msg: Inbound): Promise<Reply> {
    if (msg.isDirect) return say(SUBSCRIBE_IN_A_CHANNEL);
    return (await store.unsubscribe(msg.platform, msg.channelId))
      ? say('Unsubscribed: this channel gets no more reminders or announcements.')
      : say("This channel was not subscribed. Say 'subscribe' to get deadline reminders here.", ['subscribe']);
  }

  async function subscriptions(msg: Inbound): Promise<Reply> {
    if (msg.isDirect) return say(SUBSCRIBE_IN_A_CHANNEL);
    const sub = await store.subscription(msg.platform, msg.channelId);
    if (!sub)
      return say("This channel has no subscription. Say 'subscribe' to get deadline reminders here.", ['subscribe']);
    const what = sub.filter ? `postings matching "${sub.filter}"` : 'all postings';
    return say(
      `This channel is subscribed to ${what}: a reminder ${daysWords(sub.offsets)} before each application deadline, and announcements of new postings and changed deadlines. Subscribed on ${localDate(new Date(sub.createdAt), config.timeZone)}. Say 'unsubscribe' to stop.`,
      ['unsubscribe'],
    );
  }

  async function profileCommand(args: string, msg: Inbound, now: Date): Promise<Reply> {
    if (!isPrivate(msg)) return say(PROFILE_IS_PRIVATE);
    if (!userVerified(msg)) return say(PROFILE_NEEDS_A_DM);
    const m = /^(\S*)\s*([\s\S]*)$/.exec(args);
    const sub = (m?.[1] ?? '').toLowerCase().replace(/[:,!.]+$/, '');
    const rest = (m?.[2] ?? '').trim();
    if (sub === '' || sub === 'show') return showProfile(msg);
    if (['forget', 'delete', 'clear', 'remove'].includes(sub) && rest === '') {
      await conversations.forgetFacts(conversationKey(msg.platform, msg.channelId, msg.userId));
      return (await store.forgetProfile(msg.platform, msg.userId))
        ? say('Deleted: I no longer keep any facts about you.')
        : say('I had no profile stored for you, so there is nothing to delete.');
    }
    if (sub === 'set' || sub === 'add') {
      const facts = extractFacts(rest, now);
      if (rest === '' || describeProfile(facts).length === 0) return say(PROFILE_USAGE, [PROFILE_EXAMPLE]);
      const stored = await store.profile(msg.platform, msg.userId);
      const merged = stored ? mergeFacts(stored, facts) : facts;
      await store.saveProfile(msg.platform, msg.userId, merged, now);
      // The profile now says who the asker is: facts said earlier in a conversation no longer override it.
      await conversations.forgetFacts(conversationKey(msg.platform, msg.channelId, msg.userId));
      return botReply(
        [
          { kind: 'list', title: 'Saved. Your eligibility profile is now:', items: profileItems(merged) },
          {
            kind: 'paragraph',
            text: "I use it when you ask about eligibility in a direct message or with /positions. Say 'profile forget' to delete it.",
          },
        ],
        [],
        ['profile', 'profile forget'],
      );
    }
    return say(PROFILE_USAGE, [PROFILE_EXAMPLE]);
  }

  async function showProfile(msg: Inbound): Promise<Reply> {
    const stored = await store.profile(msg.platform, msg.userId);
    const items = stored ? profileItems(stored) : [];
    if (items.length === 0)
      return say(
        `I keep no profile for you. To have your eligibility checked without repeating yourself, say: ${PROFILE_EXAMPLE}. It is kept until you say 'profile forget'.`,
        [PROFILE_EXAMPLE],
      );
    return botReply(
      [
        { kind: 'list', title: 'Your eligibility profile (only you see this):', items },
        { kind: 'paragraph', text: "Say 'profile set <more facts>' to add to it, or 'profile forget' to delete it." },
      ],
      [],
      ['profile forget'],
    );
  }

  return {
    async handle(msg: Inbound): Promise<Reply> {
      const started = performance.now();
      const now = clock();
      try {
        const { reply, command } = await answer(msg, now);
        const seconds = (performance.now() - started) / 1000;
        if (command !== 'rate-limited') {
          metrics.commandsAnswered.inc({ platform: msg.platform, kind: msg.kind });
          metrics.commandLatency.observe({ platform: msg.platform }, seconds);
        }
        // The text can hold personal facts: only its size is logged.
        log.debug(
          {
            platform: msg.platform,
            kind: msg.kind,
            direct: msg.isDirect,
            command,
            chars: msg.text?.length ?? 0,
            seconds,
          },
          'answered',
        );
        return reply;
      } catch (err) {
        log.error(
          { err: err instanceof Error ? err.message : String(err), platform: msg.platform },
          'could not answer',
        );
        return say("Sorry, something went wrong on my side. Try again in a moment, or say 'help'.", ['help']);
      }
    },
  };
}

/**
 * The text to read as a request about the sender's own reminders: `subscribe` in a DM or as
 * `subscribe me ...`, `unsubscribe` and `subscriptions` in a DM; any other message as it is
 * (the brain tells a personal request from a question). Null: a channel's subscription command.
 */
function personalText(head: string, args: string, msg: Inbound): string | null {
  const mine = /^me\b/i.test(args);
  if (head === 'subscribe') return msg.isDirect || mine ? `subscribe ${args}` : null;
  if (head === 'unsubscribe') return msg.isDirect || mine ? 'forget reminders' : null;
  if (head === 'subscriptions') return msg.isDirect ? 'reminders' : null;
  if ((BOT_COMMANDS as readonly string[]).includes(head)) return null;
  return head === '' ? null : `${head} ${args}`.trim();
}

/**
 * Whether only the asker sees the reply: a DM, or a slash command, that is not shared. A shared
 * answer in a DM is not private: the DM may be between two people (Slack's Share button or
 * `/positions share` in a conversation with a colleague).
 */
export function isPrivate(msg: Inbound): boolean {
  return msg.shared !== true && (msg.isDirect || msg.kind === 'command');
}

/** Whether the platform vouches for the user id (not so for Mattermost's slash-command form). */
function userVerified(msg: Inbound): boolean {
  return msg.userVerified !== false;
}

function withoutFacts(topic: Topic): Topic {
  const { facts: _private, ...rest } = topic;
  return rest;
}

const SUBSCRIBE_IN_A_CHANNEL =
  "Subscriptions are for channels: say '/positions subscribe' in the channel that should get the deadline reminders.";
const PROFILE_IS_PRIVATE =
  "Your profile is private, so I don't show or change it in a channel. Ask me in a direct message, or with /positions profile (only you see that answer).";
const INVITE_ME_FIRST =
  "I'm not a member of this channel, so I could not post reminders here. Invite me first (/invite @positions), then say '/positions subscribe' again.";
const PROFILE_NEEDS_A_DM =
  "Your stored profile is only used or changed in a direct message to me, where the chat server vouches that it is you: send me 'profile' there.";
const PROFILE_EXAMPLE = "profile set I'm Italian with a master's degree and 2 years of experience";
const PROFILE_USAGE = `Usage: 'profile' shows what I keep about you, 'profile set <facts about you>' adds to it, 'profile forget' deletes it. I understand nationality, degrees, years of experience, affiliations, earlier contracts and right to work. For example: ${PROFILE_EXAMPLE}`;

/** `subscribe [14,7,1] [filter words]`: the day offsets first (default: the configured ones). */
export function parseSubscribeArgs(
  args: string,
  defaults: number[],
): { offsets: number[]; filter: string | null } | { error: string } {
  const words = args.split(/\s+/).filter((w) => w !== '');
  // "-3", "7.5", "+1", "14;7": meant as days, not as a filter.
  if (words[0] && NUMBERISH.test(words[0]) && !/^[\d,]+$/.test(words[0]))
    return { error: `Reminder days are whole numbers from 0 to ${MAX_OFFSET}, like: subscribe 14,7,1` };
  const numbers: number[] = [];
  let i = 0;
  for (; i < words.length && /^[\d,]+$/.test(words[i] as string); i++) {
    for (const n of (words[i] as string).split(',')) if (n !== '') numbers.push(Number(n));
  }
  if (numbers.some((n) => !Number.isInteger(n) || n > MAX_OFFSET))
    return { error: `Reminder days are whole numbers from 0 to ${MAX_OFFSET}, like: subscribe 14,7,1` };
  const offsets = [...new Set(numbers.length > 0 ? numbers : defaults)].sort((a, b) => b - a);
  const filter = words.slice(i).join(' ').slice(0, MAX_FILTER).trim();
  return { offsets, filter: filter === '' ? null : filter };
}

/** [14, 7, 1] -> "14, 7 and 1 days"; [1] -> "1 day"; [0] -> "on the day". */
function daysWords(offsets: number[]): string {
  const ns = [...offsets];
  const last = ns.pop();
  const list = ns.length > 0 ? `${ns.join(', ')} and ${last}` : String(last);
  return `${list} day${ns.length === 0 && last === 1 ? '' : 's'}`;
}

function profileItems(facts: Parameters<typeof describeProfile>[0]): { text: string }[] {
  return describeProfile(facts).map((text) => ({ text }));
}

function say(text: string, suggestions: string[] = []): Reply {
  return botReply([{ kind: 'paragraph', text }], [], suggestions);
}

function botReply(blocks: Block[], postings: PostingRef[] = [], suggestions: string[] = []): Reply {
  const reply: Reply = { text: '', blocks, postings, suggestions };
  reply.text = renderPlain(reply);
  return reply;
}
