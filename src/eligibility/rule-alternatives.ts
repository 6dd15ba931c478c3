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
const completionRe = new RegExp(`(?:^|[^\\p{L}])(${words(data.completionWords)})(?![\\p{L}])`, 'u');
const anyNationalityRe = new RegExp(`(?:^|[^\\p{L}])(?:${words(data.anyNationality)})(?![\\p{L}])`, 'u');

const nonMemberRe = new RegExp(`(?:^|[^\\p{L}])(?:${words(data.nonMemberWords)})(?![\\p{L}])`, 'u');
const openRe = new RegExp(`(?:^|[^\\p{L}])(?:${words(data.openWords)})(?![\\p{L}])`, 'u');
const notOpenRe = new RegExp(`(?:^|[^\\p{L}])(?:${words(data.notOpenWords)})(?![\\p{L}])`, 'u');
const CONDITION = /\b(?:only if|provided(?: that)?|if they|as long as|with an?|who)\b[^.;]{3,160}/;

/**
 * "a limited number of positions are also available to young scientists from Non-Member States
 * with a Senior profile": the way in it leaves nationals of other states (its condition when it
 * states one), or null when the line does not open the post to them.
 */
export function nonMemberOpening(lower: string): string | null {
  if (!lower.includes('non') && !lower.includes('nicht')) return null;
  const m = nonMemberRe.exec(lower);
  if (!m) return null;
  const around = lower.slice(Math.max(0, m.index - 80), m.index + m[0].length + 80);
  if (notOpenRe.test(around) || !openRe.test(around)) return null;
  const cond = CONDITION.exec(lower.slice(Math.max(0, m.index - 80)))?.[0].trim();
  if (!cond) return 'you are among the Non-Member State candidates it also admits';
  const cut = cond.length > 110 ? `${cond.slice(0, cond.lastIndexOf(' ', 110))}...` : cond;
  return `you are a Non-Member State candidate it admits ("${cut}")`;
}

/** "open to candidates of all nationalities", "regardless of nationality": no nationality is asked. */
export function opensToAll(lower: string): boolean {
  return anyNationalityRe.test(lower);
}

// The limits an exception can lift: time since a degree, age, experience.
const LIMITS = new Set<Rule['kind']>([
  'degree_recent',
  'degree_dated',
  'max_age',
  'born_after',
  'max_experience',
  'max_residence',
]);

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
  const nonMember = rules.some((r) => r.kind === 'nationality') ? nonMemberOpening(lower) : null;
  // "(1) in the process of completing their PhD, or (2) have received it within five years": a PhD student may come in.
  const completion = rules.some((r) => r.kind === 'degree_recent' || (r.kind === 'degree_required' && r.min === 'phd'))
    ? completionRe.exec(lower)
    : null;
  if (!permit && !exception && !nonMember && !completion) return rules;
  return rules.map((r) => {
    if (completion && (r.kind === 'degree_recent' || (r.kind === 'degree_required' && r.min === 'phd')))
      return { ...r, completing: completion[1] as string };
    if (nonMember && r.kind === 'nationality' && !permit) return { ...r, unless: nonMember };
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
