// "Which jobs pay more than 50k?", "positions lasting at least 2 years", "anything under 50%":
// over several postings, the ones whose stated salary, length or workload is past the bound; a
// posting that states none is left out. Comparison words and units in data/bound-words.json.
import type { Posting } from '../corpus/posting.ts';
import type { SetFilter } from './answer-sets.ts';
import data from './data/bound-words.json' with { type: 'json' };
import { words } from './text.ts';

export interface Bound {
  fact: 'salary' | 'duration' | 'workload';
  atLeast: boolean;
  /** A salary a year, a length in months, a workload in FTE. */
  value: number;
  /** "more than", "under": the number itself is not past the bound. */
  strict: boolean;
  /** The question's words the bound took (they name no posting). */
  words: string[];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const alt = (xs: string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');
const NUM = String.raw`(\d{1,3}(?:[,.' ]\d{3})+|\d+(?:[.,]\d+)?)`;
const MONEY = '(?:[€$£]|chf|eur|usd|gbp|sek|dkk|nok)';
const UNIT = `(?:\\s*(${alt(data.thousands)}))?(?:\\s*${MONEY})?(?:\\s*(${alt([...data.years, ...data.months, ...data.percent])}))?(?:\\s+(${alt([...data.perMonth, ...data.perYear])}))?`;
const before = new RegExp(
  `(?<![\\p{L}])(${alt([...data.atLeast, ...data.over, ...data.atMost, ...data.under])})\\s+(?:${MONEY}\\s*)?${NUM}${UNIT}(?![\\p{L}\\d])`,
  'iu',
);
const after = new RegExp(
  `(?<![\\p{L}\\d])(?:${MONEY}\\s*)?${NUM}${UNIT}\\s+(${alt([...data.orMore, ...data.orLess])})(?![\\p{L}])`,
  'iu',
);
const cue = new RegExp(
  `(?<![\\p{L}])(?:${alt([...data.atLeast, ...data.over, ...data.atMost, ...data.under, ...data.orMore, ...data.orLess])})(?![\\p{L}])`,
  'iu',
);
const moneyRe = new RegExp(MONEY, 'i');
const atLeastWords = new Set([...data.atLeast, ...data.over, ...data.orMore]);
// "more than", "under": the number itself is not past the bound.
const strictWords = new Set([...data.over, ...data.under]);
const yearWords = new Set(data.years);
const monthWords = new Set(data.months);
const percentWords = new Set(data.percent);
const perMonthWords = new Set(data.perMonth);

const notTheJob = new RegExp(`^\\s*(?:${alt(data.notTheJob)})(?![\\p{L}])`, 'iu');

/** The bound a question sets on a number, or null; `pay` when the question is about pay. */
export function boundAsked(text: string, pay: boolean): Bound | null {
  const low = text.toLowerCase();
  if (!/\d/.test(low) || !cue.test(low)) return null;
  const b = before.exec(low);
  const a = b ? null : after.exec(low);
  const m = b ?? a;
  if (!m) return null;
  // before: comparator, number, thousands, unit, period; after: number, thousands, unit, period, comparator.
  const [comparator, num, thousands, unit, period] = b
    ? [m[1], m[2], m[3], m[4], m[5]]
    : [m[5], m[1], m[2], m[3], m[4]];
  let value = Number((num ?? '').replace(/[,.' ](?=\d{3}\b)/g, '').replace(',', '.'));
  if (!Number.isFinite(value)) return null;
  const c = (comparator ?? '').toLowerCase();
  const atLeast = atLeastWords.has(c);
  const strict = strictWords.has(c);
  const u = unit?.toLowerCase();
  let fact: Bound['fact'];
  if (u && (yearWords.has(u) || monthWords.has(u))) {
    fact = 'duration';
    if (yearWords.has(u)) value *= 12;
  } else if (u && percentWords.has(u)) {
    fact = 'workload';
    value /= 100;
  } else if (thousands || period || pay || moneyRe.test(m[0])) {
    fact = 'salary';
    if (thousands) value *= 1000;
    if (period && perMonthWords.has(period.toLowerCase())) value *= 12;
  } else return null;
  const start = m.index;
  const end = start + m[0].length;
  // "more than 5 years of experience", "over 3 years ago": the asker's, not the posting's.
  if (notTheJob.test(low.slice(end).replace(/[‘’]/g, "'"))) return null;
  const taken = words(text)
    .filter((w) => w.at >= start && w.at < end)
    .map((w) => w.norm);
  return { fact, atLeast, strict, value, words: taken };
}

/** A posting's yearly pay at its top (at least) or its bottom (at most); null when it cannot say. */
function yearly(p: Posting, top: boolean): number | null {
  const s = p.salary;
  const n = top ? (s?.max ?? s?.min) : (s?.min ?? s?.max);
  if (!s || n === null || n === undefined || s.period === 'hour') return null;
  return s.period === 'month' ? n * 12 : n;
}

const say = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });

/** The postings whose stated fact is past the bound. */
export function withinBound(b: Bound): SetFilter {
  const slack = b.strict ? -1e-9 : 1e-9;
  const past = (n: number | null | undefined) =>
    typeof n === 'number' && (b.atLeast ? n > b.value - slack : n < b.value + slack);
  const word = b.atLeast ? (b.strict ? 'over' : 'at least') : b.strict ? 'under' : 'at most';
  if (b.fact === 'salary')
    return {
      describe: `paying ${word} ${say(b.value)} a year`,
      test: (p) => past(yearly(p, b.atLeast)),
      detail: (p) => p.salary?.text ?? null,
    };
  if (b.fact === 'duration')
    return {
      describe: `lasting ${word} ${say(b.value)} months`,
      test: (p) => past(p.duration?.months),
      detail: (p) => p.duration?.text ?? null,
    };
  return {
    describe: `${word} ${say(b.value * 100)}% of full time`,
    test: (p) => past(p.workload?.fte),
    detail: (p) => p.workload?.text ?? null,
  };
}
