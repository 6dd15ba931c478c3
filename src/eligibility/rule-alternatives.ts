// A criterion that leaves a way in besides its limit: "EU/EEA nationals or holders of a valid work
// permit" (a nationality or a permit), "within 4 years of the PhD (career breaks excepted)" (a
// limit with an exception). Such a rule, not met on its own terms, is unknown rather than not met:
// the asker may come in by the other way, which only they can say.
import data from './data/alternatives.json' with { type: 'json' };
import type { Rule } from './rules.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const words = (ws: string[]) => ws.map(esc).join('|');
const permitRe = new RegExp(`\\b(?:${words(data.orWords)})\\b[^.;]{0,50}?\\b(${words(data.permitWords)})`);
const exceptionRe = new RegExp(`(?:^|[^\\p{L}])(${words(data.exceptionWords)})(?![\\p{L}])`, 'u');
const anyNationalityRe = new RegExp(`(?:^|[^\\p{L}])(?:${words(data.anyNationality)})(?![\\p{L}])`, 'u');

/** "open to candidates of all nationalities", "regardless of nationality": no nationality is asked. */
export function opensToAll(lower: string): boolean {
  return anyNationalityRe.test(lower);
}

// The limits an exception can lift: time since a degree, age, experience.
const LIMITS = new Set<Rule['kind']>(['degree_recent', 'degree_dated', 'max_age', 'max_experience', 'max_residence']);

/** The bracket or clause an exception word stands in: "career breaks excepted". */
function clauseAround(lower: string, at: number, end: number): string {
  const from = Math.max(lower.lastIndexOf('(', at), lower.lastIndexOf(',', at), lower.lastIndexOf(';', at)) + 1;
  const stop = lower.slice(end).search(/[),;.]/);
  const clause = lower.slice(from, stop < 0 ? lower.length : end + stop).trim();
  return clause.length > 0 && clause.length <= 80 ? clause : lower.slice(at, end).trim();
}

/** The rules with the way in they leave (`unless`), from the criterion's folded text. */
export function markAlternatives(rules: Rule[], lower: string): Rule[] {
  if (rules.length === 0) return rules;
  const permit = rules.some((r) => r.kind === 'nationality') ? permitRe.exec(lower) : null;
  const exception = rules.some((r) => LIMITS.has(r.kind)) ? exceptionRe.exec(lower) : null;
  if (!permit && !exception) return rules;
  return rules.map((r) => {
    // A permanent residence the rule already accepts (`residents`) is judged there, not asked for.
    const judgedThere = r.kind === 'nationality' && r.residents && /permanent|green card/.test(permit?.[1] ?? '');
    if (permit && r.kind === 'nationality' && !judgedThere) return { ...r, unless: `you hold a ${permit[1]}` };
    if (exception && LIMITS.has(r.kind)) {
      const word = exception[1] as string;
      const at = exception.index + exception[0].indexOf(word);
      return { ...r, unless: `the exception "${clauseAround(lower, at, at + word.length)}" applies to you` };
    }
    return r;
  });
}
