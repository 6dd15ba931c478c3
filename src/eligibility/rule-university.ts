// Where the asker's university must be: "studying in a Member State", "a doctoral programme at a
// CERN Member State university", "gli studenti iscritti ... presso una delle università italiane e
// dei paesi dell'Unione Europea", "a graduate of, or current student at, a university in the UK or
// the Republic of Ireland". The states come after the university word ("in", "of", an adjective)
// or right before it ("a CERN Member State university"); a nationality named elsewhere in the
// line is no place of study.

import type { CernGroup } from './cern-membership.ts';
import { findCountries, tokenize } from './countries.ts';
import cern from './data/cern-states.json' with { type: 'json' };
import eu from './data/eu-states.json' with { type: 'json' };
import groupWords from './data/state-groups.json' with { type: 'json' };

export interface UniversityPlace {
  countries: string[];
  group: string;
  cern?: CernGroup;
}

const words = (ws: string[]) =>
  ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]?')).join('|');
const EU_NAMED = new RegExp(`(?:^|[^\\p{L}])(?:${words(groupWords.eu)})(?![\\p{L}])`, 'u');
const MEMBER_STATE = new RegExp(`(?:^|[^\\p{L}])(?:${words(groupWords.memberState)})(?![\\p{L}])`, 'u');
const UNI =
  /\b(?:universit(?:y|ies|a|a'|e|es|at|aten|ad|ades|aria|ario)|higher education institut\w*|educational establishment|educational institution|hochschule\w*|ateneo|atenei|etablissement d'enseignement)\b/g;
const STUDYING_IN =
  /\b(?:studying|study|studies|enrolled|registered|students?)\s(?:in|at)\s(?=(?:an?\s|the\s)?(?:cern\s)?(?:member|\p{L}+\s(?:member|country)))/gu;
// After the university word: "in the UK", "of a Member State", "italiane e dei paesi ...", "located in".
const AFTER_LEAD =
  /^\s?(?:or (?:an? )?(?:equivalent|similar) (?:institution|institute)\s)?(?:(?:located|based|situated)\s)?(?:in|of|within|from|della|dei|di|de|del|en|aus|in einem)\s|^\s?(?=\p{L}+\s(?:e|and|o|or|et|y|und)\s)|^\s?(?=\p{L}+\b)/u;

/** "Austria, Switzerland or Germany"; "the United Kingdom" as spoken. */
function orList(xs: string[]): string {
  const the = xs.map((c) => (/^(?:United|Netherlands|Czech Republic|Philippines)\b/.test(c) ? `the ${c}` : c));
  return the.length <= 1 ? (the[0] ?? '') : `${the.slice(0, -1).join(', ')} or ${the[the.length - 1]}`;
}

/** The states a criterion's university must be in, or null when it names none. */
export function parseUniversityCountry(text: string, lower: string): UniversityPlace | null {
  if (
    !/universit|hochschul|ateneo|atenei|institution|establishment|etablissement|studying|enrolled|students?\s(?:in|at)/.test(
      lower,
    )
  )
    return null;
  const spans: [number, number][] = [];
  for (const m of lower.matchAll(UNI)) {
    const end = (m.index ?? 0) + m[0].length;
    const after = lower.slice(end, end + 90);
    const stop = after.search(/[.;:()]|\s(?:who|which|with|and (?:have|hold|are|be)|valid|valido|for|per)\s/);
    const clause = stop < 0 ? after : after.slice(0, stop);
    if (AFTER_LEAD.test(clause)) spans.push([end, end + clause.length]);
    // "a CERN Member State university": the group right before the word.
    const before = lower.slice(Math.max(0, (m.index ?? 0) - 32), m.index);
    if (MEMBER_STATE.test(before)) spans.push([Math.max(0, (m.index ?? 0) - 32), m.index ?? 0]);
  }
  for (const m of lower.matchAll(STUDYING_IN)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length + 40]);
  for (const [from, to] of spans) {
    const window = lower.slice(from, to);
    if (
      MEMBER_STATE.test(window) &&
      !EU_NAMED.test(window) &&
      (/\bcern\b/.test(lower) || !/\b[a-z]{2,5}\s(?:member|mitglied)/.test(window))
    ) {
      const assoc = /associate/.test(window);
      return {
        countries: assoc ? [...cern.member, ...cern.associatePreStage, ...cern.associate] : [...cern.member],
        group: assoc ? 'a CERN Member State or Associate Member State' : 'a CERN Member State',
        cern: assoc ? 'member_or_associate' : 'member',
      };
    }
    const named = findCountries(tokenize(text.slice(from, to))).map((h) => h.country);
    if (EU_NAMED.test(window)) {
      const list = [...new Set([...eu.eu, ...named])];
      return {
        countries: list,
        group: named.some((c) => !eu.eu.includes(c))
          ? `${named.filter((c) => !eu.eu.includes(c)).join(', ')} or an EU Member State`
          : 'an EU Member State',
      };
    }
    const uniq = [...new Set(named)];
    if (uniq.length > 0) return { countries: uniq, group: orList(uniq) };
  }
  return null;
}
