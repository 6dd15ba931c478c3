// Salary, contract duration and workload (FTE) from a posting's own words.
import type { DurationFact, SalaryFact, WorkloadFact } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import { NUMBER_WORDS } from './number-words.ts';

const currencyOf: Array<[RegExp, string]> = [
  [/€|\beur(?:os?)?\b/i, 'EUR'],
  [/£|\bgbp\b|\bpounds?\b/i, 'GBP'],
  [/\bchf\b|\bswiss francs?\b/i, 'CHF'],
  [/\$|\busd\b|\bdollars?\b/i, 'USD'],
];

function num(s: string): number | null {
  let t = s.replace(/[\s'\u00a0]/g, '');
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else t = t.replace(',', '.');
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

export function extractSalary(entries: Entry[]): SalaryFact | null {
  for (const e of entries) {
    const t = e.text;
    if (t.length > 1500) continue;
    const cue =
      e.section === 'salary' ||
      /\b(salary|salaries|remuneration|stipend|pay|per (?:month|annum|year)|net|gross|compensation)\b/i.test(t);
    if (!cue) continue;
    const cur = currencyOf.find(([re]) => re.test(t));
    // Without a currency only a label line ("Salary: 3,500 per month") states a salary.
    if (!cur && e.kind !== 'label') continue;
    const nums: number[] = [];
    const re = /(?<![\w.])(\d{1,3}(?:[,.'\u00a0 ]\d{3})+|\d{3,7})(?:\.\d{1,2})?\s*(k\b)?/gi;
    let m: RegExpExecArray | null = re.exec(t);
    while (m) {
      const n = num(m[1] ?? '');
      if (n !== null && !(n >= 1900 && n <= 2100 && /\b(in|since|from|until)\s+$/i.test(t.slice(0, m.index))))
        nums.push(m[2] ? n * 1000 : n);
      m = re.exec(t);
    }
    if (nums.length === 0 && !cur) continue;
    const period = /\b(per|a|\/)\s*(month|mo)\b|monthly/i.test(t)
      ? 'month'
      : /\b(per|a|\/)\s*(annum|year|yr)\b|annual|yearly|p\.a\./i.test(t)
        ? 'year'
        : /\b(per|an|\/)\s*hour\b|hourly/i.test(t)
          ? 'hour'
          : null;
    const net = /\bnet\b/i.test(t) ? true : /\bgross\b|before tax/i.test(t) ? false : null;
    const sorted = nums.slice(0, 2);
    return {
      text: t,
      line: e.line,
      min: sorted.length ? Math.min(...sorted) : null,
      max: sorted.length ? Math.max(...sorted) : null,
      currency: cur ? cur[1] : null,
      period,
      net,
    };
  }
  return null;
}

const words: Record<string, number> = { ...NUMBER_WORDS, a: 1, half: 0.5 };
const amount = '(\\d+(?:[.,]\\d+)?|one|two|three|four|five|six|twelve|eighteen|a)';
const durRe = new RegExp(`\\b${amount}[\\s-]*(years?|months?|yrs?)\\b`, 'i');

export function extractDuration(entries: Entry[]): DurationFact | null {
  let fallback: DurationFact | null = null;
  for (const e of entries) {
    const t = e.text;
    if (t.length > 1500) continue;
    const contractCue =
      /\b(contract|duration|appointment|fixed[- ]term|position is for|post is for|FTE|renewable|extendable|initial period|period of|for (?:one|two|three|a|\d+) (?:years?|months?))\b/i.test(
        t,
      ) || e.section === 'duration';
    if (!contractCue) continue;
    if (/\bexperience\b/i.test(t) && !/\bcontract\b/i.test(t)) continue;
    if (/\bpermanent|indefinite|open-ended\b/i.test(t) && !durRe.test(t)) {
      fallback ??= { text: t, line: e.line, months: null };
      continue;
    }
    const m = durRe.exec(t);
    if (!m) continue;
    const raw = (m[1] ?? '').toLowerCase();
    const n = words[raw] ?? num(raw);
    if (!n || n <= 0) continue;
    const months = /^y/i.test(m[2] ?? '') ? n * 12 : n;
    if (months > 120) continue;
    return { text: t, line: e.line, months };
  }
  return fallback;
}

export function extractWorkload(entries: Entry[]): WorkloadFact | null {
  for (const e of entries) {
    const t = e.text;
    // Each test below needs "FTE", "%" or "full": most lines have none.
    if (!/fte|%|full/i.test(t)) continue;
    const m = /(\d(?:[.,]\d+)?)\s*FTE\b/i.exec(t) ?? /\bFTE\s*:?\s*(\d(?:[.,]\d+)?)/i.exec(t);
    if (m) {
      const fte = Number((m[1] ?? '').replace(',', '.'));
      if (fte > 0 && fte <= 1) return { text: t, line: e.line, fte };
    }
    const p = /\b(?:part[- ]time|workload|employment rate|activity rate)\b[^.]{0,40}?(\d{2,3})\s*%/i.exec(t);
    if (p) {
      const pct = Number(p[1]);
      if (pct > 0 && pct <= 100) return { text: t, line: e.line, fte: pct / 100 };
    }
    if (/\bfull[- ]time\b/i.test(t) && !/\bpresence\b/i.test(t)) return { text: t, line: e.line, fte: 1 };
  }
  return null;
}
