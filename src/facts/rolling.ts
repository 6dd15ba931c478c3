// Open-ended calls: "Applications are accepted at any time", "open until filled". A posting that
// states no deadline but says this is open, not of unknown status. Phrases: ./rolling-cues.json.
import type { Quote } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import cues from './rolling-cues.json' with { type: 'json' };

const phrases = cues.phrases;
// Every phrase holds one of these stems: a cheap test before the phrase list.
const stems =
  /time|rolling|fill|deadline|closing|continu|moment|fil de|laufend|jederzeit|besetz|copertura|cubr|pourv|candidate|received|doluncaya/i;

/** The first line that says applications are taken with no closing date, or null. */
export function findRolling(entries: readonly Entry[]): Quote | null {
  for (const e of entries) {
    if (e.text.length > 2000 || !stems.test(e.text)) continue;
    const lower = e.text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' ');
    const phrase = phrases.find((p) => lower.includes(p));
    if (phrase) return { text: sentenceOf(e.text, lower.indexOf(phrase)), line: e.line };
  }
  return null;
}

/**
 * The sentence of a long line that holds the phrase at `at` (offsets of the flattened lower-case
 * line, which differ only where runs of spaces were collapsed: close enough to find its sentence).
 */
function sentenceOf(text: string, at: number): string {
  if (text.length <= 200) return text;
  const before = text.slice(0, at);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const endAt = text.slice(at).search(/[.!?](?:\s|$)/);
  return text.slice(start < 0 ? 0 : start + 2, endAt < 0 ? text.length : at + endAt + 1).trim();
}
