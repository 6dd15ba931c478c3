// A pay scale named instead of an amount: "Entgeltgruppe 13 TV-L", "E 13 TVöD-Bund", "Vergütung
// nach TV-L", "W2-Professur", "GS-12", "Salary: pay grade 7". It is no salary (it has no number
// of money), so it is its own fact, read only where the posting states no amount; the card and
// the salary answer quote it.
import type { Quote } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import words from './money-words.json' with { type: 'json' };
import scales from './pay-scales.json' with { type: 'json' };
import { compilePhrases } from './phrase-regex.ts';

const tariffRe = compilePhrases(scales.tariffs);
const professorRe = compilePhrases(scales.professorships);
const payRe = compilePhrases(words.salary);
// A grade word and its code: "Entgeltgruppe 13", "pay group E13", "grade 7", "Band D".
export const gradeRe = new RegExp(
  `${compilePhrases(scales.gradeWords).source}\\s*:?\\s*(?:(?:[A-Z]{1,2}\\s?-?\\s?)?\\d{1,2}[a-c]?\\b|[A-H](?![A-Za-z]))`,
  'i',
);
// "E 13", "EG13", "E13Ü": a German pay group beside a pay word.
const groupRe = /\b(?:EG|E)\s?(?:9|1[0-5])\b/;
const professorGradeRe = /\b[WC]\s?[1-4]\b/;
const usGradeRe = /\bGS[- ]?(?:[1-9]|1[0-5])\b/;
// Lines without one of these name no pay scale (a tariff, a grade's code, a grade word with its
// code); most lines stop here.
const MAY_NAME =
  /TV|GS|\b[WC]\s?[1-4]\b|\bE\s?G?\s?(?:9|1[0-5])\b|(?:[Gg]rade|[Gg]roup|[Bb]and|[Ss]cale|gruppe|stufe|klasse|Besoldung)\s*:?\s*(?:[A-Z]{0,2}\s?-?\s?\d|[A-H]\b)/;

function namesScale(e: Entry): boolean {
  const t = e.text;
  if (tariffRe.test(t)) return true;
  const pay = e.section === 'salary' || payRe.test(t) || payRe.test(e.label ?? '');
  if (professorGradeRe.test(t) && professorRe.test(t)) return true;
  if (usGradeRe.test(t) && (pay || /grade/i.test(t) || t.length <= 40)) return true;
  return pay && (gradeRe.test(t) || groupRe.test(t));
}

/** The first line that names a pay scale, or null. */
export function extractPayScale(entries: Entry[]): Quote | null {
  for (const e of entries) {
    if (e.text.length > 400 || !MAY_NAME.test(e.text)) continue;
    if (namesScale(e)) return { text: e.text, line: e.line };
  }
  return null;
}
