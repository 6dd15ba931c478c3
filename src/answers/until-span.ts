// A span that ends on a named day, from today: "by December 15", "before the 15th of December",
// "bis 15. Dezember", "avant Noël", "entro fine anno", "until the end of the month". The day is
// kept after "by"/"until" and left out after "before"; a day already past is next year's.
// Vocabulary in data/time-words.json (until, articles, ends, days, months).
import { addDays } from '../time/calendar.ts';
import data from './data/time-words.json' with { type: 'json' };
import { formatDate, type Word } from './text.ts';
import type { Span } from './time-span.ts';

const inclusive: ReadonlySet<string> = new Set(data.until.inclusive);
const exclusive: ReadonlySet<string> = new Set(data.until.exclusive);
const after: ReadonlySet<string> = new Set(data.until.after);
const articles: ReadonlySet<string> = new Set(data.articles);
/** Month names of every language (lower case) -> 1-12; time-span.ts reads the same map. */
export const monthOf = new Map<string, number>();
data.months.forEach((names, i) => {
  for (const n of names) monthOf.set(n, i + 1);
});
const ends = Object.entries(data.ends) as ['year' | 'month', string[][]][];
// Fixed days by their words ("new year" is two).
const fixedDays = Object.entries(data.days).map(([name, md]) => ({ words: name.split(' '), md }));

const pad = (n: number): string => String(n).padStart(2, '0');
/** Units and time words after a number make it a count or a time ("the 5 days", "before 5 pm"), not a day. */
const countWords: ReadonlySet<string> = new Set([
  ...Object.values(data.units).flat(),
  'pm',
  'am',
  'h',
  'hours',
  'hour',
  'uhr',
  'heures',
  'ore',
  'horas',
  'o',
]);

export function isUntilWord(norm: string): boolean {
  return inclusive.has(norm) || exclusive.has(norm) || after.has(norm);
}

/** The words of `seq` at ws[i...], or -1: the index after them. */
function seqAt(ws: Word[], i: number, seq: string[]): number {
  for (let k = 0; k < seq.length; k++) if (ws[i + k]?.norm !== seq[k]) return -1;
  return i + seq.length;
}

/** A day of the month as written ("15", "15th", "1st", "2nd"), or null. */
function dayOf(w: Word | undefined): number | null {
  const m = w ? /^(\d{1,2})(?:st|nd|rd|th|er|e)?$/.exec(w.norm) : null;
  const d = m ? Number(m[1]) : 0;
  return d >= 1 && d <= 31 ? d : null;
}

/** The month and day at ws[i...] ("15 December", "December 15th", "15th of December"), with the index after. */
function monthDayAt(ws: Word[], i: number): { month: number; day: number; next: number } | null {
  const first = dayOf(ws[i]);
  if (first !== null) {
    let k = i + 1;
    while (k < ws.length && articles.has((ws[k] as Word).norm)) k++;
    const month = monthOf.get(ws[k]?.norm ?? '');
    return month ? { month, day: first, next: k + 1 } : null;
  }
  const month = monthOf.get(ws[i]?.norm ?? '');
  const day = month ? dayOf(ws[i + 1]) : null;
  return month && day !== null ? { month, day, next: i + 2 } : null;
}

/** A valid date of `year`-`md`, or null (30 February). */
function dateOf(year: number, md: string): string | null {
  const date = `${year}-${md}`;
  const [m, d] = md.split('-').map(Number) as [number, number];
  const probe = new Date(Date.UTC(year, m - 1, d));
  return probe.getUTCMonth() === m - 1 && probe.getUTCDate() === d ? date : null;
}

/** The span of the until word at ws[i], or null when no day follows it. */
export function untilSpan(ws: Word[], i: number, today: string): Span | null {
  const lead = ws[i] as Word;
  let k = i + 1;
  while (k < ws.length && articles.has((ws[k] as Word).norm)) k++;
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  let target: string | null = null;
  let next = -1;
  // "before the end of the year" still takes the year's last day.
  let isEnd = false;
  for (const [unit, phrases] of ends) {
    for (const seq of phrases) {
      next = seqAt(ws, k, seq);
      if (next < 0) continue;
      isEnd = true;
      target =
        unit === 'year' ? `${ty}-12-31` : addDays(`${tm === 12 ? ty + 1 : ty}-${pad(tm === 12 ? 1 : tm + 1)}-01`, -1);
      break;
    }
    if (target) break;
  }
  if (!target) {
    let md: string | null = null;
    for (const f of fixedDays) {
      next = seqAt(ws, k, f.words);
      if (next >= 0) {
        md = f.md;
        break;
      }
    }
    if (!md) {
      const at = monthDayAt(ws, k);
      if (!at) {
        // "before the 29th", "by the 5th", "bis zum 5.": a day without its month is the next such day.
        const bare = bareDayAt(ws, k, k > i + 1);
        if (bare === null) return null;
        const target = nextDay(today, bare, exclusive.has(lead.norm));
        if (!target) return null;
        return spanTo(ws, i, k + 1, today, target, false);
      }
      md = `${pad(at.month)}-${pad(at.day)}`;
      next = at.next;
    }
    // A year after the day is that year's; without one, the next such day from today.
    const year = /^\d{4}$/.test(ws[next]?.norm ?? '') ? Number((ws[next] as Word).norm) : null;
    if (year !== null) next++;
    target = dateOf(year ?? ty, md);
    if (target && year === null && target < today) target = dateOf(ty + 1, md);
  }
  if (!target) return null;
  return spanTo(ws, i, next, today, target, isEnd);
}

function spanTo(ws: Word[], i: number, next: number, today: string, target: string, isEnd: boolean): Span | null {
  const lead = ws[i] as Word;
  // "after Christmas": from the next day on, for a year.
  if (after.has(lead.norm)) {
    const from = addDays(target, 1);
    const last = ws[next - 1] as Word;
    return {
      from: from < today ? today : from,
      to: addDays(from, 365),
      label: `after ${formatDate(target)}`,
      at: lead.at,
      end: last.at + last.raw.length,
    };
  }
  const before = exclusive.has(lead.norm) && !isEnd;
  const to = before ? addDays(target, -1) : target;
  if (to < today) return null;
  const last = ws[next - 1] as Word;
  return {
    from: today,
    to,
    label: `${before ? 'before' : 'by'} ${formatDate(target)}`,
    at: lead.at,
    end: last.at + last.raw.length,
  };
}

/**
 * A day of the month with no month at ws[k]: written as an ordinal ("29th", "5e", "1er") or after
 * an article ("the 29", "le 5", "zum 5."), and not a count ("the 5 days") or a year. Else null.
 */
function bareDayAt(ws: Word[], k: number, afterArticle: boolean): number | null {
  const w = ws[k];
  const day = dayOf(w);
  if (!w || day === null) return null;
  if (!afterArticle && /^\d+$/.test(w.norm)) return null;
  const after = ws[k + 1]?.norm ?? '';
  return /^\d/.test(after) || countWords.has(after) ? null : day;
}

/** The next date from today that falls on `day` of a month; after "before", not today itself. */
function nextDay(today: string, day: number, exclusiveDay: boolean): string | null {
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  for (let k = 0; k < 3; k++) {
    const m0 = tm - 1 + k;
    const y = ty + Math.floor(m0 / 12);
    const date = dateOf(y, `${pad((m0 % 12) + 1)}-${pad(day)}`);
    if (!date) continue;
    if (k === 0 && (day < td || (exclusiveDay && day === td))) continue;
    return date;
  }
  return null;
}
