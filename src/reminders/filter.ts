// A subscription's filter: words a posting must all match, e.g. "C++ France" or "CMS kubernetes".
// A word matches a canonical skill, the organisation, the experiment, the country, or a word of
// the location or the title; case and accents do not matter.
import type { Posting } from '../corpus/posting.ts';

// Letters/digits, with the C++ / C# style suffixes kept (as the answers' tokenizer does).
const wordRe = /[\p{L}\p{N}]+(?:\+\+|#)?/gu;

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The filter's words, folded: "C++, France" -> ["c++", "france"]. */
export function filterWords(filter: string | null): string[] {
  if (!filter) return [];
  return fold(filter).match(wordRe) ?? [];
}

function postingTerms(p: Posting): Set<string> {
  const terms = new Set<string>();
  const addWords = (s: string | null | undefined) => {
    if (!s) return;
    for (const w of fold(s).match(wordRe) ?? []) terms.add(w);
  };
  const addWhole = (s: string | null | undefined) => {
    if (s) terms.add(fold(s).trim());
  };
  for (const skill of p.skills) {
    addWhole(skill);
    addWords(skill);
  }
  addWhole(p.organisation);
  addWords(p.organisation);
  addWhole(p.experiment);
  addWords(p.experiment);
  addWhole(p.country);
  addWords(p.country);
  addWords(p.location?.text);
  addWords(p.title);
  return terms;
}

/** Whether `posting` matches every word of `filter`; a null or blank filter matches all. */
export function matchesFilter(posting: Posting, filter: string | null): boolean {
  const words = filterWords(filter);
  if (words.length === 0) return true;
  const terms = postingTerms(posting);
  return words.every((w) => terms.has(w));
}

/**
 * Whether `posting` is one `sub` is about: one of its `postingIds`, or a match of its `filter`.
 * With postingIds and no filter only those postings match; with neither, every posting does.
 * The one rule for reminders, announcements, personal lists and calendar feeds.
 */
export function subscriptionMatches(
  posting: Posting,
  sub: { filter: string | null; postingIds?: readonly string[] | undefined },
): boolean {
  const ids = sub.postingIds ?? [];
  if (ids.length > 0 && ids.includes(posting.id)) return true;
  if (ids.length > 0 && filterWords(sub.filter).length === 0) return false;
  return matchesFilter(posting, sub.filter);
}
