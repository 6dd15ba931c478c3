// A criterion that offers two ways in, each a degree with its own condition: "a PhD up to five
// years after graduation or a master in engineering up to ten years after graduation", "an MSc
// with 10 years of experience or a BSc with 4". Each side is read as a criterion of its own; the
// asker who meets one side meets the criterion. A plain choice of degrees ("a bachelor's or
// master's degree") is no such criterion: only sides that both carry a number are split.

// The word after "or" that opens a side: a degree (its article may stand before it).
const SPLIT =
  /,?\s(?:or|ou|oder|o|or else)\s(?=(?:(?:an?|une?|ein\w*|una?|uno|el|la|le|the)\s)?(?:ph\.?\s?d|doctora\w*|doctorat\w*|dottorato|master\w*|m\.?\s?sc|m\.?\s?eng|bachelor\w*|b\.?\s?sc|laurea|licen\w*|diplom\w*|promotion)\b)/gi;
const DEGREE =
  /\b(?:ph\.?\s?d|doctora\w*|dottorato|master\w*|m\.?\s?sc|m\.?\s?eng|bachelor\w*|b\.?\s?sc|laurea|licen\w*|diplom\w*|promotion)\b/i;
const NUMBER = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\b/i;
const YEARS_AFTER = /^\s?(?:\+\s?)?(?:years?|yrs?|months?|ans|jahre\w*|anni|años)\b/i;

/** The two sides of a criterion that offers two ways in, or null. */
export function eitherSides(text: string): [string, string] | null {
  if (!/\s(?:or|ou|oder|o)\s/i.test(text)) return null;
  for (const m of text.matchAll(SPLIT)) {
    const left = text.slice(0, m.index);
    let right = text.slice((m.index ?? 0) + m[0].length);
    if (!DEGREE.test(left)) continue;
    const ln = NUMBER.exec(left);
    const rn = NUMBER.exec(right);
    if (!ln || !rn) continue;
    const leftUnit = left.slice((ln.index ?? 0) + ln[0].length);
    if (!YEARS_AFTER.test(leftUnit)) continue;
    // "or a BSc with 4": the number counts what the left side's number counts.
    const rightAfter = right.slice((rn.index ?? 0) + rn[0].length);
    if (!YEARS_AFTER.test(rightAfter)) {
      const unit = /^[^,.;]*/.exec(leftUnit)?.[0].trim() ?? '';
      right = `${right.slice(0, (rn.index ?? 0) + rn[0].length)} ${unit}${rightAfter}`;
    }
    return [left.trim(), right.trim()];
  }
  return null;
}
