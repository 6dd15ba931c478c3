// "jobs in uk", "anything in the us", "postes aux usa": a country's short name typed in lower
// case after a place preposition (the facts' own list, place-cues.json), read as the capitals the
// country reader asks of names of three letters or fewer ("us" alone is a pronoun). Not after
// "near" ("jobs near us" is near the asker). And a country's name in French, German, Italian or
// Spanish that is also a demonym there (Spanish "Suiza" is Switzerland and a Swiss woman): after
// a place it names the country.
import type { Country } from 'world-countries';
import wc from 'world-countries';
import { fold } from '../eligibility/countries.ts';
import aliases from '../eligibility/data/country-aliases.json' with { type: 'json' };
import cues from '../facts/place-cues.json' with { type: 'json' };
import intents from './data/intents.json' with { type: 'json' };
import { escapeRegExp } from './text.ts';

const NEARNESS = new Set(['near', 'close to', 'près de']);
const alternatives = (list: string[]) => list.map(escapeRegExp).join('|');
const codeAfterPlace = new RegExp(
  `((?:^|[\\s(,])(?:${alternatives([...cues.placePrepositions.filter((p) => !NEARNESS.has(p)), 'aux', 'from', 'across'])})\\s+(?:(?:${alternatives(cues.placeArticles)})\\s+)?)(\\p{Ll}{2,3})(?![\\p{L}\\p{N}'’])`,
  'giu',
);

// "usa jobs", "uk postdocs": the curated short names (not every ISO code: "ml jobs" is no Mali) before a word for posts.
const shortNames = Object.keys(aliases.aliases).filter((a) => /^[A-Z]{2,3}$/.test(a));
const codeBeforePost = new RegExp(
  `(?<![\\p{L}\\p{N}])(${alternatives(shortNames.map((a) => a.toLowerCase()))})(?=\\s+(?:${alternatives([...intents.postingNouns, ...intents.roleKinds.plural])})(?![\\p{L}]))`,
  'gu',
);

/** The text with a short lower-case word after a place preposition, or a short name before a word for posts, in capitals. */
export function withCountryCodesCased(text: string): string {
  return /\b\p{Ll}{2,3}\b/u.test(text)
    ? text
        .replace(codeAfterPlace, (_, lead: string, code: string) => lead + code.toUpperCase())
        .replace(codeBeforePost, (code: string) => code.toUpperCase())
    : text;
}

let translated: Map<string, string> | null = null;

/** Each country's common name in French, German, Italian and Spanish, folded -> its English common name. */
export function translatedNames(): ReadonlyMap<string, string> {
  if (translated) return translated;
  translated = new Map();
  // The package's types describe a CommonJS default; at runtime ESM gives the array directly.
  const any: unknown = wc;
  const list = Array.isArray(any) ? (any as Country[]) : ((any as { default?: Country[] }).default ?? []);
  for (const c of list) {
    if (!c.independent) continue;
    for (const lang of ['fra', 'deu', 'ita', 'spa']) {
      const name = (c.translations as Record<string, { common: string } | undefined>)[lang]?.common;
      if (name && name.length > 3) translated.set(fold(name), c.name.common);
    }
  }
  return translated;
}
