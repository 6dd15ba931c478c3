// One regex for a list of words and phrases from a data file: longest first, whole words only,
// compiled once by each reader at load. Without the `u` flag and with one boundary test around
// the whole alternation: case-insensitive Unicode alternations ran 20 times slower.
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Letters and digits of the Latin, Greek and Cyrillic blocks: what a "whole word" is made of.
const WORD = 'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const WORD_START = new RegExp(`^[${WORD}]`);
const WORD_END = new RegExp(`[${WORD}]$`);

export function compilePhrases(phrases: readonly string[], flags = 'i'): RegExp {
  // Either apostrophe: "d'activité" is also written "d’activité".
  const body = (p: string) => esc(p).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  const wordStart = sorted.filter((p) => WORD_START.test(p));
  const other = sorted.filter((p) => !WORD_START.test(p));
  // An ASCII edge takes `\\b`, which V8 tests three times faster than a look-around.
  const endOf = (p: string) => (/[A-Za-z0-9]$/.test(p) ? '\\b' : WORD_END.test(p) ? `(?![${WORD}])` : '');
  const alt = (p: string) => `${body(p)}${endOf(p)}`;
  // The start boundary once, before the longest-first alternation of the phrases it applies to.
  const parts = [];
  const ascii = wordStart.filter((p) => /^[A-Za-z0-9]/.test(p));
  const accented = wordStart.filter((p) => !/^[A-Za-z0-9]/.test(p));
  if (ascii.length) parts.push(`\\b(?:${ascii.map(alt).join('|')})`);
  if (accented.length) parts.push(`(?<![${WORD}])(?:${accented.map(alt).join('|')})`);
  if (other.length) parts.push(other.map(alt).join('|'));
  return new RegExp(`(?:${parts.join('|')})`, flags.replace('u', ''));
}
