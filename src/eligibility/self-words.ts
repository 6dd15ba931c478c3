// The vocabulary of what people say about themselves (data/self-words.json), compiled once.
// Every pattern runs on folded text (lower case, no accents) and is linear-time.
import type { LowerCodes } from './countries.ts';
import words from './data/self-words.json' with { type: 'json' };

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An alternation of phrases, longest first, spaces also matching '-' or '.'. */
export function alternation(phrases: string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => esc(p).replace(/ /g, "[\\s.'-]?"))
    .join('|');
}

const NUMBERS = words.numbers as Record<string, number>;

/** Negation words of the five languages ("not", "nie", "jamais", "nunca"...). */
export const NEGATION_RE = new RegExp(
  `(?:\\b(?:${alternation(words.negations.filter((w) => w !== "n't"))})\\b|n't\\b)`,
);

/** Where a negation's scope ends: punctuation or a clause word ("but", "mais", "aber"). */
export const CLAUSE_BREAK_RE = new RegExp(`[.;!?\\n,()]|\\b(?:${alternation(words.clauseBreaks)})\\b`, 'g');

const NUMBER_WORD = alternation(Object.keys(NUMBERS));
const HALF = alternation(words.halves);
const UNIT = alternation(Object.keys(words.units));
const UNITS = words.units as Record<string, number>;

/**
 * A duration: "3 years", "eighteen months", "1.5 yrs", "a year and a half", "half a year",
 * "zwei Jahre", "tre anni", "un an et demi", "3-year". Groups: 1 number, 2 half-before, 3 unit,
 * 4 "and a half" after.
 */
export const DURATION_RE = new RegExp(
  `(?<![\\w.])(?:(\\d{1,2}(?:[.,]\\d)?|${NUMBER_WORD})|(${HALF})(?:\\s(?:a|an|un|une|ein|eine|un|una))?)(?:\\s?\\+)?[\\s-]?(?:(?:and|et|und|e|y)\\s(?:a\\s)?half\\s)?(${UNIT})\\b(?:\\s(?:and|et|und|e|y)\\s(?:a\\s|un\\s|una\\s|ein\\s)?(${HALF}|mezzo))?`,
  'g',
);

/** Months in a DURATION_RE match. */
export function monthsOf(m: RegExpMatchArray): number {
  const unit = UNITS[(m[3] ?? '').replace(/[\s.'-]/g, '')] ?? 12;
  const raw = m[1];
  let n = 1;
  if (raw !== undefined) n = /^\d/.test(raw) ? Number.parseFloat(raw.replace(',', '.')) : (NUMBERS[raw] ?? 1);
  else if (m[2] !== undefined) n = 0.5;
  if (/\bhalf\b/.test(m[0]) && raw !== undefined && !m[4]) n += 0.5;
  if (m[4] !== undefined) n += 0.5;
  return n * unit;
}

/** The number in a word or digits ("twelve", "zwölf" folded, "12"), or undefined. */
export function readNumber(s: string): number | undefined {
  const t = s.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Number.parseFloat(t.replace(',', '.'));
  return NUMBERS[t];
}

export const AGO_AFTER = alternation(words.agoWords.after);
export const AGO_BEFORE = alternation(words.agoWords.before);
export const SINCE = alternation(words.sinceWords);
export const AGE_UNIT = alternation(words.ageUnits);
export const AGE_LEAD = alternation(words.ageLead);
export const LANGUAGE_VERB_RE = new RegExp(`\\b(?:${alternation(words.languageVerbs)})\\b`);

export const MONTHS = words.months as Record<string, number>;
export const SEASON_ENDS = words.seasonEnds as Record<string, number>;
export const MONTH_WORD = alternation(Object.keys(words.months));
export const RELATIVE = words.relative as Record<string, number>;
export const RELATIVE_WORD = alternation(Object.keys(words.relative));

/** Where "us", "uk" typed in lower case are countries: "a us citizen", "in the uk". */
export const LOWER_CODES: LowerCodes = {
  after: new Set(words.codeNouns),
  before: new Set(words.codeArticles),
};

/** "I got a degree in physics": a degree held, of a level unsaid. */
export const SOME_DEGREE_RE = new RegExp(
  `\\b(?:${alternation(words.someDegreeLead)})\\s(?:[^.;:!?\\n,]{0,50}?\\sand\\s)?(?:a|an|my)\\s(?:${alternation(words.someDegreeWords)})\\b`,
);
