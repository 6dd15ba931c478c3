// Reads an iCalendar text with ical.js, a parser independent of the library that wrote it, into
// plain values a test can compare.
import ICAL from 'ical.js';

export interface ReadAlarm {
  action: string;
  /** Seconds from the event's start (negative: before). */
  trigger: number;
  related: string;
  description: string;
}

export interface ReadEvent {
  uid: string;
  sequence: number;
  summary: string;
  description: string;
  url: string | null;
  allDay: boolean;
  /** YYYY-MM-DD for an all-day event, else an ISO instant. */
  start: string;
  end: string;
  transparency: string | null;
  alarms: ReadAlarm[];
}

export interface ReadCalendar {
  name: string | null;
  method: string | null;
  events: ReadEvent[];
}

export function readCalendar(text: string): ReadCalendar {
  const root = new ICAL.Component(ICAL.parse(text));
  if (root.name !== 'vcalendar') throw new Error(`not a calendar: ${root.name}`);
  const events = root.getAllSubcomponents('vevent').map((vevent): ReadEvent => {
    const event = new ICAL.Event(vevent);
    const allDay = event.startDate.isDate;
    const when = (t: ICAL.Time) => (t.isDate ? t.toString() : t.toJSDate().toISOString());
    return {
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      description: event.description,
      url: (vevent.getFirstPropertyValue('url') as string | null) ?? null,
      allDay,
      start: when(event.startDate),
      end: when(event.endDate),
      transparency: (vevent.getFirstPropertyValue('transp') as string | null) ?? null,
      alarms: vevent.getAllSubcomponents('valarm').map((valarm) => {
        const trigger = valarm.getFirstProperty('trigger');
        const value = trigger?.getFirstValue() as ICAL.Duration;
        return {
          action: String(valarm.getFirstPropertyValue('action')),
          trigger: value.toSeconds(),
          related: String(trigger?.getParameter('related') ?? 'START'),
          description: String(valarm.getFirstPropertyValue('description')),
        };
      }),
    };
  });
  return {
    name: (root.getFirstPropertyValue('x-wr-calname') as string | null) ?? null,
    method: (root.getFirstPropertyValue('method') as string | null) ?? null,
    events,
  };
}
