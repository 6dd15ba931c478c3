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
// sequences, matched longest first. One linear pass per text, one map lookup per candidate token.
const tokenRe = /[A-Za-z0-9\u00c0-\uffff][A-Za-z0-9\u00c0-\uffff+#]*/g;

interface Pattern {
  lower: string[];
  exact: string[];
  term: Term;
}

/**
 * A text's candidate tokens: those that start some vocabulary's alias, as offsets. Most tokens
 * start none, and keeping only the candidates (one in seven) spares an offset pair per token; an
 * alias's later words are read from the text after its first (see nextToken).
 */
export interface Tokens {
  text: string;
  /** Candidate c is text.slice(from[c], to[c]), `lower[c]` its lowercase. */
  from: number[];
  to: number[];
  lower: string[];
  /**
   * Which vocabularies' aliases the candidate starts: a line is matched against three or four
   * vocabularies, and one look-up per token instead of one per token and vocabulary saved a
   * third of the facts time.
   */
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

/** The end of the token starting at `from` (its characters, then any + and #). */
function tokenEnd(text: string, from: number): number {
  let k = from + 1;
  for (; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!isTokenStart(c) && c !== 43 && c !== 35) break;
  }
  return k;
}

// Each UTF-16 code unit's class: 1 starts (and continues) a token, 2 only continues one (+ #),
// its lowercase ASCII code for A-Z (to hash in one look-up); 0 ends a token.
const START = 1;
const CONT = 2;
const CLASS = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) CLASS[c] = isTokenStart(c) ? START : c === 43 || c === 35 ? CONT : 0;

/** Candidates of `text` for `tk` (empty lists), every token when `all` (a vocabulary past the bits). */
function scan(tk: Tokens, all: boolean): void {
  const text = tk.text;
  const n = text.length;
  let k = 0;
  while (k < n) {
    let c = text.charCodeAt(k);
    if (CLASS[c] !== START) {
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
      if (CLASS[c] === 0) break;
    }
    if (all || !ascii || firstTokenHash[bucket(h)] !== 0) addIfStart(tk, from, k, all);
  }
}

export function tokenize(text: string): Tokens {
  const tk: Tokens = { text, from: [], to: [], lower: [], bits: [], version: registryVersion };
  scan(tk, false);
  return tk;
}

/** Records the token text.slice(from, to) as a candidate when some vocabulary's alias starts with it. */
function addIfStart(tk: Tokens, from: number, to: number, all: boolean): void {
  const low = tk.text.slice(from, to).toLowerCase();
  const b = firstTokenBits.get(low);
  if (b === undefined && !all) return;
  tk.from.push(from);
  tk.to.push(to);
  tk.lower.push(low);
  tk.bits.push(b ?? 0);
}

/** Finds the candidates again, for Tokens made before the last vocabulary was built. */
function findStarts(tk: Tokens): void {
  tk.from = [];
  tk.to = [];
  tk.lower = [];
  tk.bits = [];
  tk.version = registryVersion;
  scan(tk, false);
}

/**
 * The start of the token after the one ending at `end`, when only a short join (at most three
 * of space, dot, slash, hyphen: "Node.js", "CI/CD", "U.S. CMS") lies between; -1 otherwise.
 */
function nextToken(text: string, end: number): number {
  for (let k = end; k < text.length && k - end <= 3; k++) {
    const c = text.charCodeAt(k);
    if (isTokenStart(c)) return k;
    // \s, as /^[\s./-]*$/ has it: ASCII white space, NBSP, the line and paragraph separators...
    if (c === 46 || c === 47 || c === 45) continue;
    if (!/\s/.test(text[k] as string)) return -1;
  }
  return -1;
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
  /** Does text.slice(from, to) equal the pattern's word j (its case or any case)? */
  const same = (text: string, from: number, to: number, p: Pattern, j: number): boolean => {
    if (p.term.caseSensitive) {
      const word = p.exact[j] as string;
      return to - from === word.length && text.startsWith(word, from);
    }
    return sameLower(text, from, to, p.lower[j] as string);
  };
  /** The end of pattern p matched at the candidate text.slice(from, to), or -1; its tokens start before `limit`. */
  const matchAt = (text: string, from: number, to: number, p: Pattern, limit: number): number => {
    // The first token's lowercase is the list's key; its case still matters for some terms.
    if (p.term.caseSensitive && !same(text, from, to, p, 0)) return -1;
    let end = to;
    for (let j = 1; j < p.lower.length; j++) {
      const start = nextToken(text, end);
      if (start < 0 || start >= limit) return -1;
      end = tokenEnd(text, start);
      if (!same(text, start, end, p, j)) return -1;
    }
    return end;
  };
  const findIn = (given: Tokens, from = 0, to = given.text.length): string[] => {
    const found: string[] = [];
    if (given.version !== registryVersion) findStarts(given);
    let tk = given;
    // Past the bits every token is a candidate.
    if (!bit) {
      tk = { text: given.text, from: [], to: [], lower: [], bits: [], version: registryVersion };
      scan(tk, true);
    }
    const { text } = tk;
    // A match consumes its tokens: the next alias starts after it.
    let next = 0;
    for (let s = 0; s < tk.from.length; s++) {
      const at = tk.from[s] as number;
      if (at < from) continue;
      if (at >= to) break;
      if (bit && !((tk.bits[s] as number) & bit)) continue;
      if (at < next) continue;
      const list = byFirst.get(tk.lower[s] as string);
      if (!list) continue;
      for (const p of list) {
        const end = matchAt(text, at, tk.to[s] as number, p, to);
        if (end < 0) continue;
        // "Go" the language, not "go" the verb: also not a sentence-initial "Go to ...".
        if (
          p.term.alias === 'Go' &&
          /^\s+(to|ahead|through|beyond|for|back|on)\b/.test(text.slice(at + 2, Math.min(at + 14, to)))
        )
          continue;
        if (!found.includes(p.term.name)) found.push(p.term.name);
        next = end;
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
