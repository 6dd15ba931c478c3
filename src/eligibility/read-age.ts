// The asker's age: "I'm 26", "26 years old", "aged 31", "a 29-year-old", "j'ai 28 ans",
// "ich bin 31 Jahre alt", "ho 33 anni", "tengo 30 años". Only 14 to 79 count as an age.
import { AGE_LEAD, AGE_UNIT } from './self-words.ts';

const WITH_UNIT = new RegExp(`(?<![\\w.])(1[4-9]|[2-7]\\d)[\\s-]?(?:${AGE_UNIT})(?![\\w])`);
const HYPHENATED = /(?<![\w.])(1[4-9]|[2-7]\d)-years?-old\b/;
// A bare number after "I'm" is an age unless a unit or a percent follows ("I'm 3 years into").
const LEAD = new RegExp(
  `(?:^|[^\\w'])(?:${AGE_LEAD})\\s(1[4-9]|[2-7]\\d)(?![\\w.%,]\\d|\\s?%|\\s(?:years? (?:of|in|into|at|as|since|ago)|months?|weeks?|days?|hours?|km|minutes?)\\b)`,
);
// "I turn 30 in May" / "age 31" are handled by the lead words; a year of birth is not an age.
const NOT_AGE_AFTER = /^\s?(?:years?|yrs?)\s(?:of|in|into|at|as|since|ago|experience)\b/;

/** The age in folded text, or undefined. */
export function readAge(lower: string): number | undefined {
  const h = HYPHENATED.exec(lower);
  if (h?.[1]) return Number(h[1]);
  const u = WITH_UNIT.exec(lower);
  if (
    u?.[1] &&
    !NOT_AGE_AFTER.test(lower.slice((u.index ?? 0) + u[1].length)) &&
    !/\b(?:ago|fa)\b/.test(lower.slice((u.index ?? 0) + u[0].length, (u.index ?? 0) + u[0].length + 5))
  )
    return Number(u[1]);
  const l = LEAD.exec(lower);
  if (l?.[1]) return Number(l[1]);
  return undefined;
}
