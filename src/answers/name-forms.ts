// Other ways people name a posting than its own words: a host by its initials ("UCM" for
// "Universidad Complutense de Madrid", "ITP" for "Institute of Theoretical Physics"), and a
// title's words of another language by their English word ("posdoctoral" -> "postdoc") or
// without their accents.
import { glossaryWord } from './glossary.ts';
import { words } from './text.ts';

/**
 * The initials of a name of three or more capitalised words, lowercase, skipping the small
 * words between them ("de", "of", "für"); null for shorter names and for names that are
 * initials already ("CERN").
 */
export function acronymOf(name: string): string | null {
  if (name.length < 12 || name.length > 120) return null;
  const ws = name.split(/[\s,/]+|\s[-–]\s/).filter(Boolean);
  let out = '';
  for (const w of ws) {
    const first = w.charAt(0);
    // "de", "of", "the", "für", "e": lowercase words are not part of the initials.
    if (first === first.toLowerCase()) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) return null;
    out += first;
  }
  return out.length >= 3 && out.length <= 6 ? out.toLowerCase() : null;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Other forms of a title's words, space-separated ('' when none): the glossary's English word
 * ("professeur" -> "professor") and an accented word without its accents ("métallurgie" ->
 * "metallurgie", which an English "metallurgy" begins like).
 */
export function titleGlosses(title: string): string {
  let out = '';
  for (const w of words(title)) {
    const g = glossaryWord(w.norm);
    if (g) out += ` ${g}`;
    if (NON_ASCII.test(w.norm)) {
      const plain = w.norm.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (plain !== w.norm) out += ` ${plain}`;
    }
  }
  return out;
}
