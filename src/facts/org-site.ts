// A known organisation written with the name of its site or town: "CEA Saclay", "INFN Padova",
// "DESY Zeuthen", "Le CNRS Marseille recrute". The organisation is the known one, the place
// its site: the name that follows it, when that name is a known town or research site (not a
// country, not another organisation's name, not a word of the organisation's own full name).
import { isKnownPlace } from './gazetteer.ts';
import orgs from './organisations.json' with { type: 'json' };
import { countryVocabulary, organisationVocabulary } from './vocab.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const names = new Map<string, string>();
for (const o of orgs.organisations as Array<{ name: string; aliases: string[] }>)
  for (const a of [o.name, ...o.aliases]) if (a.length <= 12 && !a.includes(' ')) names.set(a, o.name);
// At the start of a line, after a label or an article: "CEA Saclay – Irfu", "Organisation : CEA
// Saclay", "Le CEA Saclay recrute", "L'INFN Bari".
const orgSiteRe = new RegExp(
  `(?:^|[:：]\\s*|\\b(?:the|The|le|Le|la|La|l'|L'|l’|L’|il|Il|der|Der|das|Das|die|Die|el|El|at|au|à|presso)\\s*)(${[
    ...names.keys(),
  ]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|')})\\s+(\\p{Lu}[\\p{L}'’.-]+(?:[ -]\\p{Lu}[\\p{L}'’.-]+){0,2})`,
  'u',
);

export interface OrgSite {
  organisation: string;
  /** The place as written. */
  place: string;
  /** Whether the text is only the two names ("CEA Saclay"), not a line that goes on. */
  whole: boolean;
}

/** The known organisation and its site in a text that writes them together, or null. */
export function findOrgSite(text: string): OrgSite | null {
  if (text.length > 400) text = text.slice(0, 400);
  const m = orgSiteRe.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const ws = m[2].split(/(?<=\S)\s+/);
  for (let n = ws.length; n > 0; n--) {
    const place = ws
      .slice(0, n)
      .join(' ')
      .replace(/[.'’]+$/, '');
    if (place.length < 3 || !isKnownPlace(place)) continue;
    if (countryVocabulary.find(place).length || organisationVocabulary.find(place).length) continue;
    const end = (m.index ?? 0) + m[0].indexOf(m[2]) + place.length;
    const whole =
      (m.index ?? 0) === 0 &&
      !text
        .slice(end)
        .replace(/[\s,.;)]+$/, '')
        .trim();
    return { organisation: names.get(m[1]) ?? m[1], place, whole };
  }
  return null;
}
