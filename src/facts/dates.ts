// Dates with roles: deadline, start (a day or a range) and posted/revised. Only lines that
// can hold a date AND carry a cue word reach chrono-node, so a large corpus stays fast and an
// unrelated date is never taken for a deadline.
import * as chrono from 'chrono-node/en';
import type { DateFact, StartFact } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import cues from './cues.json' with { type: 'json' };
import { fastDates } from './date-fast-path.ts';

export type DateRole = 'deadline' | 'start' | 'posted';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cueRe: Record<DateRole, RegExp> = {
  deadline: new RegExp(`\\b(?:${cues.dates.deadline.map(esc).join('|')})\\b`, 'i'),
  start: new RegExp(`\\b(?:${cues.dates.start.map(esc).join('|')})\\b`, 'i'),
  posted: new RegExp(`\\b(?:${cues.dates.posted.map(esc).join('|')})\\b`, 'i'),
};
// Global twins for roleAt's scans, made once (not per date found).
const cueReGlobal: Record<DateRole, RegExp> = {
  deadline: new RegExp(cueRe.deadline.source, 'gi'),
  start: new RegExp(cueRe.start.source, 'gi'),
  posted: new RegExp(cueRe.posted.source, 'gi'),
};
const mayHoldDate =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b(?:19|20)\d{2}\b/i;

const BETWEEN = /\bbetween(\s+[^.;]{3,40}?\s+)and(\s)/gi;

/** Sentences of a line (a label line stays whole), at most 600 characters each. */
function sentences(text: string): string[] {
  if (text.length <= 160) return [text];
  return text.split(/(?<=[.!?;])\s+(?=[A-Z*\d])/).map((t) => t.slice(0, 600));
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

interface Found {
  role: DateRole;
  from: string;
  to: string | null;
  score: number;
}

/** The role of a date at `index` in `text`, from the nearest cue before it (same sentence). */
function roleAt(text: string, index: number, entry: Entry): { role: DateRole; score: number } | null {
  const before = text.slice(Math.max(0, index - 90), index);
  const sentence = before.split(/[.!?;](?:\s|$)/).pop() ?? before;
  const label = entry.kind === 'label' ? entry.section : null;
  if (label === 'deadline') return { role: 'deadline', score: 3 };
  if (label === 'start') return { role: 'start', score: 3 };
  let best: { role: DateRole; at: number } | null = null;
  for (const role of ['deadline', 'start', 'posted'] as const) {
    const re = cueReGlobal[role];
    re.lastIndex = 0;
    let m: RegExpExecArray | null = re.exec(sentence);
    while (m) {
      if (!best || m.index > best.at) best = { role, at: m.index };
      m = re.exec(sentence);
    }
  }
  if (best) return { role: best.role, score: entry.kind === 'label' ? 3 : 2 };
  // "send ... by <date>" / "apply by <date>": "by" right before the date after a send/apply verb.
  if (/\b(?:by|before|until)\s*[*_]*\s*$/i.test(sentence) && /\b(send|submit|apply|application)/i.test(sentence)) {
    return { role: 'deadline', score: 2 };
  }
  if (entry.section === 'deadline') return { role: 'deadline', score: 1 };
  if (entry.section === 'start') return { role: 'start', score: 1 };
  return null;
}

/** A date read from a sentence: its month is certain, its day null when not stated. */
interface ReadDate {
  index: number;
  year: number;
  month: number;
  day: number | null;
  end: { year: number; month: number; day: number | null } | null;
}

/** The fast path's reading when it has one, chrono's otherwise. */
function readDates(text: string, reference: Date): ReadDate[] {
  // chrono reads "X to Y" as a range but "between X and Y" as two dates: rewrite the latter
  // in place, keeping every offset (roleAt reads cue words at the same indices).
  const ranged = text.replace(BETWEEN, (_m, mid: string, sp: string) => `       ${mid}to ${sp}`);
  const fast = fastDates(ranged);
  if (fast) return fast.map((f) => ({ index: f.index, year: f.year, month: f.month, day: f.day, end: null }));
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(ranged, reference);
  } catch {
    return [];
  }
  const out: ReadDate[] = [];
  for (const r of results) {
    const s = r.start;
    // A bare year ("in 2022") is not a date a role can be judged by.
    if (!s.isCertain('month')) continue;
    const y = s.get('year');
    const m = s.get('month');
    if (!y || !m || (!s.isCertain('year') && !reference)) continue;
    const day = s.isCertain('day') ? (s.get('day') ?? 1) : null;
    let end: ReadDate['end'] = null;
    if (r.end) {
      const ey = r.end.get('year') ?? y;
      const em = r.end.get('month') ?? m;
      end = { year: ey, month: em, day: r.end.isCertain('day') ? (r.end.get('day') ?? 1) : null };
    }
    out.push({ index: r.index, year: y, month: m, day, end });
  }
  return out;
}

export interface DateFacts {
  deadline: DateFact | null;
  start: StartFact | null;
  posted: DateFact | null;
}

export function extractDates(entries: Entry[], reference: Date): DateFacts {
  const best: Record<DateRole, (Found & { entry: Entry }) | null> = { deadline: null, start: null, posted: null };
  for (const entry of entries) {
    if (entry.text.length > 5000 || !/\d/.test(entry.text) || !mayHoldDate.test(entry.text)) continue;
    const sectionCue = entry.section === 'deadline' || entry.section === 'start' || entry.kind === 'label';
    // Only the sentences that can hold a date and carry a cue reach chrono.
    for (const text of sentences(entry.text)) {
      // A short entry is one sentence, tested just above.
      if (text !== entry.text && !mayHoldDate.test(text)) continue;
      if (
        !sectionCue &&
        !cueRe.deadline.test(text) &&
        !cueRe.start.test(text) &&
        !cueRe.posted.test(text) &&
        !/\b(?:by|before|until)\b/i.test(text)
      )
        continue;
      scan(text, entry);
    }
  }
  function scan(text: string, entry: Entry) {
    for (const r of readDates(text, reference)) {
      const role = roleAt(text, r.index, entry);
      if (!role) continue;
      const { year: y, month: m, day } = r;
      const from = iso(y, m, day ?? 1);
      let to: string | null = null;
      if (r.end) {
        const { year: ey, month: em } = r.end;
        to = iso(ey, em, r.end.day ?? lastDay(ey, em));
      } else if (day === null && role.role === 'start') {
        to = iso(y, m, lastDay(y, m));
      }
      // Deadline without a day: the end of that month.
      const date = role.role === 'deadline' && day === null ? iso(y, m, lastDay(y, m)) : from;
      const prev = best[role.role];
      if (!prev || role.score > prev.score)
        best[role.role] = { role: role.role, from: date, to, score: role.score, entry };
    }
  }
  const d = best.deadline;
  const st = best.start;
  const p = best.posted;
  return {
    deadline: d ? { text: d.entry.text, line: d.entry.line, date: d.from } : null,
    start: st ? { text: st.entry.text, line: st.entry.line, from: st.from, to: st.to } : null,
    posted: p ? { text: p.entry.text, line: p.entry.line, date: p.from } : null,
  };
}
