// "The application has already closed", "This position has been filled": a notice that the
// posting no longer takes applications. It closes the posting whatever its deadline says (or
// when it states none). Phrases: ./closed-cues.json.
import type { Quote } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import cues from './closed-cues.json' with { type: 'json' };

const phrases = cues.phrases;
// Every phrase holds one of these stems: a cheap test before the phrase list.
const stems = /closed|\bclos(?:es)?\b|no longer|filled|pourvu|abgelaufen|besetzt|nicht mehr|scadut|chius|cerrad|終了/i;
/** A date right after the phrase makes it a deadline ("applications closed on 3 May 2024"). */
const dateAfter = /^\s*(?:on|at|since|le|am|il|el)?\s*[\d(]|^\s*(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun)/i;

/** The first line that says applications are no longer taken, or null. */
export function findClosedNotice(entries: readonly Entry[]): Quote | null {
  for (const e of entries) {
    if (e.text.length > 400 || !stems.test(e.text)) continue;
    const lower = e.text
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\s+/g, ' ');
    for (const p of phrases) {
      const at = lower.indexOf(p);
      if (at >= 0 && !dateAfter.test(lower.slice(at + p.length, at + p.length + 12)))
        return { text: e.text, line: e.line };
    }
  }
  return null;
}
