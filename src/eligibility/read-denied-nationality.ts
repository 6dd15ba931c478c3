// Nationalities the asker denies: "I'm not a CERN member state national", "a non-EU citizen",
// "je ne suis pas ressortissant d'un État membre du CERN" (groups of states, data/self-words.json),
// beside the countries denied by name ("I'm not a US citizen", read with the other countries in
// ./facts.ts). A rule for a group or a country judges them: not a national of it.
import words from './data/self-words.json' with { type: 'json' };
import { alternation, CLAUSE_BREAK_RE, NEGATION_RE } from './self-words.ts';

export type DeniedGroup = 'cern' | 'cern_or_associate' | 'eu';
const GROUPS = (['cern_or_associate', 'cern', 'eu'] as const).map(
  (key) => [key, new RegExp(`(?:^|[^\\w])(?:${alternation(words.deniedGroups[key])})\\b`, 'g')] as const,
);
const NATIONALITY_WORD = new RegExp(`\\b(?:${alternation(words.nationalityWords)})\\b`);

/** The group keys `lower` (folded text) denies, each once; a longer group's words are not read again as a shorter one. */
export function readDeniedGroups(lower: string): DeniedGroup[] {
  const out: DeniedGroup[] = [];
  const taken: [number, number][] = [];
  for (const [key, re] of GROUPS) {
    for (const m of lower.matchAll(re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      const clause = clauseAround(lower, at, end);
      const before = lower.slice(Math.max(0, at - 5), at + 1);
      const denied = /\bnon[-\s]?.?$/.test(before) || NEGATION_RE.test(lower.slice(clause[0], at));
      if (!denied || !NATIONALITY_WORD.test(lower.slice(clause[0], clause[1]))) continue;
      taken.push([at, end]);
      if (!out.includes(key)) out.push(key);
    }
  }
  return out;
}

/** The clause holding [at, end): from the last clause break before it to the next after it. */
function clauseAround(lower: string, at: number, end: number): [number, number] {
  let from = 0;
  let to = lower.length;
  for (const m of lower.matchAll(CLAUSE_BREAK_RE)) {
    const i = m.index ?? 0;
    if (i + m[0].length <= at) from = i + m[0].length;
    else if (i >= end) {
      to = i;
      break;
    }
  }
  return [from, to];
}
