// A nationality criterion -> rules, with its exclusions and exceptions kept: "nationals of a CERN
// Member State or Associate Member State", "EU/EEA nationals", "citizens of France, Germany or
// Italy", "the programme is for non-German citizens only", "Turkish nationals are also eligible",
// "US citizens are not eligible".
import type { CernGroup } from './cern-membership.ts';
import { findCountries, tokenize } from './countries.ts';
import cern from './data/cern-states.json' with { type: 'json' };
import eu from './data/eu-states.json' with { type: 'json' };
import groupWords from './data/state-groups.json' with { type: 'json' };
import { acceptsPermanentResidents } from './read-permanent-residence.ts';
import type { Rule } from './rules.ts';

const CERN_MEMBER = [...cern.member];
const CERN_ALL = [...cern.member, ...cern.associatePreStage, ...cern.associate];
const EU = [...eu.eu];
const NEG = /\b(?:not|no|never|cannot|can't|excluded|ineligible|except|excluding|other than|but not)\b|n't\b/;
const NOT_NEEDED =
  /\b(?:(?:is|are) not (?:required|necessary|needed|mandatory|a (?:requirement|prerequisite|condition))|not required|need not|needn't|no need|(?:does|do) not need|(?:doesn't|don't) need|regardless of|irrespective of|independently of|whatever (?:their|your|the) nationality|pas (?:requise?|obligatoire|necessaire)|nicht erforderlich|non (?:richiesta|necessaria|obbligatoria)|no (?:es|se) (?:requiere|necesaria))\b/;
const GROUP_BARRED =
  /\b(?:are not eligible|is not eligible|not eligible to apply|are ineligible|are excluded|cannot apply|can't apply|may not apply|are not accepted|are not admitted|ne sont pas eligibles|ne peuvent pas postuler|sind nicht berechtigt|konnen sich nicht bewerben|non sono ammessi|non possono partecipare|no son elegibles|no pueden solicitar)\b/;
const ALSO = /\b(?:also|as well|in addition|too|additionally|aussi|egalement|auch|anche|tambien)\b/;

const words = (ws: string[]) =>
  ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]?')).join('|');
const EU_NAMED = new RegExp(`(?:^|[^\\p{L}])(?:${words(groupWords.eu)})(?![\\p{L}])`, 'u');
const EEA_NAMED = new RegExp(`(?:^|[^\\p{L}])(?:${words(groupWords.eea)})(?![\\p{L}])`, 'u');
const MEMBER_STATE = new RegExp(`(?:^|[^\\p{L}])(?:${words(groupWords.memberState)})(?![\\p{L}])`, 'u');
/** An organisation's initials before "Member States" ("ESA Member States", "ESO member countries"). */
const OTHER_ORG_STATES = /\b([A-Z][A-Z0-9]{1,9})(?:'s)?\s+[Mm]ember\s+(?:[Ss]tates?|[Cc]ountries)\b/;

export function nationalityRules(text: string, lower: string): Rule[] {
  const rules: Rule[] = [];
  const tokens = tokenize(text);
  const hits = findCountries(tokens);
  const included: string[] = [];
  const excluded: string[] = [];
  for (const h of hits) {
    const first = tokens[h.start];
    if (!first) continue;
    const at = first.index;
    // The clause holding the country: from the last break before it to the next after it.
    const from = Math.max(lower.lastIndexOf(';', at), lower.lastIndexOf('.', at - 2), lower.lastIndexOf(',', at), 0);
    const ends = [';', '.', ','].map((c) => lower.indexOf(c, at)).filter((i) => i >= 0);
    const to = ends.length > 0 ? Math.min(...ends) : lower.length;
    const before = lower.slice(Math.max(0, at - 5), at);
    const clause = lower.slice(from, to);
    // "a country that has diplomatic relations with Japan": a country named for another reason.
    if (
      /\b(?:relations|agreements?|treaty|treaties|ties|cooperation)\s(?:with|to)\s(?:the\s)?$/.test(
        lower.slice(Math.max(0, at - 40), at),
      )
    )
      continue;
    // "US citizenship is not required", "regardless of nationality": no rule at all.
    if (NOT_NEEDED.test(clause)) continue;
    if (/\bnon[-\s]?$/.test(before) || NEG.test(clause)) {
      if (!excluded.includes(h.country)) excluded.push(h.country);
    } else if (!included.includes(h.country)) included.push(h.country);
  }
  const euNamed = EU_NAMED.test(lower);
  // "Students from CERN Member States or Associate Member States are not eligible", "EU citizens
  // are not eligible": the group is barred, not required.
  if (GROUP_BARRED.test(lower) && !/\bnon[- ]?member\b|\bnon[- ]eu\b|\bonly\b/.test(lower)) {
    if (/\bcern\b/.test(lower) || (!euNamed && MEMBER_STATE.test(lower))) {
      const assoc = /associate/.test(lower);
      return [
        {
          kind: 'nationality_excluded',
          countries: assoc ? CERN_ALL : CERN_MEMBER,
          group: assoc ? 'CERN Member States and Associate Member States' : 'CERN Member States',
        },
      ];
    }
    if (euNamed) return [{ kind: 'nationality_excluded', countries: EU, group: 'EU Member States' }];
  }
  // "nationals of ESA Member States": a group whose list we do not hold; named states count.
  const other = OTHER_ORG_STATES.exec(text)?.[1];
  if (other && !/^(?:CERN|EU|EEA|UE|EWR)$/i.test(other) && !/\bcern\b/.test(lower)) {
    rules.push({ kind: 'nationality', countries: included, group: `an ${other} Member State`, unlisted: other });
  } else if (/\bcern\b/.test(lower) || (!euNamed && MEMBER_STATE.test(lower))) {
    const assoc = /associate/.test(lower);
    const group: CernGroup = assoc ? 'member_or_associate' : 'member';
    const also = included.filter((c) => !CERN_ALL.includes(c) || !assoc);
    const alsoNamed = also.length > 0 && (ALSO.test(lower) || /\bor\b/.test(lower));
    rules.push({
      kind: 'nationality',
      countries: assoc ? CERN_ALL : CERN_MEMBER,
      group: assoc ? 'a CERN Member State or Associate Member State' : 'a CERN Member State',
      cern: group,
      ...(alsoNamed ? { also } : {}),
    });
  } else if (euNamed) {
    const eea = EEA_NAMED.test(lower);
    const swiss = /\bswiss\b|switzerland/.test(lower);
    const list = [...EU, ...(eea ? ['Iceland', 'Liechtenstein', 'Norway'] : []), ...(swiss ? ['Switzerland'] : [])];
    const also = included.filter((c) => !list.includes(c));
    rules.push({
      kind: 'nationality',
      countries: [...list, ...also],
      group: eea ? 'an EU/EEA country' : 'an EU Member State',
      ...(also.length > 0 ? { also } : {}),
    });
  } else if (included.length > 0) {
    rules.push({ kind: 'nationality', countries: included, group: included.join(', ') });
  }
  if (excluded.length > 0) rules.push({ kind: 'nationality_excluded', countries: excluded });
  if (acceptsPermanentResidents(lower))
    for (const r of rules) if (r.kind === 'nationality' && !r.cern) r.residents = true;
  return rules;
}
