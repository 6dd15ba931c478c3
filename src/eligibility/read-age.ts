// The asker's age: "I'm 26", "26 years old", "aged 31", "a 29-year-old", "j'ai 28 ans",
// "ich bin 31 Jahre alt", "ho 33 anni", "tengo 30 años". Only 14 to 79 count as an age.
import words from './data/self-words.json' with { type: 'json' };
import { fullDayAt } from './rule-people.ts';
import { AGE_LEAD, AGE_UNIT, alternation } from './self-words.ts';

const WITH_UNIT = new RegExp(`(?<![\\w.])(1[4-9]|[2-7]\\d)[\\s-]?(?:${AGE_UNIT})(?![\\w])`);
const HYPHENATED = /(?<![\w.])(1[4-9]|[2-7]\d)-years?-old\b/;
// A bare number after "I'm" is an age unless a unit or a percent follows ("I'm 3 years into").
const LEAD = new RegExp(
  `(?:^|[^\\w'])(?:${AGE_LEAD})\\s(1[4-9]|[2-7]\\d)(?![\\w.%,]\\d|\\s?%|\\s(?:years? (?:of|in|into|at|as|since|ago)|months?|weeks?|days?|hours?|km|minutes?)\\b)`,
);
// "I turn 30 in May" / "age 31" are handled by the lead words; a year of birth is not an age.
const NOT_AGE_AFTER = /^\s?(?:years?|yrs?)\s(?:of|in|into|at|as|since|ago|experience)\b/;

const BORN = new RegExp(
  `\\b(?:${alternation(words.bornWords)})\\s(?:(?:in|en|im|nel|el|on|le|am|il|del|de|au)\\s)?(?:(?:the\\s)?\\d{1,2}(?:st|nd|rd|th|er)?\\.?\\s(?:of\\s|de\\s)?[a-z]+\\s(?:de\\s)?|[a-z]+\\s(?:\\d{1,2},?\\s)?)?((?:19|20)\\d\\d)\\b`,
);

/** The year of birth in folded text ("born in 1990", "né en 1992", "nata nel 1995"), or undefined. */
export function readBirthYear(lower: string, now: Date): number | undefined {
  const m = BORN.exec(lower);
  const y = m?.[1] ? Number(m[1]) : undefined;
  return y !== undefined && now.getUTCFullYear() - y >= 14 && now.getUTCFullYear() - y <= 80 ? y : undefined;
}

const BORN_AT = new RegExp(`\\b(?:${alternation(words.bornWords)})\\s(?:(?:on|le|am|il|el|the)\\s)?`, 'g');

/** The day of birth in folded text ("born on 12 March 1998", "née le 3 mai 1997", "geboren am 1.2.1996"), or undefined. */
export function readBirthDate(lower: string): string | undefined {
  for (const m of lower.matchAll(BORN_AT)) {
    const day = fullDayAt(lower.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 30));
    if (day) return day;
  }
  return undefined;
}

const LIST_ITEM = /(?:^|[,;]\s?)(1[8-9]|[2-6]\d)\s?(?=[,;]|\.(?!\d)|$)/;

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
  // "I'm Greek, 29, PhD 2024": a bare number as an item of a list of facts.
  const item = LIST_ITEM.exec(lower);
  if (item?.[1]) return Number(item[1]);
  return undefined;
}
