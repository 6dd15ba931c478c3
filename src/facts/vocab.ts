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
  findIn(tokens: Tokens): string[];
}

// Tokens: letters/digits with + and # (C++, C#); "Node.js", "CI/CD", "U.S. CMS" become token
// sequences, matched longest first. One linear pass per text, one map lookup per token.
const tokenRe = /[A-Za-z0-9\u00c0-\uffff][A-Za-z0-9\u00c0-\uffff+#]*/g;

interface Pattern {
  lower: string[];
  exact: string[];
  term: Term;
}

export interface Tokens {
  text: string;
  t: string[];
  lower: string[];
  i: number[];
  /**
   * Positions whose token starts some vocabulary's alias, and which vocabularies' (bits), worked
   * out on the first look-up: a line is matched against three or four vocabularies, and one map
   * look-up per token instead of one per token and vocabulary saved a third of the facts time.
   */
  starts?: { version: number; at: Int32Array; bits: Int32Array };
}

// Every vocabulary's first tokens (lowercase) -> the bits of the vocabularies that have them.
const firstTokenBits = new Map<string, number>();
let vocabularies = 0;
/** Bumped by each new vocabulary, so Tokens scanned before it are scanned again. */
let registryVersion = 0;

function startsOf(tk: Tokens): { at: Int32Array; bits: Int32Array } {
  if (tk.starts && tk.starts.version === registryVersion) return tk.starts;
  const at: number[] = [];
  const bits: number[] = [];
  const { lower } = tk;
  for (let k = 0; k < lower.length; k++) {
    const b = firstTokenBits.get(lower[k] as string);
    if (b !== undefined) {
      at.push(k);
      bits.push(b);
    }
  }
  tk.starts = { version: registryVersion, at: Int32Array.from(at), bits: Int32Array.from(bits) };
  return tk.starts;
}

export function tokenize(text: string): Tokens {
  const t: string[] = [];
  const i: number[] = [];
  tokenRe.lastIndex = 0;
  let m: RegExpExecArray | null = tokenRe.exec(text);
  while (m) {
    t.push(m[0]);
    i.push(m.index);
    m = tokenRe.exec(text);
  }
  return { text, t, lower: t.map((x) => x.toLowerCase()), i };
}

export function buildVocabulary(terms: Term[]): Vocabulary {
  const byFirst = new Map<string, Pattern[]>();
  // Past 31 vocabularies the bit is 0 and this one scans every token (still correct).
  const bit = vocabularies < 31 ? 1 << vocabularies : 0;
  vocabularies++;
  registryVersion++;
  for (const term of terms) {
    const toks = tokenize(term.alias).t;
    if (toks.length === 0) continue;
    const lower = toks.map((x) => x.toLowerCase());
    const list = byFirst.get(lower[0] as string) ?? [];
    list.push({ lower, exact: toks, term });
    byFirst.set(lower[0] as string, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  for (const first of byFirst.keys()) firstTokenBits.set(first, (firstTokenBits.get(first) ?? 0) | bit);
  const findIn = (tk: Tokens): string[] => {
    const found: string[] = [];
    const { text, t, lower, i } = tk;
    const starts = bit ? startsOf(tk) : null;
    const count = starts ? starts.at.length : t.length;
    // A match consumes its tokens: the next alias starts after it.
    let next = 0;
    for (let s = 0; s < count; s++) {
      let k = s;
      if (starts) {
        if (!((starts.bits[s] as number) & bit)) continue;
        k = starts.at[s] as number;
      }
      if (k < next) continue;
      const list = byFirst.get(lower[k] as string);
      if (!list) continue;
      for (const p of list) {
        const n = p.lower.length;
        if (k + n > t.length) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) {
          if (p.term.caseSensitive ? t[k + j] !== p.exact[j] : lower[k + j] !== p.lower[j]) ok = false;
          // Words of one alias sit close together (a space, a dot, a slash, a hyphen).
          if (ok && j > 0) {
            const end = (i[k + j - 1] as number) + (t[k + j - 1] as string).length;
            const gap = text.slice(end, i[k + j]);
            if (gap.length > 3 || !/^[\s./-]*$/.test(gap)) ok = false;
          }
        }
        if (!ok) continue;
        const at = i[k] as number;
        // "Go" the language, not "go" the verb: also not a sentence-initial "Go to ...".
        if (p.term.alias === 'Go' && /^\s+(to|ahead|through|beyond|for|back|on)\b/.test(text.slice(at + 2, at + 14)))
          continue;
        if (!found.includes(p.term.name)) found.push(p.term.name);
        next = k + n;
        break;
      }
    }
    return found;
  };
  return { find: (text: string) => findIn(tokenize(text)), findIn };
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
