// "How much is it per month?" of a posting that states a yearly salary (or per year of a monthly
// one): the stated amount, then the same amount in the period asked, converted by twelve and said
// to be so; a posting whose year holds more than twelve payments ("13th salary", "14
// Monatsgehälter") is named as the reason the division may not be the monthly pay. Pay per hour
// is not converted: a posting rarely states the hours a year holds. "Which jobs pay per month?"
// lists the postings whose salary is stated per month. Words in data/pay-periods.json.
import type { Posting, SalaryFact } from '../corpus/posting.ts';
import type { SetFilter } from './answer-sets.ts';
import type { Draft } from './context.ts';
import data from './data/pay-periods.json' with { type: 'json' };
import type { Block } from './reply.ts';
import { clip, escapeRegExp, formatAmount, words } from './text.ts';

type Period = 'year' | 'month' | 'hour';

const phrases = (Object.entries(data.periods) as [Period, string[]][]).flatMap(([period, list]) =>
  list.map((p) => ({ period, words: words(p).map((w) => w.norm) })),
);
phrases.sort((a, b) => b.words.length - a.words.length);
const extraRe = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${data.extraPayments.map(escapeRegExp).join('|')})`, 'iu');

/** The pay period the question asks for ("per month", "jährlich", "al mese"), or null. */
export function askedPayPeriod(text: string): Period | null {
  return payPeriodAsked(text)?.period ?? null;
}

/** The pay period asked and the question's words that name it (they name no posting), or null. */
export function payPeriodAsked(text: string): { period: Period; words: string[] } | null {
  const ws = words(text).map((w) => w.norm);
  const found = new Set<Period>();
  const taken: string[] = [];
  for (const ph of phrases)
    for (let i = 0; i + ph.words.length <= ws.length; i++) {
      if (!ph.words.every((w, k) => ws[i + k] === w)) continue;
      // "the 2-year postdoc" is its length, not the period asked.
      if (ph.words.length === 1 && /^\d+$/.test(ws[i - 1] ?? '')) continue;
      found.add(ph.period);
      taken.push(...ph.words);
    }
  // "is it per month or per year?" asks which: the stated period answers it.
  return found.size === 1 ? { period: [...found][0] as Period, words: taken } : null;
}

/** "which jobs pay per month?": the postings whose salary is stated per that period, quoted. */
export function payingPer(period: Period): SetFilter {
  return {
    describe: `paying per ${period}`,
    test: (p: Posting) => p.salary?.period === period,
    detail: (p: Posting) => (p.salary ? `"${clip(p.salary.text, 140)}" (line ${p.salary.line})` : null),
  };
}

function amount(s: SalaryFact, factor: number): string | null {
  const cur = s.currency ? `${s.currency} ` : '';
  const f = (n: number) => formatAmount(Math.round(n * factor));
  if (s.min !== null && s.max !== null && s.min !== s.max) return `${cur}${f(s.min)} to ${f(s.max)}`;
  const one = s.min ?? s.max;
  return one === null ? null : `${cur}${f(one)}`;
}

/** The salary answer with the amount in the period asked, when the posting states another. */
export function withPayPeriod(d: Draft, p: Posting, asked: Period | null): Draft {
  const s = p.salary;
  if (!s || !asked || s.period === asked || (s.min === null && s.max === null)) return d;
  let text: string;
  if (!s.period) text = `It does not say whether that is per year or per month, so I cannot give it per ${asked}.`;
  else if (s.period === 'hour' || asked === 'hour')
    text = `It states its pay per ${s.period}, not per ${asked}; it does not say how many hours a ${s.period === 'hour' ? asked : s.period} holds, so I do not convert it.`;
  else {
    const per = asked === 'month' ? amount(s, 1 / 12) : amount(s, 12);
    if (!per) return d;
    const how = asked === 'month' ? 'the yearly amount divided by 12' : 'the monthly amount times 12';
    text = `Per ${asked}, that is about ${per}${s.net === true ? ', net' : s.net === false ? ', gross' : ''} (${how}; the posting states it per ${s.period}).`;
    if (asked === 'month' && extraRe.test(p.text))
      text += ' The posting speaks of more than twelve payments a year, so each monthly payment may be less.';
  }
  const blocks: Block[] = [...d.blocks];
  const at = blocks.findIndex((b) => b.kind === 'citation');
  blocks.splice(at < 0 ? blocks.length : at, 0, { kind: 'paragraph', text });
  return { ...d, blocks };
}
