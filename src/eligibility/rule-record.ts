// Criteria about the asker's record with other employers: an earlier postdoc required ("a PhD
// followed by proper postdoctoral research training", "must have postdoctoral experience"),
// and an exclusion of the host's own recent staff ("Applicants that have had any employment
// relationship with the university during the last 18 months are not eligible").
import { readNumber } from './self-words.ts';

// "followed by ... postdoctoral research training", "have completed a postdoc", "postdoctoral
// experience is required"; not a cap on it ("less than 7 years of postdoctoral experience").
const POSTDOC_HELD =
  /\b(?:followed by|after|having|have|has|completed|held|hold|with)\s(?:[\w-]+\s){0,3}?(?:post-?doc(?:toral)?|posdoc(?:toral)?)\s(?:research\s)?(?:training|experience|stays?|positions?|appointments?|work)\b|\b(?:post-?doc(?:toral)?|posdoc(?:toral)?)\s(?:research\s)?(?:training|experience)\s(?:is\s)?(?:required|mandatory|essential|expected)\b/;
const CAPPED =
  /\b(?:less than|fewer than|at most|no more than|not more than|maximum of|up to)\s\S+\s(?:years?|months?)\b/;
const NEGATED = /\b(?:not|no|never|without)\b|n't\b/;
const WISHED = /\b(?:preferred|preferably|desirable|desired|an asset|a plus|an advantage|advantageous|welcome)\b/;

/** "a PhD followed by postdoctoral training": an earlier postdoc is required. */
export function parsePostdocRequired(lower: string): boolean {
  const m = POSTDOC_HELD.exec(lower);
  if (!m || WISHED.test(lower)) return false;
  const before = lower.slice(Math.max(0, m.index - 40), m.index);
  return (
    !NEGATED.test(before) &&
    !NEGATED.test(m[0]) &&
    !CAPPED.test(lower.slice(Math.max(0, m.index - 10), m.index + m[0].length))
  );
}

const EMPLOYED =
  /\b(?:employment\s(?:relationship|relation|contract)s?|employed|employees?|staff(?:\smembers?)?|worked|working|contracts?)\s(?:[a-z]+\s){0,2}?(?:with|at|by|of|for)\s(?:the\s)?(\p{Lu}[\p{L}&-]*(?:\s(?:(?:de|of|for|the|del|di|der|und|and)\s)?\p{Lu}[\p{L}&-]*){0,5})/u;
const EXCLUDED =
  /\b(?:not (?:be )?(?:considered )?(?:as )?eligible|ineligible|excluded|cannot apply|can't apply|may not apply|not accepted|not be considered|are not considered|must not have|should not have)\b/;
const WINDOW = /\b(?:during|in|within|for|over)\s(?:the\s)?(?:last|past|previous|preceding)\s(\S+)\s(months?|years?)\b/;

/** "had any employment relationship with UCM during the last 18 months will not be considered": who and how long ago. */
export function parseHostExclusion(text: string, lower: string): { org: string; months?: number } | null {
  if (!EXCLUDED.test(lower)) return null;
  const m = EMPLOYED.exec(text);
  const org = m?.[1]?.trim();
  if (!org || org.length < 2) return null;
  const w = WINDOW.exec(lower);
  const n = w?.[1] ? readNumber(w[1]) : undefined;
  if (n === undefined || !w) return { org };
  return { org, months: /^year/.test(w[2] as string) ? n * 12 : n };
}
