// Country names, alternative spellings and demonyms -> the world-countries common name.
// Built once at import; lookups are by lower-case, accent-free word sequences (at most 4 words).
import type { Country } from 'world-countries';
import wc from 'world-countries';
import aliasData from './data/country-aliases.json' with { type: 'json' };
import demonymData from './data/demonyms.json' with { type: 'json' };

export interface CountryHit {
  country: string;
  /** Index of the first and one past the last word in the token list. */
  start: number;
  end: number;
  /** 'demonym' ("Italian") or 'name' ("Italy", "UK"). */
  kind: 'demonym' | 'name';
}

export interface Token {
  /** Lower-case, accents removed. */
  norm: string;
  raw: string;
  index: number;
}

const MAX_WORDS = 4;

// The package's types describe a CommonJS default; at runtime ESM gives the array directly.
const wcAny: unknown = wc;
const countries: Country[] = Array.isArray(wcAny)
  ? (wcAny as Country[])
  : ((wcAny as { default?: Country[] }).default ?? []);

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const WORD = /[\p{L}\p{M}]+/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) out.push({ raw: m[0], norm: fold(m[0]), index: m.index ?? 0 });
  return out;
}

function key(s: string): string {
  return tokenize(s)
    .map((t) => t.norm)
    .join(' ');
}

const names = new Map<string, string>();
const demonyms = new Map<string, string>();
/** Keys of three letters or fewer ("UK", "US", "USA") must be written in capitals. */
const upperOnly = new Set<string>();

function addName(k: string, country: string): void {
  const kk = key(k);
  if (!kk || kk.split(' ').length > MAX_WORDS) return;
  if (kk.replace(/ /g, '').length <= 3) upperOnly.add(kk);
  if (!names.has(kk)) names.set(kk, country);
}

// Independent countries first so that their names win ties.
const ordered = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
for (const c of ordered) {
  const common = c.name.common;
  addName(common, common);
  addName(c.name.official, common);
  for (const alt of c.altSpellings) {
    // Two-letter codes are too ambiguous ("IT", "IN", "NO"); keep real spellings only.
    if (alt.length <= 2) continue;
    addName(alt, common);
  }
  const d = c.demonyms?.eng;
  if (d) {
    for (const w of [d.m, d.f]) {
      const kk = key(w);
      if (kk && !demonyms.has(kk)) demonyms.set(kk, common);
    }
  }
}
for (const [alias, country] of Object.entries(aliasData.aliases as Record<string, string>)) {
  const kk = key(alias);
  // Aliases override world-countries (e.g. "Irish" must be Ireland).
  if (
    /^[A-Z]/.test(alias) &&
    /(ish|ian|ese|ss|ch|sh|an)$/.test(alias) &&
    !/^(Britain|America|Russia|Persia)$/.test(alias)
  ) {
    demonyms.set(kk, country);
  } else {
    names.set(kk, country);
    if (kk.replace(/ /g, '').length <= 3) upperOnly.add(kk);
  }
}

// Demonyms of French, German, Italian and Spanish, and the country names in those languages
// (world-countries' translations), except names that are ordinary words elsewhere.
for (const [country, forms] of Object.entries(demonymData.demonyms as Record<string, string[]>))
  for (const w of forms) {
    const kk = key(w);
    if (kk && !names.has(kk) && !demonyms.has(kk)) demonyms.set(kk, country);
  }
const NOT_NAMES = new Set(demonymData.notNames);
for (const c of ordered) {
  if (!c.independent) continue;
  for (const lang of ['fra', 'deu', 'ita', 'spa']) {
    const t = (c.translations as Record<string, { common: string } | undefined>)[lang]?.common;
    if (!t) continue;
    const kk = key(t);
    if (!kk || NOT_NAMES.has(kk) || kk.split(' ').length > MAX_WORDS || kk.length <= 3) continue;
    if (!names.has(kk) && !demonyms.has(kk)) names.set(kk, c.name.common);
  }
}

let namesByCountry: Map<string, string[]> | null = null;

/**
 * Every name of a country (not its demonyms), folded: its English names and spellings and its
 * names in French, German, Italian and Spanish ("germany", "deutschland", "allemagne"...). Names
 * of three letters or fewer are left out: "uk" or "us" folded are ordinary words.
 */
export function namesOfCountry(common: string): string[] {
  if (!namesByCountry) {
    namesByCountry = new Map();
    for (const [k, country] of names) {
      if (k.replace(/ /g, '').length <= 3) continue;
      const list = namesByCountry.get(country) ?? [];
      list.push(k);
      namesByCountry.set(country, list);
    }
  }
  return namesByCountry.get(common) ?? [key(common)];
}

const canonical = new Map<string, string>();
for (const c of countries) canonical.set(fold(c.name.common), c.name.common);

/** The common name for a country written any known way ("Turkey", "UK"), or null. */
export function canonicalCountry(s: string): string | null {
  const kk = key(s);
  return names.get(kk) ?? demonyms.get(kk) ?? canonical.get(kk) ?? null;
}

/**
 * Where a short code typed in lower case ("us", "uk") is still a country: right before one of
 * `after` ("a us citizen", "a uk passport") or right after one of `before` ("in the uk").
 */
export interface LowerCodes {
  after: ReadonlySet<string>;
  before: ReadonlySet<string>;
}

/**
 * Every country mention in the tokens, longest match first, non-overlapping. Linear in tokens.
 * Codes of three letters or fewer count only in capitals, or in lower case where `lowerCodes` says.
 */
export function findCountries(tokens: Token[], lowerCodes?: LowerCodes): CountryHit[] {
  const hits: CountryHit[] = [];
  const keys: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let found: CountryHit | null = null;
    const max = Math.min(MAX_WORDS, tokens.length - i);
    // The keys of 1..max words from i, built once each (no slicing and joining per length).
    keys.length = 0;
    let k = '';
    for (let n = 0; n < max; n++) {
      k = n === 0 ? (tokens[i]?.norm ?? '') : `${k} ${tokens[i + n]?.norm ?? ''}`;
      keys.push(k);
    }
    for (let n = max; n >= 1 && !found; n--) {
      const key = keys[n - 1] ?? '';
      const name = names.get(key);
      if (name !== undefined) {
        if (upperOnly.has(key)) {
          let upper = true;
          for (let j = i; j < i + n; j++) {
            const raw = tokens[j]?.raw ?? '';
            if (raw !== raw.toUpperCase()) upper = false;
          }
          const lowerOk =
            lowerCodes !== undefined &&
            (lowerCodes.after.has(tokens[i + n]?.norm ?? '') || lowerCodes.before.has(tokens[i - 1]?.norm ?? ''));
          if (!upper && !lowerOk) continue;
        }
        found = { country: name, start: i, end: i + n, kind: 'name' };
        break;
      }
      const dem = demonyms.get(key);
      if (dem !== undefined) found = { country: dem, start: i, end: i + n, kind: 'demonym' };
    }
    if (found) {
      hits.push(found);
      i = found.end;
    } else i++;
  }
  return hits;
}
