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

const SELF_IS = /\b(?:i'm|i am|im|as an?|being|je suis|ich bin|sono|soy)\s(?:an?\s|un\s|una\s|ein\s)?$/;

/** The group keys `lower` (folded text) denies, each once; a longer group's words are not read again as a shorter one. */
export function readDeniedGroups(lower: string): DeniedGroup[] {
  return readGroups(lower).denied;
}

/** The groups the asker says they belong to ("I'm an EU citizen", "citoyen européen"): a nationality not yet named. */
export function readNationalGroups(lower: string): DeniedGroup[] {
  return readGroups(lower).held;
}

function readGroups(lower: string): { denied: DeniedGroup[]; held: DeniedGroup[] } {
  const out: DeniedGroup[] = [];
  const held: DeniedGroup[] = [];
  const taken: [number, number][] = [];
  for (const [key, re] of GROUPS) {
    for (const m of lower.matchAll(re)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      if (taken.some(([a, b]) => at < b && end > a)) continue;
      const clause = clauseAround(lower, at, end);
      const before = lower.slice(Math.max(0, at - 5), at + 1);
      const prefixed = /\bnon[-\s]?.?$/.test(before);
      const denied = prefixed || NEGATION_RE.test(lower.slice(clause[0], at));
      // "I'm non-EU": the prefix after "I'm" is about nationality without its word.
      const self =
        prefixed && SELF_IS.test(lower.slice(Math.max(clause[0], at - 24), at + 1).replace(/non[-\s]?$/, ''));
      const national = NATIONALITY_WORD.test(lower.slice(clause[0], clause[1]));
      if (!national && !self) continue;
      // A group held must be named as the asker's: "I'm an EU citizen", "EU national here".
      const wordAt = /^\w/.test(m[0]) ? at : at + 1;
      if (!denied && !HELD_BEFORE.test(lower.slice(Math.max(clause[0], wordAt - 30), wordAt))) continue;
      taken.push([at, end]);
      const list = denied ? out : held;
      if (!list.includes(key)) list.push(key);
    }
  }
  return { denied: out, held };
}

/** The group right after the asker's "I'm" (one word between: "je suis citoyen européen"), or opening its clause ("EU citizen, PhD 2020"). */
const HELD_BEFORE =
  /(?:\b(?:i'm|i am|im|as an?|being|je suis|ich bin|sono|soy|i have|i hold|with)\s(?:an?\s|un\s|une\s|una\s|ein\s|eine\s)?(?:[\w-]+\s)?|^\s*(?:an?\s)?)$/;

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
