// When something happened, from the words right after (or around) it: "in 2019", "in March
// 2024", "six months ago", "il y a deux ans", "vor drei Jahren", "hace dos años", "due anni fa",
// "last year". A year alone is taken as its middle (1 July), never later than now.
import {
  AGO_AFTER,
  AGO_BEFORE,
  DURATION_RE,
  MONTH_WORD,
  MONTHS,
  monthsOf,
  RELATIVE,
  RELATIVE_WORD,
  SEASON_ENDS,
} from './self-words.ts';

const MONTH_YEAR_RE = new RegExp(`\\b(?:(${MONTH_WORD})\\.?\\s(?:of\\s)?)?((?:19|20)\\d\\d)\\b`);
const NUMERIC_MONTH_RE = /\b(0?[1-9]|1[0-2])[/.](20\d\d|19\d\d)\b/;
const AGO_WORD_RE = new RegExp(`\\b(?:${AGO_BEFORE})\\s|\\s(?:${AGO_AFTER})\\b`);
const RELATIVE_RE = new RegExp(`\\b(?:${RELATIVE_WORD})\\b`);

function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now.getTime());
  const whole = Math.floor(months);
  d.setUTCMonth(d.getUTCMonth() - whole);
  d.setUTCDate(d.getUTCDate() - Math.round((months - whole) * 30));
  return d;
}

/** A duration back from now in `s` ("six months ago", "vor 2 Jahren"), as a date. */
function agoIn(s: string, now: Date): { date: Date; index: number } | undefined {
  const ago = AGO_WORD_RE.exec(s);
  if (!ago) return undefined;
  // The duration just before "ago", or just after "il y a" / "vor" / "hace".
  const window = /^\s?(?:il|vor|hace|fa)/.test(ago[0]) ? s.slice(ago.index, ago.index + 40) : s.slice(0, ago.index);
  let months: number | undefined;
  let index = ago.index;
  for (const m of window.matchAll(DURATION_RE)) {
    months = monthsOf(m);
    if (window !== s.slice(0, ago.index)) break;
    index = m.index ?? index;
  }
  return months === undefined ? undefined : { date: monthsBefore(now, months), index };
}

/** The first time expression in `s` (folded text), as a date; undefined when none. */
export function readWhen(s: string, now: Date): Date | undefined {
  const ago = agoIn(s, now);
  const my = MONTH_YEAR_RE.exec(s);
  const rel = RELATIVE_RE.exec(s);
  const num = NUMERIC_MONTH_RE.exec(s);
  // The earliest expression in the text wins.
  const cands: [number, () => Date | undefined][] = [];
  if (ago) cands.push([ago.index, () => ago.date]);
  if (my)
    cands.push([
      my.index,
      () => {
        const year = Number(my[2]);
        const month = my[1] ? MONTHS[my[1].replace(/\.$/, '')] : undefined;
        // A later year is still to come: no date of something done.
        if (year > now.getUTCFullYear()) return undefined;
        const d = month ? new Date(Date.UTC(year, month - 1, 15)) : new Date(Date.UTC(year, 6, 1));
        return d.getTime() > now.getTime() && !month ? now : d;
      },
    ]);
  if (num) cands.push([num.index, () => new Date(Date.UTC(Number(num[2]), Number(num[1]) - 1, 15))]);
  if (rel) cands.push([rel.index, () => monthsBefore(now, RELATIVE[rel[0]] ?? 0)]);
  cands.sort((a, b) => a[0] - b[0]);
  return cands[0]?.[1]();
}

const EXPECTED_RE = new RegExp(`\\b(?:(${MONTH_WORD})\\.?(?:\\s(?:of\\s)?((?:19|20)\\d\\d))?|((?:19|20)\\d\\d))\\b`);

/**
 * When something still to come will be done, from the words after it ("in March", "in
 * December 2027", "in 2027"): the last day of that month (a month without a year is its next
 * one from now) or of that year; undefined when none, or when it would be in the past.
 */
export function readExpected(s: string, now: Date): Date | undefined {
  const m = EXPECTED_RE.exec(s);
  const season = SEASON_RE.exec(s);
  if (season && (!m || season.index < m.index)) return seasonEnd(season, now);
  if (!m) return undefined;
  const thisYear = now.getUTCFullYear();
  if (m[3]) {
    const y = Number(m[3]);
    return y >= thisYear ? new Date(Date.UTC(y, 11, 31)) : undefined;
  }
  const month = MONTHS[(m[1] ?? '').replace(/\.$/, '')];
  if (!month) return undefined;
  let year = m[2] ? Number(m[2]) : thisYear;
  if (!m[2] && month - 1 < now.getUTCMonth()) year += 1;
  const end = new Date(Date.UTC(year, month, 0));
  return end.getTime() >= now.getTime() - 31 * 86_400_000 ? end : undefined;
}

const SEASON_RE = new RegExp(
  `\\b(?:(next|this|coming)\\s)?(${Object.keys(SEASON_ENDS).join('|')})\\b(?:\\s(?:of\\s)?((?:19|20)\\d\\d))?`,
);

/** "next spring", "this autumn", "summer 2027": the last day of the season's last month, the next one from now. */
function seasonEnd(m: RegExpExecArray, now: Date): Date | undefined {
  const month = SEASON_ENDS[m[2] ?? ''];
  if (!month) return undefined;
  let year = m[3] ? Number(m[3]) : now.getUTCFullYear();
  // A winter ending in March: "this winter" in December ends next March.
  if (!m[3] && month - 1 < now.getUTCMonth()) year += 1;
  const end = new Date(Date.UTC(year, month, 0));
  return end.getTime() >= now.getTime() - 31 * 86_400_000 ? end : undefined;
}

/** Years between a date and `to`, one decimal. */
export function yearsBetween(from: Date, to: Date): number {
  return Math.round(((to.getTime() - from.getTime()) / (365.25 * 86_400_000)) * 10) / 10;
}
