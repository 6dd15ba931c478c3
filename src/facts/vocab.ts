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
  /**
   * The terms named by the tokens, or by those between the characters `from` and `to` of their
   * text (offsets between tokens, e.g. a sentence's ends): the same as find(text.slice(from, to)),
   * without tokenizing the part again.
   */
  findIn(tokens: Tokens, from?: number, to?: number): string[];
}

// Tokens: letters/digits with + and # (C++, C#); "Node.js", "CI/CD", "U.S. CMS" become token
// sequences, matched longest first. One linear pass per text, one map lookup per token.
const tokenRe = /[A-Za-z0-9\u00c0-\uffff][A-Za-z0-9\u00c0-\uffff+#]*/g;

interface Pattern {
  lower: string[];
  exact: string[];
  term: Term;
}

/**
 * A text's tokens as offsets: most tokens are no vocabulary's first word, and making no string
 * for them (only for the candidates below) took most of the tokenizer's time and allocation.
 */
export interface Tokens {
  text: string;
  /** Token k is text.slice(span[2k], span[2k + 1]). */
  span: number[];
  /**
   * The tokens that start some vocabulary's alias (`at`), their lowercase (`lower`) and which
   * vocabularies' (`bits`): a line is matched against three or four vocabularies, and one look-up
   * per token instead of one per token and vocabulary saved a third of the facts time.
   */
  at: number[];
  lower: string[];
  bits: number[];
  /** The registry version the candidates were found with (see registryVersion). */
  version: number;
}

// Every vocabulary's first tokens (lowercase) -> the bits of the vocabularies that have them.
const firstTokenBits = new Map<string, number>();
// The same bits by a hash of the (ASCII) first token, OR-ed per bucket: a token whose bucket is
// 0 starts no alias, without making its lowercase string.
const HASH_BITS = 16;
const firstTokenHash = new Int32Array(1 << HASH_BITS);
let vocabularies = 0;
/** Bumped by each new vocabulary, so Tokens scanned before it are scanned again. */
let registryVersion = 0;

function bucket(h: number): number {
  return (h ^ (h >>> HASH_BITS)) & ((1 << HASH_BITS) - 1);
}

/** The bucket of text.slice(from, to) in lower case, or -1 when it is not all ASCII. */
function spanBucket(text: string, from: number, to: number): number {
  let h = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return -1;
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return bucket(h);
}

/** Token characters, as tokenRe has them (code units: no `u` flag). */
function isTokenStart(c: number): boolean {
  // Letters and digits; above Latin-1, anything but general punctuation (U+2000-U+206F: the ’ of
  // "ECMWF’s", dashes, curly quotes, the ellipsis), which ends a word as ASCII punctuation does.
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && (c < 0x2000 || c > 0x206f))
  );
}

export function tokenize(text: string): Tokens {
  const tk: Tokens = { text, span: [], at: [], lower: [], bits: [], version: registryVersion };
  const n = text.length;
  let k = 0;
  while (k < n) {
    let c = text.charCodeAt(k);
    if (!isTokenStart(c)) {
      k++;
      continue;
    }
    // One pass finds the token's end and hashes its lowercase (see spanBucket).
    const from = k;
    let h = 0;
    let ascii = true;
    for (;;) {
      if (c >= 128) ascii = false;
      else h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
      if (++k >= n) break;
      c = text.charCodeAt(k);
      if (!isTokenStart(c) && c !== 43 && c !== 35) break;
    }
    tk.span.push(from, k);
    if (!ascii || firstTokenHash[bucket(h)] !== 0) addIfStart(tk, (tk.span.length >> 1) - 1, from, k);
  }
  return tk;
}

/** Records token `index` as a candidate when some vocabulary's alias starts with it. */
function addIfStart(tk: Tokens, index: number, from: number, to: number): void {
  const low = tk.text.slice(from, to).toLowerCase();
  const b = firstTokenBits.get(low);
  if (b === undefined) return;
  tk.at.push(index);
  tk.lower.push(low);
  tk.bits.push(b);
}

/** Finds the candidates again, for Tokens made before the last vocabulary was built. */
function findStarts(tk: Tokens): void {
  tk.at = [];
  tk.lower = [];
  tk.bits = [];
  tk.version = registryVersion;
  const { text, span } = tk;
  for (let k = 0; k < span.length; k += 2) {
    const from = span[k] as number;
    const to = span[k + 1] as number;
    const b = spanBucket(text, from, to);
    if (b < 0 || firstTokenHash[b] !== 0) addIfStart(tk, k >> 1, from, to);
  }
}

