// `calendar` and `calendar reset`: the URL of a calendar feed of deadlines, only ever in a
// private answer. In a channel it is the channel's subscription's feed; in a direct message the
// asker's own (their personal subscription, channel id '@' + user id). `reset` revokes the URL
// and gives a new one.
import type { Block, Reply } from '../answers/reply.ts';
import type { Inbound } from '../bot/types.ts';
import { renderPlain } from '../render/plain-text.ts';
import type { Store, Subscription } from '../store/store.ts';
import { type CalendarLinks, newFeedToken } from './calendar-links.ts';

export interface CalendarCommandDeps {
  store: Store;
  links: CalendarLinks;
}

/** The subscription key of a person's own reminders (issue 15's contract, point 1). */
export function personalChannel(userId: string): string {
  return `@${userId}`;
}

/**
 * Answers `calendar [reset]`. `privateView`: only the asker sees the answer (a DM, or a slash
 * command that is not shared); a feed URL is never given anywhere else.
 */
export async function answerCalendar(
  args: string,
  msg: Inbound,
  privateView: boolean,
  now: Date,
  deps: CalendarCommandDeps,
): Promise<Reply> {
  const sub = args.trim().toLowerCase();
  if (sub !== '' && sub !== 'reset') return say(USAGE, ['calendar']);
  if (!privateView) return say(ONLY_IN_PRIVATE);
  const personal = msg.isDirect;
  // Mattermost's slash-command form names a user anyone with the command token could write.
  if (personal && msg.userVerified === false) return say(PERSONAL_NEEDS_A_DM);
  const channelId = personal ? personalChannel(msg.userId) : msg.channelId;
  const subscription = await deps.store.subscription(msg.platform, channelId);
  if (!subscription)
    return say(personal ? NO_PERSONAL_SUBSCRIPTION : NO_CHANNEL_SUBSCRIPTION, personal ? [] : ['subscribe']);
  let token: string;
  if (sub === 'reset') {
    token = newFeedToken();
    await deps.store.resetCalendarToken(msg.platform, channelId, token, now);
  } else {
    token = await deps.store.calendarToken(msg.platform, channelId, newFeedToken(), now);
  }
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: `${sub === 'reset' ? 'New calendar feed' : 'Calendar feed'} ${whatItShows(subscription)}:`,
    },
    { kind: 'link', label: 'Feed URL (only you see this)', url: deps.links.feedUrl(token) },
    {
      kind: 'paragraph',
      text: `${sub === 'reset' ? 'The old URL no longer works. ' : ''}Add it to your calendar by URL: Google Calendar, Other calendars → From URL; Outlook, Add calendar → Subscribe from web; Apple Calendar, File → New Calendar Subscription. It follows the postings as they change. Anyone with the URL can read the feed: keep it to yourself, or say 'calendar reset' to revoke it and get a new one.`,
    },
  ];
  return { ...reply(blocks, sub === 'reset' ? [] : ['calendar reset']), secret: true };
}

function whatItShows(s: Subscription): string {
  const whose = s.channelId.startsWith('@') ? 'of your personal reminders' : "of this channel's subscription";
  const named = s.postingIds?.length ?? 0;
  const byName = named > 0 ? `${named} posting${named === 1 ? '' : 's'} you asked for by name` : '';
  const what = s.filter
    ? [byName, `postings matching "${s.filter}"`].filter(Boolean).join(' and ')
    : byName || 'every posting';
  return `${whose} (${what}): each application deadline as an event, with ${alarmWords(s.offsets)}`;
}

/** [14, 7, 1] -> "an alarm 14, 7 and 1 days before"; [1, 0] -> "an alarm 1 day before and on the day". */
function alarmWords(offsets: readonly number[]): string {
  const days = [...new Set(offsets)].sort((a, b) => b - a);
  const before = days.filter((d) => d > 0);
  const parts: string[] = [];
  if (before.length > 0) {
    const last = before.at(-1) as number;
    const list = before.length > 1 ? `${before.slice(0, -1).join(', ')} and ${last}` : String(last);
    parts.push(`${list} day${before.length === 1 && last === 1 ? '' : 's'} before`);
  }
  if (days.includes(0)) parts.push('on the day');
  return parts.length > 0 ? `an alarm ${parts.join(' and ')}` : 'no alarms';
}

const USAGE =
  "Usage: 'calendar' gives the URL of a calendar feed of deadlines (in a channel, of its subscription; in a direct message, of your own reminders); 'calendar reset' revokes it and gives a new one.";
const ONLY_IN_PRIVATE =
  "A calendar feed URL is a secret, so I don't post it where others read: ask with /positions calendar (only you see the answer) or in a direct message to me.";
const PERSONAL_NEEDS_A_DM =
  "Your own calendar feed is only given in a direct message to me, where the chat server vouches that it is you: send me 'calendar' there.";
const NO_PERSONAL_SUBSCRIPTION =
  "You have no personal reminders yet, so there is no feed of yours. Say 'remind me about <posting>' or 'subscribe me to <words>' here, then 'calendar' again. In a channel, /positions calendar gives the feed of the channel's subscription.";
const NO_CHANNEL_SUBSCRIPTION =
  "This channel has no subscription, so it has no calendar feed. Say '/positions subscribe [words]' here first, then '/positions calendar'.";

function say(text: string, suggestions: string[] = []): Reply {
  return reply([{ kind: 'paragraph', text }], suggestions);
}

function reply(blocks: Block[], suggestions: string[]): Reply {
  const r: Reply = { text: '', blocks, postings: [], suggestions };
  r.text = renderPlain(r);
  return r;
}
