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
    if (phrases.some((p) => lower.includes(p))) return { text: e.text, line: e.line };
  }
  return null;
}