/** The first token starting at or after character `at` (binary search: tokens are in order). */
function tokenAtOrAfter(span: number[], at: number): number {
  let lo = 0;
  let hi = span.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((span[2 * mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** text.slice(from, to).toLowerCase() === word, without copying an ASCII token. */
function sameLower(text: string, from: number, to: number, word: string): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return text.slice(from, to).toLowerCase() === word;
  // ASCII lowercases character by character.
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(from + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/** The token strings of a text (for aliases). */
function tokenStrings(text: string): string[] {
  return text.match(tokenRe) ?? [];
}

export function buildVocabulary(terms: Term[]): Vocabulary {
  const byFirst = new Map<string, Pattern[]>();
  // Past 31 vocabularies the bit is 0 and this one scans every token (still correct).
  const bit = vocabularies < 31 ? 1 << vocabularies : 0;
  vocabularies++;
  registryVersion++;
  for (const term of terms) {
    const toks = tokenStrings(term.alias);
    if (toks.length === 0) continue;
    const lower = toks.map((x) => x.toLowerCase());
    const list = byFirst.get(lower[0] as string) ?? [];
    list.push({ lower, exact: toks, term });
    byFirst.set(lower[0] as string, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.lower.length - a.lower.length);
  for (const first of byFirst.keys()) {
    firstTokenBits.set(first, (firstTokenBits.get(first) ?? 0) | bit);
    const b = spanBucket(first, 0, first.length);
    // A non-ASCII first token is looked up by its string whatever the bucket says.
    if (b >= 0) firstTokenHash[b] = (firstTokenHash[b] as number) | bit | 1;
  }
  /** Does token k equal the pattern's word j (its case or any case)? */
  const same = (tk: Tokens, k: number, p: Pattern, j: number): boolean => {
    const from = tk.span[2 * k] as number;
    const to = tk.span[2 * k + 1] as number;
    const word = p.term.caseSensitive ? (p.exact[j] as string) : (p.lower[j] as string);
    if (p.term.caseSensitive) return to - from === word.length && tk.text.startsWith(word, from);
    return sameLower(tk.text, from, to, word);
  };
  const findIn = (tk: Tokens, from = 0, to = tk.text.length): string[] => {
    const found: string[] = [];
    if (tk.version !== registryVersion) findStarts(tk);
    const { text, span } = tk;
    // The tokens from..to: [first, count).
    let count = span.length >> 1;
    let firstToken = 0;
    if (from > 0 || to < text.length) {
      firstToken = tokenAtOrAfter(span, from);
      count = tokenAtOrAfter(span, to);
    }
    // A match consumes its tokens: the next alias starts after it.
    let next = firstToken;
    const candidates = bit ? tk.at.length : count;
    for (let s = bit ? 0 : firstToken; s < candidates; s++) {
      let k = s;
      let first: string;
      if (bit) {
        if (!((tk.bits[s] as number) & bit)) continue;
        k = tk.at[s] as number;
        if (k >= count) break;
        first = tk.lower[s] as string;
      } else first = text.slice(span[2 * k], span[2 * k + 1]).toLowerCase();
      if (k < next) continue;
      const list = byFirst.get(first);
      if (!list) continue;
      for (const p of list) {
        const n = p.lower.length;
        if (k + n > count) continue;
        let ok = true;
        for (let j = 0; j < n && ok; j++) {
          // The first token's lowercase is the list's key; its case still matters for some terms.
          if (j > 0 || p.term.caseSensitive) ok = same(tk, k + j, p, j);
          // Words of one alias sit close together (a space, a dot, a slash, a hyphen).
          if (ok && j > 0) {
            const gapFrom = span[2 * (k + j) - 1] as number;
            const gapTo = span[2 * (k + j)] as number;
            if (gapTo - gapFrom > 3 || !/^[\s./-]*$/.test(text.slice(gapFrom, gapTo))) ok = false;
          }
        }
        if (!ok) continue;
        const at = span[2 * k] as number;
        // "Go" the language, not "go" the verb: also not a sentence-initial "Go to ...".
        if (
          p.term.alias === 'Go' &&
          /^\s+(to|ahead|through|beyond|for|back|on)\b/.test(text.slice(at + 2, Math.min(at + 14, to)))
        )
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
