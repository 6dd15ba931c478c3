// Every posting card offers that posting's .ics. Cards are made in the brain (answers) and in
// the reminders (src/reminders/messages.ts), neither of which knows PUBLIC_URL: the link is
// added on the way out, to the bot's replies and to what is posted to channels.
import type { Reply } from '../answers/reply.ts';
import type { ChannelPoster, MessageHandler } from '../bot/types.ts';
import { renderPlain } from '../render/plain-text.ts';
import type { CalendarLinks } from './calendar-links.ts';

/** The reply with a calendar link on each card of a posting with a deadline. */
export function withCalendarLinks(reply: Reply, links: CalendarLinks): Reply {
  if (!reply.blocks.some((b) => b.kind === 'card' && b.posting.deadline && !b.calendar)) return reply;
  const blocks = reply.blocks.map((b) =>
    b.kind === 'card' && b.posting.deadline && !b.calendar ? { ...b, calendar: links.postingUrl(b.posting.id) } : b,
  );
  const linked: Reply = { ...reply, blocks };
  linked.text = renderPlain(linked);
  return linked;
}

/** A handler whose replies carry the links. */
export function linkingHandler(handler: MessageHandler, links: CalendarLinks): MessageHandler {
  return { handle: async (msg) => withCalendarLinks(await handler.handle(msg), links) };
}

/**
 * A poster whose posts (reminders, announcements) carry the links. Everything else is the
 * poster's own, by delegation, so what an adapter adds to ChannelPoster later stays reachable.
 */
export function linkingPoster<P extends ChannelPoster>(poster: P, links: CalendarLinks): P {
  const linked = Object.create(poster) as P;
  linked.postToChannel = (channelId, reply, options) =>
    poster.postToChannel(channelId, withCalendarLinks(reply, links), options);
  return linked;
}
