// A day of the month without its month ("anything before the 29th?", "what closes by the 5th",
// "bis zum 5.", "avant le 15", "prima del 20", "antes del 3") is the next such day from today;
// a count or a time ("the 5 days", "before 5 pm") is not a day.
import { describe, expect, it } from 'vitest';
import { spanIn } from '../../src/answers/time-span.ts';
import { askerOfTexts } from './helpers.ts';

const window = (text: string, today: string) => {
  const s = spanIn(text, today);
  return s ? [s.from, s.to] : null;
};

describe('a day without its month', () => {
  it.each([
    ['anything before the 29th?', '2027-01-10', ['2027-01-10', '2027-01-28']],
    ['what closes before the 5th', '2027-01-10', ['2027-01-10', '2027-02-04']],
    ['deadlines by the 10th', '2027-01-10', ['2027-01-10', '2027-01-10']],
    ['anything before the 10th', '2027-01-10', ['2027-01-10', '2027-02-09']],
    ['what closes by the 31st', '2027-02-03', ['2027-02-03', '2027-03-31']],
    ['what closes before the 2nd', '2027-12-20', ['2027-12-20', '2028-01-01']],
    ['was läuft bis zum 5. ab?', '2027-01-10', ['2027-01-10', '2027-02-05']],
    ['quoi avant le 15 ?', '2027-01-10', ['2027-01-10', '2027-01-14']],
    ['qualcosa che scade prima del 20?', '2027-01-10', ['2027-01-10', '2027-01-19']],
    ['algo antes del 3?', '2027-01-10', ['2027-01-10', '2027-02-02']],
  ])('"%s" at %s', (text, today, expected) => {
    expect(window(text, today)).toEqual(expected);
  });

  it.each(['what closes before 5 pm', 'deadlines in the next 5 days', 'before 29'])(
    '"%s" names no day of a month',
    (text) => {
      const s = spanIn(text, '2027-01-10');
      expect(s === null || s.to !== '2027-01-28').toBe(true);
      if (text === 'before 29') expect(s).toBeNull();
    },
  );
});

const { ask } = askerOfTexts(
  {
    'soon.txt': `Beam Diagnostics Engineer\n\nLocation: Geneva, Switzerland\nDeadline: 20 January 2027\n`,
    'later.txt': `Vacuum Physicist\n\nLocation: Lund, Sweden\nDeadline: 3 February 2027\n`,
  },
  { now: '2027-01-10' },
);
const files = (q: string) => ask(q).postings.map((p) => p.source.file);

describe('a set question to a day without its month', () => {
  it.each([
    ['anything before the 29th?', ['soon.txt']],
    ['what closes before the 5th', ['soon.txt', 'later.txt']],
    ['quoi avant le 25 ?', ['soon.txt']],
    ['qualcosa che scade prima del 25?', ['soon.txt']],
    ['welche Stellen enden vor dem 25.?', ['soon.txt']],
    ['¿algo antes del 4?', ['soon.txt', 'later.txt']],
  ])('"%s" lists what closes by then', (q, expected) => {
    expect(files(q)).toEqual(expected);
  });
});
