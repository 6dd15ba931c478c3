// The workload as a fraction of full time: "0.8 FTE", "minimum work rate of 50%", "80-100%"
// (the lower bound), "20 hours a week" against a stated full week, "4 days per week", "half the
// regular working hours", "full-time" / "temps plein" (1, only when stated). "Part-time" alone
// is a workload without a fraction.
import type { WorkloadFact } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import { HINT_WORKLOAD, hints, lowerOf } from './line-hints.ts';
import { NUMBER_WORDS } from './number-words.ts';
import scales from './pay-scales.json' with { type: 'json' };
import { compilePhrases } from './phrase-regex.ts';
import words from './workload-words.json' with { type: 'json' };

const percentCueRe = compilePhrases(words.percentCues);
const percentAfterRe = compilePhrases(words.percentCuesAfter);
const fullTimeRe = compilePhrases(words.fullTime);
const notFullTimeRe = compilePhrases(words.notFullTime, 'gi');
const partTimeRe = compilePhrases(words.partTime);
const halfRe = compilePhrases(words.half);
const fullWeekCueRe = compilePhrases(words.fullWeekCues);
const labelRe = compilePhrases(words.workloadLabels);
const presenceRe = compilePhrases(words.presenceWords);
const extraPeriodRe = compilePhrases(words.extraPeriod);
// A tariff or a German pay group just before: "E 13 TV-L (65 %)", "Entgeltgruppe 13 TVöD Bund (85 %)".
const tariffBeforeRe = new RegExp(
  `(?:${compilePhrases(scales.tariffs).source}|\\bE\\s?G?\\s?(?:9|1[0-5])\\b)[^\\d%]{0,12}$`,
  'i',
);
const fullValueRe = new RegExp(`^\\s*${compilePhrases(words.fullTimeValues).source}\\s*\\.?$`, 'i');

// "0.8 FTE", and the French "0,5 ETP" (équivalent temps plein).
const fteRe = /(\d(?:[.,]\d{1,2})?)\s*(?:FTE|ETP)\b|\b(?:FTE|ETP)\s*(?:of\s*)?:?\s*(\d(?:[.,]\d{1,2})?)(?!\d)/i;
const percentRe = /(?<![\d.,])(\d{1,3})(?:\s*%?\s*(?:-|–|to|bis|à|a)\s*(\d{1,3}))?\s*%/g;
// "80% of its full economic cost", "100% presence", "un 5 % de los contratos": a share of something
// else; but "65% of a full-time position", "50% of the regular working hours" are the workload.
const notWorkloadAfter =
  /^\s*(?:of\s+(?:the|its|their|your|a)\b(?!\s+(?:full|regular|normal|standard|usual)[\s-]*(?:time|working|position|post|employment|appointment|week|workload|hours))|(?:de\s+(?:los|las)|des|dei|degli|delle)\s+(?!(?:heures|horas|ore)\b)|presence|funding|funded|discount|reduction|tax|remote|telework|home\s*office|mobile)/i;
// "32-40 hours a week": the lower bound, as for a range of percentages.
const hoursRe =
  /(?<![\d.,])(\d{1,2}(?:[.,]\d)?)(?:\s*(?:-|–|to|bis)\s*\d{1,2}(?:[.,]\d)?)?[\s-]*(?:hours?|hrs?|h|Stunden|Std\.?|heures|ore|horas)\b[\s-]*(?:a|per|\/|each|every|pro|par|alla|a la|por|in the|la|de)?\s*(?:week|wk|Woche|semaine|settimana|semana)\b/gi;
const hourFigureRe = /(?<![\d.,])(\d{2}(?:[.,]\d)?)[\s-]*(?:hours?|hrs?|h|Stunden|heures|ore|horas)\b/gi;
const daysRe =
  /(?<![\d.,])(\d|one|two|three|four|five)\s*(?:working\s+)?days?(?:\(s\))?\s*(?:a|per|\/|each|every|pro|par)\s*(?:week|wk|Woche|semaine)\b/i;
const LABEL_VALUE = /^([^:]{2,40}?)\s*:\s*(.{1,40})$/;

interface Found {
  fte: number | null;
  /** 1: a stated fraction, 2: full time, 3: part time without a fraction. */
  rank: number;
}

const fraction = (n: number): number | null => (n > 0 && n <= 1 ? Math.round(n * 1000) / 1000 : null);

/**
 * "Postdoc (60 %) in Astroparticle Physics", "Doktorand/in (80-100%)": a bracketed rate on a
 * short line with no other figure (a title) is the post's; "per year (100%)" beside pay is not.
 */
function titleRate(t: string, start: number, end: number): boolean {
  if (t.length > 120 || t[start - 1] !== '(' || t[end] !== ')') return false;
  return !/\d/.test(t.slice(0, start)) && !/\d/.test(t.slice(end));
}

/** "TV-L E13 (65%)": a bracketed rate after a German tariff's pay group is the post's share of a full one. */
function tariffRate(t: string, start: number, end: number): boolean {
  return (
    t[start - 1] === '(' &&
    /^\s*\)/.test(t.slice(end)) &&
    tariffBeforeRe.test(t.slice(Math.max(0, start - 40), start - 1))
  );
}

/**
 * "100%, Zurich, fixed-term", "80-100% | Villigen | Postdoc": a rate leading a short line of a
 * post's facets, with no other figure, is the post's workload.
 */
