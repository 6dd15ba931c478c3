// Permanent residence, which some citizenship criteria accept instead ("US citizens or permanent
// residents"): in a criterion, and in what the asker says ("I have a green card", "I'm a
// permanent resident of Canada", "no green card"). Words in data/vocabulary.json.
import { findCountries, tokenize } from './countries.ts';
import vocab from './data/vocabulary.json' with { type: 'json' };
import { NEGATION_RE } from './self-words.ts';

const { words, country: tiedTo } = vocab.permanentResidence as { words: string[]; country: Record<string, string> };
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]');
const WORDS = `\\b(?:${[...words]
  .sort((a, b) => b.length - a.length)
  .map(esc)
  .join('|')})\\b`;
const WORD_RE = new RegExp(WORDS);
const WORDS_RE = new RegExp(WORDS, 'g');

/** A criterion (folded) that accepts permanent residents beside citizens. */
export function acceptsPermanentResidents(lower: string): boolean {
  return WORD_RE.test(lower);
}

/**
 * What the asker (folded text) says of a permanent residence: the countries they hold one in
 * ("" when they name none), or that they deny one ("no green card").
 */
export function readPermanentResidence(lower: string): { countries: string[]; denied: boolean } | undefined {
  let out: { countries: string[]; denied: boolean } | undefined;
  for (const m of lower.matchAll(WORDS_RE)) {
    const at = m.index ?? 0;
    const clauseStart = Math.max(...[',', ';', '.', '?', '!'].map((c) => lower.lastIndexOf(c, at - 1)), 0);
    const before = lower.slice(clauseStart, at);
    out ??= { countries: [], denied: false };
    if (NEGATION_RE.test(before)) {
      out.denied = true;
      continue;
    }
    const word = m[0].replace(/-/g, ' ').replace(/\s+/g, ' ');
    const tied = tiedTo[word] ?? tiedTo[m[0]];
    // "a permanent resident of Canada", "permanent residency in the US", "US green card".
    const around = `${lower.slice(Math.max(clauseStart, at - 20), at)} ${lower.slice(at + m[0].length, at + m[0].length + 30).split(/[,;.?!]/)[0] ?? ''}`;
    const named = findCountries(tokenize(around)).map((h) => h.country);
    const country = tied ?? named[0] ?? '';
    if (!out.countries.includes(country)) out.countries.push(country);
  }
  return out;
}
