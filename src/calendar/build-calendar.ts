// Postings' application deadlines as an RFC 5545 calendar, written by ical-generator: one event
// per posting with a deadline, all day on the deadline date, or at its instant when the posting
// gives a time and a zone; the title in SUMMARY, the link and the source in DESCRIPTION, an alarm
// at each of the subscription's offsets. Pure: the postings, their SEQUENCEs and the clock come in.
import ical, { ICalAlarmType, ICalCalendarMethod, type ICalEventData, ICalEventTransparency } from 'ical-generator';
import { formatDate } from '../answers/text.ts';
import { describeLine } from '../corpus/cite-line.ts';
import type { Posting } from '../corpus/posting.ts';
import type { CalendarOccurrence } from '../store/store.ts';

export interface CalendarOptions {
  /** The calendar's name, as a calendar app lists it. */
  name: string;
  /** The postings to show; those without a deadline are left out. */
  postings: readonly Posting[];
  /** Days before the deadline to alarm at (0: on the day). */
  offsets: readonly number[];
  /** Each posting's SEQUENCE (Store.eventSequences); 0 when missing. */
  sequences: ReadonlyMap<string, number>;
  /** The right-hand part of every UID (PUBLIC_URL's host), so UIDs are this deployment's own. */
  uidDomain: string;
  /** DTSTAMP: when an event was written. */
  now: Date;
  /** Events already written (EventCache), reused while their posting and inputs are the same. */
  cache?: EventCache;
}

/**
 * Written events, by posting object (a changed file gives new ones, so stale entries are never
 * found, and they go with their postings) and the rest of what an event is made of. A feed of
 * 10,000 postings takes 0.8 s to write and a few ms from the cache.
 */
export type EventCache = WeakMap<Posting, Map<string, string>>;

export function createEventCache(): EventCache {
  return new WeakMap();
}

/** Kinds of an event kept per posting: feeds with different offsets, a posting's own .ics. */
const CACHED_PER_POSTING = 4;

/** An all-day event's alarms ring at this hour of the user's own day (the reminders' 09:00). */
export const ALL_DAY_ALARM_HOUR = 9;
/** How often a calendar app is asked to fetch the feed again (X-PUBLISHED-TTL, seconds). */
const REFRESH_SECONDS = 6 * 3600;
const DAY_SECONDS = 86_400;

// Control characters are not allowed in iCalendar TEXT; posting text is untrusted.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const clean = (s: string) => s.replace(CONTROL, '');
const flat = (s: string) => clean(s).replace(/\s+/g, ' ').trim();
const WEB_LINK = /^https?:\/\/[^\s"<>\\^`{|}]+$/i;

const titleOf = (p: Posting) => flat(p.title) || p.id;

/** When a posting's event occurs: its deadline instant when timed, else its date; null without one. */
export function occurrenceOf(p: Posting): CalendarOccurrence | null {
  if (!p.deadline) return null;
  return { postingId: p.id, occurs: p.deadline.at ?? p.deadline.date };
}

/** The event's UID: the posting's, whatever its deadline, so a changed deadline updates the same event. */
export function eventUid(postingId: string, uidDomain: string): string {
  return `posting-${postingId.replace(/[^A-Za-z0-9._-]/g, (c) => encodeURIComponent(c))}@${uidDomain}`;
}

export function buildCalendar(options: CalendarOptions): string {
  const calendar = ical({
    name: options.name,
    prodId: { company: 'positions bot', product: 'deadlines', language: 'EN' },
    // A subscribed feed, not an invitation.
    method: ICalCalendarMethod.PUBLISH,
    ttl: REFRESH_SECONDS,
  });
  // ical-generator folds the whole calendar at the end, with a TextEncoder made for every
  // character: 3 s for 1,000 events, 50 s for 10,000. So the calendar without events is written
  // by it, and each event (written by it, unfolded) is folded here, in linear time.
  const empty = calendar.toString();
  const offsets = [...new Set(options.offsets)].filter((n) => Number.isInteger(n) && n >= 0).sort((a, b) => b - a);
  const events: string[] = [];
  const key = (p: Posting) => `${options.sequences.get(p.id) ?? 0}|${offsets.join(',')}|${options.uidDomain}`;
  for (const p of options.postings) {
    const cached = options.cache?.get(p)?.get(key(p));
    if (cached !== undefined) {
      events.push(cached);
      continue;
    }
    const data = postingEvent(p, options);
    if (!data) continue;
    const event = calendar.createEvent(data);
    const title = titleOf(p);
    for (const n of offsets) {
      event
        .createAlarm({
          type: ICalAlarmType.display,
          // In seconds before the start. An all-day event's alarm rings at ALL_DAY_ALARM_HOUR on
          // the day n days before (n = 0: on the deadline day).
          trigger: data.allDay ? n * DAY_SECONDS - ALL_DAY_ALARM_HOUR * 3600 : n * DAY_SECONDS,
          description: n === 0 ? `Last day to apply: ${title}` : `${title}: ${n} day${n === 1 ? '' : 's'} to apply`,
        })
        // Set apart: ical-generator 10 ignores relatesTo in the alarm's data, and takes a trigger
        // after the start (n = 0 of an all-day event) as relative to the END otherwise.
        .relatesTo('START');
    }
    const text = foldLines(event.toString());
    events.push(text);
    if (options.cache) {
      const kinds = options.cache.get(p) ?? new Map<string, string>();
      if (kinds.size >= CACHED_PER_POSTING) kinds.clear();
      kinds.set(key(p), text);
      options.cache.set(p, kinds);
    }
  }
  const end = empty.lastIndexOf('END:VCALENDAR');
  return `${empty.slice(0, end)}${events.join('')}${empty.slice(end)}`;
}

/** RFC 5545 3.1: content lines of more than 75 octets go on in lines that start with a space. */
export function foldLines(text: string): string {
  return text
    .split('\r\n')
    .map((line) => (line.length <= 25 || Buffer.byteLength(line, 'utf8') <= FOLD_OCTETS ? line : foldLine(line)))
    .join('\r\n');
}

const FOLD_OCTETS = 75;

function foldLine(line: string): string {
  let out = '';
  let octets = 0;
  // By code point, so a character's UTF-8 bytes (and a surrogate pair) are never split.
  for (const ch of line) {
    const cp = ch.codePointAt(0) as number;
    const n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + n > FOLD_OCTETS) {
      out += '\r\n ';
      octets = 1;
    }
    out += ch;
    octets += n;
  }
  return out;
}

