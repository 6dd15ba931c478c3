// Vocabulary matching (skills, organisations, experiments, countries): one combined regex
// per vocabulary, so a line is scanned once whatever the vocabulary size.
import worldCountries, { type Country } from 'world-countries';
import orgs from './organisations.json' with { type: 'json' };
import skillsData from './skills.json' with { type: 'json' };

interface Term {
  name: string;
  alias: string;
  caseSensitive: boolean;
}

export interface Vocabulary {
  find(text: string): string[];
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function buildVocabulary(terms: Term[]): Vocabulary {
  const byLower = new Map<string, Term[]>();
  for (const t of terms) {
    const k = t.alias.toLowerCase();
    const list = byLower.get(k) ?? [];
    list.push(t);
    byLower.set(k, list);
  }
  const aliases = [...byLower.keys()]
    .sort((a, b) => b.length - a.length)
    .map((a) => esc(a).replace(/ /g, '[\\s\\u00a0]+'));
  const re = new RegExp(`(?<![\\w+#])(?:${aliases.join('|')})(?![\\w+#]|\\.\\w)`, 'gi');
  return {
    find(text: string): string[] {
      const found: string[] = [];
      re.lastIndex = 0;
      let m: RegExpExecArray | null = re.exec(text);
      while (m) {
        const hit = m[0].replace(/[\s\u00a0]+/g, ' ');
        const list = byLower.get(hit.toLowerCase()) ?? [];
        for (const t of list) {
          if (t.caseSensitive && t.alias !== hit) continue;
          // "Go" the language, not "go" the verb: also not a sentence-initial "Go to ...".
          if (
            t.caseSensitive &&
            t.alias === 'Go' &&
            /^\s+(to|ahead|through|beyond|for)\b/.test(text.slice(m.index + 2))
          )
            continue;
          if (!found.includes(t.name)) found.push(t.name);
          break;
        }
        m = re.exec(text);
      }
      return found;
    },
  };
}

interface SkillEntry {
  name: string;
  aliases: string[];
  caseSensitive?: boolean;
  onlyInLists?: boolean;
  language?: boolean;
}
const skillEntries = (skillsData.skills as SkillEntry[]).filter((s) => !s.onlyInLists);
export const languageNames = new Set((skillsData.skills as SkillEntry[]).filter((s) => s.language).map((s) => s.name));

export const skillVocabulary = buildVocabulary(
  skillEntries.flatMap((s) =>
    s.aliases.map((a) => ({ name: s.name, alias: a, caseSensitive: s.caseSensitive ?? false })),
  ),
);

const vocabOf = (list: Array<{ name: string; aliases: string[] }>) =>
  buildVocabulary(list.flatMap((o) => o.aliases.map((a) => ({ name: o.name, alias: a, caseSensitive: true }))));
export const organisationVocabulary = vocabOf(orgs.organisations);
export const experimentVocabulary = vocabOf(orgs.experiments);

const countryTerms: Term[] = [];
// The package's typings describe its default export loosely; it is the array of countries.
const countries = worldCountries as unknown as Country[];
for (const c of countries) {
  const name = c.name.common;
  countryTerms.push({ name, alias: name, caseSensitive: false });
  if (c.name.official !== name) countryTerms.push({ name, alias: c.name.official, caseSensitive: false });
  for (const a of c.altSpellings)
    if (a.length > 3 && /^[A-Za-z .'-]+$/.test(a)) countryTerms.push({ name, alias: a, caseSensitive: true });
}
for (const [alias, name] of Object.entries(orgs.countryAliases))
  countryTerms.push({ name, alias, caseSensitive: true });
export const countryVocabulary = buildVocabulary(countryTerms);
