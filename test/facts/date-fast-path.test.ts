import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import words from '../../src/facts/chrono-words.json' with { type: 'json' };
import { fastDates } from '../../src/facts/date-fast-path.ts';

const reference = new Date(Date.UTC(2026, 0, 1));

/** chrono's answer in the fast path's terms (what extractDates reads), for results with a month. */
function viaChrono(text: string) {
  return chrono
    .parse(text, reference)
    .filter((r) => r.start.isCertain('month'))
    .map((r) => ({
      index: r.index,
      year: r.start.get('year'),
      month: r.start.get('month'),
      day: r.start.isCertain('day') ? r.start.get('day') : null,
      yearCertain: r.start.isCertain('year'),
      end: r.end ? 'range' : null,
    }));
}

function viaFastPath(text: string) {
  return fastDates(text)?.map((d) => ({ ...d, yearCertain: true, end: null }));
}

const prefixes = [
  '',
  'Deadline: ',
  'deadline: ',
  'Applications close on ',
  'Applications must be received by ',
  'apply by ',
  'Starting date: ',
  'Start ',
  'Available from ',
  'Topic revision: r5 - ',
  'Posted on  ',
  'closes on   ',
  'on    ',
  'Upon ',
  'Please apply before ',
  'Apply until ',
  'Take up as of ',
  'Closing date (CET): ',
  '**Deadline:** ',
  'Send your CV by ',
  'Monday, ',
  'Deadline today, ',
  'Deadline next week, ',
  'In May, by ',
  'We intend to hire by ',
  'Within the d ',
  'From ',
  'At ',
  'the first of ',
  'Deadline at noon ',
  'Revision by Müller ',
  'Revision by the Mü ',
  'Dé, ',
  'in ten Mé ',
  'Applicant\u2019s deadline ',
  '10:00, ',
  'the ',
  'end of ',
  'the last day of ',
  'in      ',
  'Deadline in ',
  'Deadline, (',
  'deadline_',
  'r5-',
  'Send your CV to ana at cc.in2p3.example.fr by ',
  'at5pm ',
  'in2days ',
  'for3w, ',
  'T10 ',
  'x5 ',
  'on3 ',
  'in2.5h ',
];
const dates = [
  '2026-01-30',
  '2026-02-29',
  '2028-02-29',
  '2026-04-31',
  '2026-13-01',
  '2026-00-10',
  '1999-12-31',
  '30 January 2026',
  '1 Feb 2027',
  '09 Sept 2026',
  '31 April 2026',
  '0 March 2026',
  '29 February 2028',
  '15 May 2026',
  'January 30, 2026',
  'Dec 1, 2026',
  'June 05, 2026',
  'February 30, 2026',
  'March 3, 2099',
];
const suffixes = [
  '',
  '.',
  ' at 17:00',
  ', 12:00 CET',
  ' CET',
  ' (CET)',
  ' AD',
  ' am',
  ' p.m.',
  " o'clock",
  ' at noon',
  ' or later',
  ' for a position',
  ' - Novak',
  ' - Müller',
  ' - Sänger',
  ' the Hé',
  ' next Dé',
  ' Mé',
  ' and January 31, 2026',
  ' to 5 March 2026',
  ' until the end of the month',
  ' ten days later',
  ' this year',
  'T10:00',
  '/2027',
  ' with the s',
  '; intend',
  ' at the latest.',
  '*',
  '_x',
  ' at cc.in2p3.example.fr',
  ' in2x',
  ' for5k',
  ' H2020',
  ' xT5',
  ' in2d',
  ' to7',
];

describe('date fast path', () => {
  it('agrees with chrono wherever it answers', () => {
    let answered = 0;
    for (const p of prefixes)
      for (const d of dates)
        for (const s of suffixes) {
          const text = `${p}${d}${s}`;
          const fast = viaFastPath(text);
          if (!fast) continue;
          answered++;
          expect(fast, text).toEqual(viaChrono(text));
        }
    // The path must keep answering the common forms, or it saves nothing.
    expect(answered).toBeGreaterThan(1500);
    // Without a date: none, or chrono's answer.
    for (const p of prefixes)
      for (const s of suffixes) {
        const fast = viaFastPath(`${p}${s}`);
        if (fast) expect(fast, `${p}${s}`).toEqual(viaChrono(`${p}${s}`));
      }
  });

  it('answers the common label and sentence forms', () => {
    for (const text of [
      'Deadline: 2026-01-30',
      'Applications close on 30 January 2026.',
      'Starting date: January 30, 2026',
      'apply by 1 Feb 2027',
      'Topic revision: r5 - 2026-06-03 - Silva',
      'Topic revision: r8 - 2027-03-20 - Müller',
      'Send your CVs to ana at cc.in2p3.example.fr by 5 January 2026.',
      'From: Ana Martin <ana.martin@cc.in2p3.example.fr>',
    ])
      expect(viaFastPath(text), text).toEqual(viaChrono(text));
  });

  it('leaves chrono everything else', () => {
    for (const text of [
      'Deadline: 30 January',
      'Deadline: 30th January 2026',
      'from 1 May 2026 to 30 June 2026',
      'Deadline: Monday 30 January 2026',
      'Start: 30 January 2026 at 10:00',
      'Deadline: 30.01.2026',
      'Deadline: 31 April 2026',
      'Start: in two weeks, 30 January 2026',
      // "the M" of "the Mé" is a minute to chrono.
      'Deadline: 30 January 2026, - the Mé',
      'Deadline: 30 January 2026, at5pm',
      'Deadline in2days: 30 January 2026',
      'Contact: ana, within 3 days',
    ])
      expect(fastDates(text), text).toBeNull();
  });

  it('knows every word of chrono English dictionaries', () => {
    const chronoDir = dirname(createRequire(import.meta.url).resolve('chrono-node'));
    const en = createRequire(import.meta.url)(join(chronoDir, 'locales/en/constants.js')) as Record<
      string,
      Record<string, unknown>
    >;
    const known = new Set([...words.endings, ...words.unitAbbreviations]);
    const dictionaries = [
      'MONTH_DICTIONARY',
      'WEEKDAY_DICTIONARY',
      'ORDINAL_WORD_DICTIONARY',
      'TIME_UNIT_DICTIONARY',
      'TIME_UNIT_DICTIONARY_NO_ABBR',
    ];
    for (const name of dictionaries)
      for (const key of Object.keys(en[name] ?? {})) {
        // "jan." and "twenty-first" end in a known word ("jan", "first").
        const last = key.replace(/\.$/, '').split(/[\s-]/).pop() ?? '';
        expect(known.has(last), `${name}: ${key}`).toBe(true);
      }
    for (const key of Object.keys(en.INTEGER_WORD_DICTIONARY ?? {})) expect(words.numberWords).toContain(key);
  });
});
