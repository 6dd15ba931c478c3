// "which jobs pay in CHF?", "postes payés en euros ?", "welche Stellen zahlen in Franken?": the
// postings whose stated salary is in that currency, each with its salary line quoted. Currency
// codes and names come from the facts' own list (../facts/currencies.json), so a question names a
// currency as a posting does.
import type { Posting } from '../corpus/posting.ts';
import currencies from '../facts/currencies.json' with { type: 'json' };
import type { SetFilter } from './answer-sets.ts';
import payWords from './data/pay-words.json' with { type: 'json' };
import { clip } from './text.ts';

const CODES: ReadonlySet<string> = new Set(currencies.codes);
// Names written with letters only ("euros", "swiss francs", "Franken"), lower case; signs and the
// bare "TL" say too little in a question.
const NAMES = new Map(
  Object.entries({ ...(currencies.aliases as Record<string, string>), ...payWords.currencyNames })
    .filter(([alias]) => /^\p{L}[\p{L} ]+$/u.test(alias) && alias.length > 2)
    .map(([alias, code]) => [alias.toLowerCase(), code]),
);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const nameRe = new RegExp(
  `(?<![\\p{L}])(${[...NAMES.keys()]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})(?![\\p{L}])`,
  'iu',
);
// A code in capitals anywhere ("CHF"), in lower case only after "in"/"en" ("paid in chf").
const codeRe = /(?<![\p{L}])([A-Z]{3})(?![\p{L}])|(?<![\p{L}])(?:in|en)\s+([a-z]{3})(?![\p{L}])/gu;

const payRe = new RegExp(`(?<![\\p{L}])(?:${payWords.stems.map(esc).join('|')})`, 'iu');

/** Whether a question asks about pay in words ("paid", "payés", "zahlen"), whatever its intent. */
export function asksPay(text: string): boolean {
  return payRe.test(text);
}

export interface AskedCurrency {
  code: string;
  /** The question's words that named it, lower case (they name no posting). */
  words: string[];
}

/** The currency a question names, or null. */
export function currencyAsked(text: string): AskedCurrency | null {
  for (const m of text.matchAll(codeRe)) {
    const code = (m[1] ?? m[2] ?? '').toUpperCase();
    if (CODES.has(code)) return { code, words: [code.toLowerCase()] };
  }
  const named = nameRe.exec(text);
  const code = named?.[1] ? NAMES.get(named[1].toLowerCase()) : undefined;
  return code && named?.[1] ? { code, words: named[1].toLowerCase().split(' ') } : null;
}

/** The postings whose salary is stated in `code`. */
export function payingIn(code: string): SetFilter {
  return {
    describe: `paying in ${code}`,
    test: (p: Posting) => p.salary?.currency === code,
    detail: (p: Posting) => (p.salary ? `"${clip(p.salary.text, 140)}" (line ${p.salary.line})` : null),
  };
}
