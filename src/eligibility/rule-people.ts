// Criteria about the person rather than their record: an age limit ("under 30", "not older than
// 35", "moins de 30 ans", "nicht älter als 35", "età non superiore a 35 anni", "menores de 30
// años"), a time since a degree ("awarded at most 4 years before the application deadline",
// "received their PhD within the past five years") and a stay in a country ("must not have lived
// in Germany for more than 12 months").
import { findCountries, tokenize } from './countries.ts';
import { DURATION_RE, monthsOf, readNumber } from './self-words.ts';

const NUM = '(\\d{1,2}|[a-z]+(?:-[a-z]+)?)';
const AGE_WORD = '(?:years?(?:\\s(?:of\\s)?age|\\sold)?|ans|jahre\\w*|anni|anos|yrs)';
const AGE_LT = new RegExp(
  `\\b(?:under(?:\\sthe\\sage\\sof)?|below(?:\\sthe\\sage\\sof)?|younger\\sthan|less\\sthan|moins\\sde|unter|menos\\sde|menores\\sde|meno\\sdi|inferiore\\sa|not\\s(?:yet\\s)?(?:have\\s)?reached\\sthe\\sage\\sof|not\\s(?:have\\s)?turned|non\\sabbiano\\scompiuto(?:\\sil)?)\\s${NUM}(?:°|º|th)?\\s?(?:${AGE_WORD}|anno)?`,
);
const AGE_LE = new RegExp(
  `\\b(?:not\\solder\\sthan|no\\solder\\sthan|at\\smost|maximum\\sage(?:\\sof|\\sis|:)?|max(?:imum)?\\.?\\sage\\s(?:of\\s)?|up\\sto\\sthe\\sage\\sof|nicht\\salter\\sals|hochstens|non\\ssuperiore\\sa|pas\\splus\\sde|no\\smayores\\sde|aged\\s\\d{1,2}\\s(?:to|-)|aged\\s(?:up\\sto|at\\smost))\\s?${NUM}?\\s?(?:${AGE_WORD})?`,
);
const AGE_CONTEXT = /\bage\b|\baged\b|\bold\b|\bans\b|\bjahre|\banni\b|\banos\b|\beta\b|\balter\b|\bedad\b|\bage limit/;
const OR_YOUNGER = new RegExp(`\\b${NUM}\\s(?:${AGE_WORD})\\s(?:or\\s(?:younger|under|less)|and\\s(?:younger|under))`);

function num(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const n = readNumber(s);
  return n !== undefined && n >= 14 && n <= 80 ? n : undefined;
}

/** "under 30" -> {max: 30, strict: true}; "not older than 35" -> {max: 35, strict: false}. */
export function parseAgeLimit(lower: string): { max: number; strict: boolean } | null {
  if (!AGE_CONTEXT.test(lower)) return null;
  const lt = AGE_LT.exec(lower);
  const ltN = num(lt?.[1]);
  if (lt && ltN !== undefined && (AGE_CONTEXT.test(lt[0]) || /\bage\b|\bold\b/.test(lower)))
    return { max: ltN, strict: true };
  const oy = OR_YOUNGER.exec(lower);
  const oyN = num(oy?.[1]);
  if (oyN !== undefined) return { max: oyN, strict: false };
  const le = AGE_LE.exec(lower);
  if (le) {
    const m = /(\d{1,2})\D*$/.exec(le[0]) ?? /(\d{1,2})/.exec(lower.slice(le.index, le.index + 40));
    const n = num(m?.[1] ?? le[1]);
    if (n !== undefined) return { max: n, strict: false };
  }
  return null;
}

const DEGREE = /\b(?:ph\.?\s?d|doctorate|doctoral degree|doctorat|dottorato|doctorado|promotion)\b/;
const WITHIN_RE = new RegExp(
  `\\b(?:at\\smost|no\\smore\\sthan|not\\smore\\sthan|within(?:\\sthe\\s(?:past|last))?|less\\sthan|fewer\\sthan|maximum\\sof|up\\sto|in\\sthe\\s(?:past|last))\\s(${'\\d{1,2}'}|[a-z]+)\\s(years?|months?)\\b`,
);
const SINCE_DEGREE =
  /\b(?:since|after|before|of|prior\sto|ago|from|following|awarded|obtained|received|completed|conferred)\b/;

/** "PhD ... awarded at most 4 years before the application deadline": years and the reference day. */
export function parseDegreeAge(lower: string): { years: number; from: 'deadline' | 'now' } | null {
  if (!DEGREE.test(lower)) return null;
  const w = WITHIN_RE.exec(lower);
  if (!w?.[1]) return null;
  const n = readNumber(w[1]);
  if (n === undefined) return null;
  const around = lower.slice(Math.max(0, w.index - 80), w.index + w[0].length + 60);
  if (!SINCE_DEGREE.test(around) || /\bexperience\b/.test(lower.slice(w.index, w.index + w[0].length + 30)))
    return null;
  const years = (w[2] ?? '').startsWith('month') ? n / 12 : n;
  const from = /\b(?:deadline|closing date|application date|date of application|time of application|call)\b/.test(
    lower.slice(w.index, w.index + w[0].length + 60),
  )
    ? 'deadline'
    : 'now';
  return { years, from };
}

/** "must not have lived in Germany for more than 12 months": the country and the months. */
export function parseResidenceLimit(text: string, lower: string): { country: string; months: number } | null {
  const live = /\b(?:lived|resided|resident|residence|stayed|worked or lived|lived or worked|been resident)\b/.exec(
    lower,
  );
  if (!live) return null;
  const tail = lower.slice(live.index, live.index + 160);
  if (!/\b(?:more than|over|longer than|exceeding|in excess of)\b/.test(tail)) return null;
  const hit = findCountries(tokenize(text.slice(live.index, live.index + 80))).find((h) => h.kind === 'name');
  if (!hit) return null;
  const more = /\b(?:more than|over|longer than|exceeding|in excess of)\s/.exec(tail);
  const dur = more ? [...tail.slice(more.index).matchAll(DURATION_RE)][0] : undefined;
  if (!dur) return null;
  return { country: hit.country, months: monthsOf(dur) };
}
