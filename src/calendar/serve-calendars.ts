// The calendar routes on the bot's HTTP port: GET /calendar/<token>.ics, a subscription's feed
// (a channel's, or a person's: channel id '@user'), and GET /calendar/posting/<id>.ics?key=…,
// one posting's event. Both are built from the corpus as it is at the request. A wrong token, a
// revoked one, a feed whose subscription is gone, a wrong key and an unknown posting all get the
// same 404 as an unknown path, so a response never tells which.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { HttpServer } from '../adapters/http-server.ts';
import type { Clock } from '../bot/types.ts';
import type { Posting } from '../corpus/posting.ts';
import { subscriptionMatches } from '../reminders/filter.ts';
import type { Store, Subscription } from '../store/store.ts';
import { buildCalendar, createEventCache, occurrenceOf } from './build-calendar.ts';
import { CALENDAR_PREFIX, FEED_TOKEN, POSTING_CALENDAR_PREFIX, postingKeyMatches } from './calendar-links.ts';

export interface CalendarServerDeps {
  store: Store;
  /** The corpus now. */
  postings: () => Posting[];
  clock: Clock;
  /** Alarms of a single posting's .ics: the default reminder offsets. */
  defaultOffsets: readonly number[];
  /** The key posting links are signed with (CalendarLinks). */
  linkSecret: string;
  /** PUBLIC_URL, whose host ends every UID. */
  publicUrl: () => string;
  log: Logger;
}

/**
 * The postings a subscription's calendar shows: those with a deadline its reminders are about.
 * The match is the reminders' own (src/reminders/filter.ts), so the feed and the reminders agree.
 */
export function feedPostings(sub: Subscription, postings: readonly Posting[]): Posting[] {
  return postings.filter((p) => p.deadline !== null && subscriptionMatches(p, sub));
}

/** The calendar's name in the reader's calendar app. */
function feedName(sub: Subscription): string {
  const whose = sub.channelId.startsWith('@') ? 'my job deadlines' : 'job deadlines';
  return `positions: ${whose}${sub.filter ? ` (${sub.filter})` : ''}`;
}

export function serveCalendars(http: HttpServer, deps: CalendarServerDeps): void {
  const { store, log } = deps;
  const uidDomain = () => new URL(deps.publicUrl()).hostname || 'positions.invalid';
  const cache = createEventCache();

  async function send(res: ServerResponse, name: string, postings: Posting[], offsets: readonly number[]) {
    const occurrences = postings.map(occurrenceOf).filter((o) => o !== null);
    const sequences = await store.eventSequences(occurrences);
    const body = buildCalendar({
      name,
      postings,
      offsets,
      sequences,
      uidDomain: uidDomain(),
      now: deps.clock(),
      cache,
    });
    res
      .writeHead(200, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-length': Buffer.byteLength(body, 'utf8'),
        'content-disposition': 'inline; filename="positions.ics"',
        // The URL is the secret: no shared cache keeps it, no page it opens from learns it.
        'cache-control': 'private, max-age=300',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
      })
      .end(body);
  }

  async function onFeed(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req);
    const token = path.slice(CALENDAR_PREFIX.length).replace(/\.ics$/, '');
    if (!path.endsWith('.ics') || !FEED_TOKEN.test(token)) return notFound(res);
    const feed = await store.calendarFeed(token);
    const sub = feed ? await store.subscription(feed.platform, feed.channelId) : null;
    if (!sub) return notFound(res);
    const personal = sub.channelId.startsWith('@');
    log.debug({ platform: sub.platform, personal }, 'calendar feed served');
    // A person's feed leaves out what they applied to or stopped, as their reminders do.
    const done = new Set<string>();
    if (personal)
      for (const m of await store.postingMarks({ platform: sub.platform, userId: sub.channelId.slice(1) }))
        if (m.state !== 'snoozed') done.add(m.postingId);
    const postings = feedPostings(sub, deps.postings()).filter((p) => !done.has(p.id));
    await send(res, feedName(sub), postings, sub.offsets);
  }

  async function onPosting(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = pathOf(req);
    if (!path.endsWith('.ics')) return notFound(res);
    let id: string;
    try {
      id = decodeURIComponent(path.slice(POSTING_CALENDAR_PREFIX.length, -'.ics'.length));
    } catch {
      return notFound(res);
    }
    const key = new URL(req.url ?? '/', 'http://x').searchParams.get('key') ?? '';
    if (!postingKeyMatches(deps.linkSecret, id, key)) return notFound(res);
    const posting = deps.postings().find((p) => p.id === id && p.deadline !== null);
    if (!posting) return notFound(res);
    await send(res, `positions: ${posting.title.replace(/\s+/g, ' ').trim()}`, [posting], deps.defaultOffsets);
  }

  // HEAD too: some calendar apps ask before they fetch (Node sends no body to a HEAD).
  for (const method of ['GET', 'HEAD']) {
    http.routePrefix(method, POSTING_CALENDAR_PREFIX, onPosting);
    http.routePrefix(method, CALENDAR_PREFIX, onFeed);
  }
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?')[0] ?? '/';
}

/** The same answer as an unknown path's (src/adapters/http-server.ts). */
function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
}
