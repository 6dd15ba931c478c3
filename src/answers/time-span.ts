// A stretch of time named in a question, as calendar days at the clock: "in the next 30 days",
// "within two weeks", "this week" (the next seven days), "next week" (the seven after them),
// "this month" (today to the month's last day), "next month" (the whole
// calendar month after this one), "in March 2027", in English, French, German, Italian and
// Spanish (vocabulary in data/time-words.json). Word-based, no date parser: this runs on every
// question.
import { addDays } from '../time/calendar.ts';
import data from './data/time-words.json' with { type: 'json' };
import { formatDate, type Word, words } from './text.ts';
import { isUntilWord, monthOf, untilSpan } from './until-span.ts';

/** Calendar days, both ends included (YYYY-MM-DD). */
export interface Window {
  from: string;
  to: string;
  /** How to say it: "in the next 30 days", "in December 2026". */
  label: string;
}

export interface Span extends Window {
  /** Where the span's words are in the text. */
  at: number;
  end: number;
}

type Unit = 'day' | 'week' | 'fortnight' | 'month';

const unitOf = new Map<string, Unit>();
for (const [unit, list] of Object.entries(data.units) as [Unit, string[]][]) for (const w of list) unitOf.set(w, unit);
const thisWords: ReadonlySet<string> = new Set(data.this);
const nextWords: ReadonlySet<string> = new Set(data.next);
const leadWords: ReadonlySet<string> = new Set(data.lead);
const numberWords: ReadonlyMap<string, number> = new Map(Object.entries(data.numbers));
// "the coming days", "the next few days": about a week.
const pluralDays: ReadonlySet<string> = new Set(data.pluralDays);
const vagueCounts: ReadonlySet<string> = new Set(data.vagueCounts);
// Days named from today ("tomorrow", "après-demain") and the weekend, longest phrase first.
const relativeDays = Object.entries(data.relativeDays)
  .map(([name, days]) => ({ words: name.split(' '), days }))
  .sort((a, b) => b.words.length - a.words.length);
const weekendPhrases = [...data.weekend].sort((a, b) => b.length - a.length);
const namedDayFirst: ReadonlySet<string> = new Set([
  ...relativeDays.map((d) => d.words[0] as string),
  ...weekendPhrases.map((w) => w[0] as string),
]);

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

