import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  createEventCache,
  eventUid,
  foldLines,
  occurrenceOf,
} from '../../src/calendar/build-calendar.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { posting } from '../reminders/helpers.ts';
import { readCalendar } from './read-calendar.ts';

const NOW = new Date('2026-03-01T08:00:00Z');
const DAY = 86_400;

function calendar(postings: Posting[], offsets = [14, 7, 1], sequences = new Map<string, number>()) {
  return readCalendar(
    buildCalendar({
      name: 'positions: job deadlines',
      postings,
      offsets,
      sequences,
      uidDomain: 'jobs.example.org',
      now: NOW,
    }),
  );
}

const timed = (id: string, date: string, at: string) =>
  posting(id, date, { deadline: { text: `Applications close on ${date} at 17:00 CET`, line: 6, date, at } });

describe('a calendar of posting deadlines (read back with ical.js)', () => {
  it('makes an all-day event on the deadline date, alarms at 09:00 the days before', () => {
    const cal = calendar([posting('dqm', '2026-03-15')]);
    expect(cal.name).toBe('positions: job deadlines');
    expect(cal.method).toBe('PUBLISH');
    expect(cal.events).toHaveLength(1);
    const e = cal.events[0];
    expect(e).toMatchObject({
      uid: 'posting-dqm@jobs.example.org',
      sequence: 0,
      summary: 'Deadline: Software engineer dqm',
      allDay: true,
      start: '2026-03-15',
      end: '2026-03-16',
      url: 'https://jobs.example.org/apply/1',
      transparency: 'TRANSPARENT',
    });
    // 14 days before at 09:00 is 13 days and 15 hours before the day starts.
    expect(e?.alarms.map((a) => a.trigger)).toEqual([-14 * DAY + 9 * 3600, -7 * DAY + 9 * 3600, -DAY + 9 * 3600]);
    expect(e?.alarms.every((a) => a.action === 'DISPLAY' && a.related === 'START')).toBe(true);
    expect(e?.alarms[2]?.description).toBe('Software engineer dqm: 1 day to apply');
  });

  it('puts the link, the deadline words, the contact and the source in the description', () => {
    const [e] = calendar([posting('dqm', '2026-03-15')]).events;
    expect(e?.description.split('\n')).toEqual([
      'Application deadline of "Software engineer dqm".',
      'Organisation: CERN',
      'Experiment: CMS',
      'Location: Geneva, Switzerland',
      'Deadline: 15 March 2026 (2026-03-15). The posting says: "Apply by 2026-03-15" (line 7)',
      'Apply to: jane.doe@cern.ch',
      'Link: https://jobs.example.org/apply/1',
      'Source: dqm.md, line 1',
      'Ask the bot: /positions show dqm',
    ]);
  });

  it('makes a timed event at the instant when the posting gives a time and a zone', () => {
    const [e] = calendar([timed('dcs', '2026-03-20', '2026-03-20T16:00:00.000Z')], [7, 0]).events;
    expect(e).toMatchObject({ allDay: false, start: '2026-03-20T16:00:00.000Z', end: '2026-03-20T16:00:00.000Z' });
    expect(e?.alarms.map((a) => a.trigger)).toEqual([-7 * DAY, 0]);
    expect(e?.alarms[1]?.description).toBe('Last day to apply: Software engineer dcs');
    expect(e?.description).toContain('Deadline: 20 March 2026 (2026-03-20), 16:00 UTC.');
  });

  it('rings an alarm of offset 0 at 09:00 on the deadline day, relative to the start', () => {
    const [e] = calendar([posting('dqm', '2026-03-15')], [0]).events;
    expect(e?.alarms).toEqual([
      {
        action: 'DISPLAY',
        trigger: 9 * 3600,
        related: 'START',
        description: 'Last day to apply: Software engineer dqm',
      },
    ]);
  });

  it('leaves out postings without a deadline, and gives each event its stored sequence', () => {
    const cal = calendar(
      [posting('a', '2026-03-15'), posting('b', null), posting('c', '2026-04-01')],
      [1],
      new Map([['c', 3]]),
    );
    expect(cal.events.map((e) => [e.uid, e.sequence])).toEqual([
      ['posting-a@jobs.example.org', 0],
      ['posting-c@jobs.example.org', 3],
    ]);
  });

  it('keeps the UID when the deadline changes: it is the posting, not the date', () => {
    const before = calendar([posting('dqm', '2026-03-15')]).events[0];
    const after = calendar([posting('dqm', '2026-03-22')], [14, 7, 1], new Map([['dqm', 1]])).events[0];
    expect(after?.uid).toBe(before?.uid);
    expect(after?.start).toBe('2026-03-22');
    expect(after?.sequence).toBe(1);
    expect(occurrenceOf(posting('dqm', '2026-03-22'))).toEqual({ postingId: 'dqm', occurs: '2026-03-22' });
    expect(occurrenceOf(timed('x', '2026-03-20', '2026-03-20T16:00:00.000Z'))?.occurs).toBe('2026-03-20T16:00:00.000Z');
    expect(occurrenceOf(posting('none', null))).toBeNull();
  });

  it('keeps hostile posting text as data: no injected property, component or control character', () => {
    const evil = posting('evil', '2026-03-15', {
      title: 'Engineer\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:forged\u0000\u001b[31m; x, y',
      links: ['javascript:alert(1)', 'https://ok.example.org/a b', 'https://ok.example.org/job'],
    });
    const cal = calendar([evil]);
    expect(cal.events).toHaveLength(1);
    expect(cal.events[0]?.uid).toBe('posting-evil@jobs.example.org');
    expect(cal.events[0]?.summary).toBe('Deadline: Engineer END:VEVENT BEGIN:VEVENT UID:forged[31m; x, y');
    expect(cal.events[0]?.url).toBe('https://ok.example.org/job');
  });

  it('makes a UID of any posting id, with characters outside the plain ones encoded', () => {
    expect(eventUid('a b/c@d', 'jobs.example.org')).toBe('posting-a%20b%2Fc%40d@jobs.example.org');
  });

  it('folds long lines at 75 octets without splitting a character, as a parser unfolds them', () => {
    const line = `SUMMARY:${'Ingénieur·e 検出器 😀 '.repeat(20)}`;
    const folded = foldLines(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(5);
    for (const l of lines) expect(Buffer.byteLength(l, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`BEGIN:VEVENT\r\n${line}\r\nEND:VEVENT`);
    const title = 'Ingénieur·e 検出器 😀 '.repeat(6).trim();
    expect(calendar([posting('long', '2026-03-15', { title })]).events[0]?.summary).toBe(`Deadline: ${title}`);
  });

  it('reuses a written event while its posting, sequence and offsets are the same', () => {
    const cache = createEventCache();
    const p = posting('dqm', '2026-03-15');
    const write = (offsets: number[], sequence: number, now: Date) =>
      buildCalendar({
        name: 'x',
        postings: [p],
        offsets,
        sequences: new Map([['dqm', sequence]]),
        uidDomain: 'jobs.example.org',
        now,
        cache,
      });
    const first = write([7], 0, NOW);
    expect(write([7], 0, new Date('2026-03-02T08:00:00Z'))).toBe(first);
    expect(readCalendar(write([7, 1], 0, NOW)).events[0]?.alarms).toHaveLength(2);
    expect(readCalendar(write([7], 2, NOW)).events[0]?.sequence).toBe(2);
    // A changed file gives new posting objects: never an old event.
    const moved = posting('dqm', '2026-03-29');
    const fresh = buildCalendar({
      name: 'x',
      postings: [moved],
      offsets: [7],
      sequences: new Map([['dqm', 1]]),
      uidDomain: 'jobs.example.org',
      now: NOW,
      cache,
    });
    expect(readCalendar(fresh).events[0]?.start).toBe('2026-03-29');
  });
});