function facetRate(t: string, start: number, end: number): boolean {
  if (t.length > 80 || /\S/.test(t.slice(0, start).replace(/[-*•·]/g, ''))) return false;
  return /^\s*[,|·•;]/.test(t.slice(end)) && !/\d/.test(t.slice(end));
}

// "TV-L E 13 (65 %)", "E13 TVöD, 50 %": a rate right after a German pay group is the post's share.
const SCALE_BEFORE = /(?:\bTV-?[LH]|\bTVöD(?:-Bund|-VKA)?|\bEG?\s?(?:9|1[0-5])[a-c]?)[\s,;(]{0,4}$/;
const scaleRate = (t: string, start: number): boolean => SCALE_BEFORE.test(t.slice(Math.max(0, start - 24), start));

/** The sentence's words before `at` (at most 100 characters). */
function sentenceBefore(t: string, at: number): string {
  const s = t.slice(Math.max(0, at - 100), at);
  const end = Math.max(s.lastIndexOf('. '), s.lastIndexOf('; '));
  return end >= 0 ? s.slice(end + 2) : s;
}

function percentIn(t: string): number | null {
  for (const m of t.matchAll(percentRe)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (notWorkloadAfter.test(t.slice(end))) continue;
    // "an optional extra year of teaching at 20 %": that year's rate, not the post's.
    if (extraPeriodRe.test(sentenceBefore(t, start))) continue;
    const near = t.slice(Math.max(0, start - 50), Math.min(t.length, end + 30));
    if (
      !percentCueRe.test(near) &&
      !percentAfterRe.test(t.slice(end, end + 15)) &&
      !titleRate(t, start, end) &&
      !facetRate(t, start, end) &&
      !tariffRate(t, start, end) &&
      !scaleRate(t, start)
    )
      continue;
    const a = Number(m[1]);
    const b = m[2] ? Number(m[2]) : a;
    const f = fraction(Math.min(a, b) / 100);
    if (f !== null) return f;
  }
  return null;
}

function hoursIn(t: string): Found | null {
  for (const m of t.matchAll(hoursRe)) {
    const h = Number((m[1] ?? '').replace(',', '.'));
    // The full week: another figure of hours beside a word that says it is the full one.
    let full: number | null = null;
    for (const f of t.matchAll(hourFigureRe)) {
      if (f.index === m.index) continue;
      const v = Number((f[1] ?? '').replace(',', '.'));
      const around = t.slice(Math.max(0, (f.index ?? 0) - 25), (f.index ?? 0) + f[0].length + 15);
      if (v > h && fullWeekCueRe.test(around)) full = v;
    }
    if (full) return { fte: fraction(h / full), rank: 1 };
    return { fte: null, rank: 3 };
  }
  return null;
}

function workloadIn(e: Entry): Found | null {
  const t = e.text;
  const lo = lowerOf(e);
  // Substring tests before each rule's regex: most lines that reach here need one rule at most.
  const fte = lo.includes('fte') || lo.includes('etp') ? fteRe.exec(t) : null;
  if (fte) {
    const f = fraction(Number((fte[1] ?? fte[2] ?? '').replace(',', '.')));
    if (f !== null) return { fte: f, rank: 1 };
  }
  const pct = t.includes('%') ? percentIn(t) : null;
  if (pct !== null) return { fte: pct, rank: 1 };
  if (/half|halb|mi-temps|metà|media/.test(lo) && halfRe.test(t)) return { fte: 0.5, rank: 1 };
  const days = lo.includes('day') ? daysRe.exec(t) : null;
  // "onsite 3 days per week": where the work is done on those days, not how much there is.
  if (days && !presenceRe.test(t.slice(Math.max(0, days.index - 40), days.index + days[0].length + 30))) {
    const n = NUMBER_WORDS[(days[1] ?? '').toLowerCase()] ?? Number(days[1]);
    const f = fraction(n / 5);
    if (f !== null) return { fte: f, rank: 1 };
  }
  const hours = /\d/.test(t) ? hoursIn(t) : null;
  if (hours?.fte) return hours;
  const part = /part|teil|partiel|parzial|parcial|mi-temps/.test(lo) && partTimeRe.test(t);
  if (/full|voll|plein|complet|pieno/.test(lo)) {
    const full = lo.includes('quival') ? t.replace(notFullTimeRe, ' ') : t;
    if (fullTimeRe.test(full) && !part) return { fte: 1, rank: 2 };
    // "Quotité de travail : Complet", "Workload: full".
    const kv = LABEL_VALUE.exec(t);
    if (kv && labelRe.test(e.label ?? kv[1] ?? '') && fullValueRe.test(kv[2] ?? '')) return { fte: 1, rank: 2 };
  }
  if (hours) return hours;
  if (part) return { fte: null, rank: 3 };
  return null;
}

export function extractWorkload(entries: Entry[]): WorkloadFact | null {
  let best: { fact: WorkloadFact; rank: number } | null = null;
  for (const e of entries) {
    const t = e.text;
    // A short label's value may say only "full" ("Workload: full").
    if (t.length > 1500) continue;
    if (!hints(e, HINT_WORKLOAD)) continue;
    // A heading says a workload only when that is all it says ("Full Time").
    if (e.kind === 'heading' && t.length > 40) continue;
    const f = workloadIn(e);
    if (f && (!best || f.rank < best.rank)) best = { fact: { text: t, line: e.line, fte: f.fte }, rank: f.rank };
    if (best?.rank === 1) break;
  }
  return best?.fact ?? null;
}