function numberOf(w: Word | undefined): number | null {
  if (!w) return null;
  if (/^\d{1,4}$/.test(w.norm)) return Number(w.norm);
  return numberWords.get(w.norm) ?? null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function lastDay(year: number, month: number): string {
  return `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;
}

function monthWindow(year: number, month: number, label: string): Window {
  return { from: `${year}-${pad(month)}-01`, to: lastDay(year, month), label };
}

/** `today` plus `n` calendar months, the day kept where the month has it (31 January + 1 = 28 February). */
function addMonths(today: string, n: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = Number(lastDay(year, month).slice(8));
  return `${year}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/** The window of "N units" from today, "this unit" or "next unit". */
function windowOf(today: string, unit: Unit, kind: 'count' | 'this' | 'next', n: number): Window {
  const [y, m] = today.split('-').map(Number) as [number, number];
  if (unit === 'month' && kind === 'this')
    return { from: today, to: lastDay(y, m), label: `this month (until ${formatDate(lastDay(y, m))})` };
  if (unit === 'month' && kind === 'next') {
    const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
    return monthWindow(next.y, next.m, `next month (${MONTHS[next.m - 1]} ${next.y})`);
  }
  if (unit === 'month')
    return { from: today, to: addMonths(today, n), label: `in the next ${n} month${n === 1 ? '' : 's'}` };
  // Weeks and fortnights stay rolling: "this week" is the next seven days, "next week" the seven after them.
  const days = unit === 'day' ? n : unit === 'week' ? 7 * (kind === 'count' ? n : 1) : 14 * (kind === 'count' ? n : 1);
  if (kind === 'next' && unit !== 'day') {
    const from = addDays(today, days + 1);
    const to = addDays(today, 2 * days);
    return { from, to, label: `next ${unit} (${formatDate(from)} to ${formatDate(to)})` };
  }
  return { from: today, to: addDays(today, days), label: `in the next ${days} day${days === 1 ? '' : 's'}` };
}

/** The first span named in `text`, as days from `today` (YYYY-MM-DD), or null. */
export function spanIn(text: string, today: string): Span | null {
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (isUntilWord(w.norm)) {
      const span = untilSpan(ws, i, today);
      if (span) return span;
    }
    if (namedDayFirst.has(w.norm)) {
      const span = namedDaySpan(ws, i, today);
      if (span) return span;
    }
    const unit = unitOf.get(w.norm);
    if (unit) {
      const span = unitSpan(ws, i, unit, today);
      if (span) return span;
      continue;
    }
    const month = monthOf.get(w.norm);
    if (month) {
      const span = monthSpan(ws, i, month, today);
      if (span) return span;
    }
  }
  return null;
}

/** The words of `seq` at ws[i...]: the index of their last word, or -1. */
function phraseEnd(ws: Word[], i: number, seq: string[]): number {
  for (let k = 0; k < seq.length; k++) if (ws[i + k]?.norm !== seq[k]) return -1;
  return i + seq.length - 1;
}

/**
 * "tomorrow", "demain", "the day after tomorrow": that day; after "by"/"until" from today to it,
 * after "before" to the day before. "this weekend": the coming Saturday and Sunday (from today on
 * a weekend day; "next weekend" the one after).
 */
function namedDaySpan(ws: Word[], i: number, today: string): Span | null {
  let end = -1;
  let from = today;
  let to = today;
  let label = '';
  for (const d of relativeDays) {
    end = phraseEnd(ws, i, d.words);
    if (end < 0) continue;
    from = addDays(today, d.days);
    to = from;
    label =
      d.days === 0
        ? `today, ${formatDate(today)}`
        : d.days === 1
          ? `tomorrow, ${formatDate(from)}`
          : `on ${formatDate(from)}`;
    break;
  }
  if (end < 0) {
    const phrase = weekendPhrases.find((w) => phraseEnd(ws, i, w) >= 0);
    if (!phrase) return null;
    end = i + phrase.length - 1;
    const dow = new Date(`${today}T12:00:00Z`).getUTCDay();
    const next = i > 0 && nextWords.has((ws[i - 1] as Word).norm) ? 7 : 0;
    to = addDays(today, ((7 - dow) % 7) + next);
    from = dow === 0 || dow === 6 ? (next ? addDays(to, -1) : today) : addDays(to, -1);
    label = `this weekend, ${formatDate(from)} to ${formatDate(to)}`;
  }
  let start = i;
  while (
    start > 0 &&
    (leadWords.has((ws[start - 1] as Word).norm) ||
      thisWords.has((ws[start - 1] as Word).norm) ||
      nextWords.has((ws[start - 1] as Word).norm))
  )
    start--;
  // "by tomorrow" runs from today; "before tomorrow" ends the day before.
  const lead = ws.slice(start, i).map((w) => w.norm);
  if (lead.some((w) => data.until.inclusive.includes(w))) {
    from = today;
    label = `from today to ${formatDate(to)}`;
  } else if (lead.some((w) => data.until.exclusive.includes(w))) {
    to = addDays(from, -1);
    from = today;
    if (to < from) return null;
    label = `from today to ${formatDate(to)}`;
  }
  const last = ws[end] as Word;
  return { from, to, label, at: (ws[start] as Word).at, end: last.at + last.raw.length };
}

function unitSpan(ws: Word[], i: number, unit: Unit, today: string): Span | null {
  let start = i;
  let end = i;
  let kind: 'count' | 'this' | 'next' | null = null;
  let n = 1;
  let vague = false;
  let counted = false;
  // Before the unit: "next 30 days", "the coming month", "30 days", "ce mois", "nächsten Monat".
  for (let back = 1; back <= 2 && i - back >= 0; back++) {
    const w = ws[i - back] as Word;
    // Two words back only digits count ("30 prochains jours"): "due next month" is no "2 next months".
    const num = back === 1 || /^\d/.test(w.norm) ? numberOf(w) : null;
    if (back === 1 && unit === 'day' && vagueCounts.has(w.norm)) {
      kind = 'count';
      vague = true;
      start = i - back;
    } else if (num !== null && kind !== 'count') {
      kind = 'count';
      counted = true;
      n = num;
      start = i - back;
    } else if (nextWords.has(w.norm) && kind === null) {
      kind = 'next';
      start = i - back;
    } else if (nextWords.has(w.norm) || thisWords.has(w.norm)) {
      if (kind === null) kind = 'this';
      start = i - back;
    } else break;
  }
  // After it: "el mes que viene", "ce mois-ci", "il mese prossimo".
  const after = ws[i + 1];
  const after2 = ws[i + 2];
  if (kind === null && after && nextWords.has(after.norm)) {
    kind = 'next';
    end = i + 1;
  } else if (kind === null && after?.norm === 'que' && after2 && nextWords.has(after2.norm)) {
    kind = 'next';
    end = i + 2;
  } else if (kind === null && after && thisWords.has(after.norm)) {
    kind = 'this';
    end = i + 1;
  }
  // A unit alone ("a month", "days") is a duration question, not a span; "month" after "this" is.
  if (kind === null) return null;
  // "in the next 30 days": the count words before "next" too.
  if (kind === 'count' && start > 0 && nextWords.has((ws[start - 1] as Word).norm)) start--;
  // "in the next week" is the coming seven days; "next week" alone the week after this one.
  if (kind === 'next' && unit !== 'month' && start > 0 && (ws[start - 1] as Word).norm === 'the') kind = 'count';
  while (start > 0 && leadWords.has((ws[start - 1] as Word).norm)) start--;
  if (unit === 'day' && (vague || (!counted && pluralDays.has((ws[i] as Word).norm)))) {
    const to = addDays(today, data.vagueDays);
    const win = {
      from: today,
      to,
      label: `in the next ${data.vagueDays} days, until ${formatDate(to)} (the coming days, read as a week)`,
    };
    const last = ws[end] as Word;
    return { ...win, at: (ws[start] as Word).at, end: last.at + last.raw.length };
  }
  const win = windowOf(today, unit, kind, n);
  const last = ws[end] as Word;
  return { ...win, at: (ws[start] as Word).at, end: last.at + last.raw.length };
}

function monthSpan(ws: Word[], i: number, month: number, today: string): Span | null {
  const next = ws[i + 1];
  const year = next && /^\d{4}$/.test(next.norm) ? Number(next.norm) : null;
  const before = ws[i - 1];
  // "may I apply", "march on": a month name needs a year after it or a preposition before it.
  if (year === null && !(before && leadWords.has(before.norm))) return null;
  const [ty, tm] = today.split('-').map(Number) as [number, number];
  const y = year ?? (month >= tm ? ty : ty + 1);
  let start = i;
  while (start > 0 && leadWords.has((ws[start - 1] as Word).norm)) start--;
  const last = (year !== null ? next : ws[i]) as Word;
  const win = monthWindow(y, month, `in ${MONTHS[month - 1]} ${y}`);
  return { ...win, at: (ws[start] as Word).at, end: last.at + last.raw.length };
}
