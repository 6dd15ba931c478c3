// A deadline that states its time ("by 17:00 CET on 15 March 2026") as a Moment: its instant,
// and the posting's own words for it, so a renderer can show the instant in each reader's zone.
import type { DeadlineFact } from '../corpus/posting.ts';
import type { InstantMention, Moment } from './reply.ts';

/** The posting's wording is a fallback, shown where the instant cannot be: a line, not a page. */
const MAX_WORDS = 150;

/** The deadline's Moment, or undefined when it gives only a date (plain dates stay plain). */
export function deadlineMoment(deadline: DeadlineFact | null | undefined): Moment | undefined {
  if (!deadline?.at) return undefined;
  const flat = deadline.text.replace(/\s+/g, ' ').trim();
  const words = flat.length <= MAX_WORDS ? flat : `${flat.slice(0, MAX_WORDS - 1).trimEnd()}…`;
  return { at: deadline.at, words: words || deadline.date };
}

/** The mention of the deadline's instant in a text that says `text` for it, when it has one. */
export function deadlineMention(deadline: DeadlineFact | null | undefined, text: string): InstantMention[] {
  const moment = deadlineMoment(deadline);
  return moment ? [{ ...moment, text }] : [];
}