function postingEvent(p: Posting, options: CalendarOptions): ICalEventData | null {
  const deadline = p.deadline;
  if (!deadline) return null;
  const title = titleOf(p);
  const timed = deadline.at !== undefined;
  const [y, m, d] = deadline.date.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const link = p.links.find((l) => WEB_LINK.test(l));
  return {
    id: eventUid(p.id, options.uidDomain),
    sequence: options.sequences.get(p.id) ?? 0,
    stamp: options.now,
    ...(timed
      ? // A deadline is an instant: the event starts and ends then (RFC 5545 3.6.1, no DTEND).
        { start: new Date(deadline.at as string) }
      : // A date: all day, floating, so it is that day wherever the reader is.
        { start: day, end: new Date(Date.UTC(y, m - 1, d + 1)), allDay: true }),
    summary: `Deadline: ${title}`,
    description: describePosting(p, title, link),
    ...(link ? { url: link } : {}),
    // A deadline does not make anyone busy.
    transparency: ICalEventTransparency.TRANSPARENT,
  };
}

/** What the event's DESCRIPTION says: what, where from, when, how to apply, the source. */
function describePosting(p: Posting, title: string, link: string | undefined): string {
  const deadline = p.deadline;
  const lines = [`Application deadline of "${title}".`];
  if (p.organisation) lines.push(`Organisation: ${flat(p.organisation)}`);
  if (p.experiment && p.experiment !== p.organisation) lines.push(`Experiment: ${flat(p.experiment)}`);
  if (p.location) lines.push(`Location: ${flat(p.location.text)}`);
  if (deadline) {
    const when = deadline.at
      ? `${formatDate(deadline.date)}, ${deadline.at.slice(11, 16)} UTC`
      : formatDate(deadline.date);
    lines.push(`Deadline: ${when}. The posting says: "${flat(deadline.text)}" (line ${deadline.line})`);
  }
  const emails = [...new Set(p.contacts.map((c) => c.email).filter((e): e is string => Boolean(e)))];
  if (emails.length) lines.push(`Apply to: ${emails.map(flat).join(', ')}`);
  if (link) lines.push(`Link: ${link}`);
  lines.push(`Source: ${flat(p.source.file)}, ${describeLine(p.source)}`);
  lines.push(`Ask the bot: /positions show ${p.id}`);
  return lines.join('\n');
}
