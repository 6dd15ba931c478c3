// Criteria about the person rather than their record: an age limit ("under 30", "not older than
// 35", "moins de 30 ans", "nicht älter als 35", "età non superiore a 35 anni", "menores de 30
// años"), a time since a degree ("awarded at most 4 years before the application deadline",
// "received their PhD within the past five years") and a stay in a country ("must not have lived
// in Germany for more than 12 months").
import { findCountries, tokenize } from './countries.ts';
import words from './data/criterion-words.json' with { type: 'json' };
import { DURATION_RE, MONTHS, monthsOf, readNumber } from './self-words.ts';

const NUM = '(\\d{1,2}|[a-z]+(?:-[a-z]+)?)';
const AGE_WORD = '(?:years?(?:\\s(?:of\\s)?age|\\sold)?|ans|jahre\\w*|anni|anos|yrs)';
const AGE_LT = new RegExp(
  `\\b(?:under(?:\\sthe\\sage\\sof)?|below(?:\\sthe\\sage\\sof)?|younger\\sthan|less\\sthan|moins\\sde|unter|menos\\sde|menores\\sde|meno\\sdi|inferiore\\sa|not\\s(?:yet\\s)?(?:have\\s)?reached\\sthe\\sage\\sof|not\\s(?:have\\s)?turned|non\\sabbiano\\scompiuto(?:\\sil)?)\\s${NUM}(?:°|º|th)?\\s?(?:${AGE_WORD}|anno)?`,
);
const AGE_LE = new RegExp(
  `\\b(?:not\\s(?:be\\s)?older\\sthan|no\\solder\\sthan|at\\smost|maximum\\sage(?:\\sof|\\sis|:)?|max(?:imum)?\\.?\\sage\\s(?:of\\s)?|up\\sto\\sthe\\sage\\sof|nicht\\salter\\sals|hochstens|non\\ssuperiore\\sa|pas\\splus\\sde|no\\smayores\\sde|aged\\s\\d{1,2}\\s(?:to|-)|aged\\s(?:up\\sto|at\\smost))\\s?${NUM}?\\s?(?:${AGE_WORD})?`,
);
const AGE_CONTEXT =
  /\bage\b|\baged\b|\bold\b|\bolder\b|\byounger\b|\bans\b|\bjahre|\banni\b|\banos\b|\beta\b|\balter\b|\bedad\b|\bage limit/;
const OR_YOUNGER = new RegExp(`\\b${NUM}\\s(?:${AGE_WORD})\\s(?:or\\s(?:younger|under|less)|and\\s(?:younger|under))`);

function num(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const n = readNumber(s);
  return n !== undefined && n >= 14 && n <= 80 ? n : undefined;
}

// "Candidates must be under 35 on the closing date": a person "must be under" a number is an age,
// unless a unit follows it ("under 35 hours a week", "below 5%").
const PERSON_UNDER =
  /\b(?:candidates?|applicants?|you|the (?:candidate|applicant)|they|fellows?|students?)\s(?:must|should|need to|have to|shall)\s(?:still\s)?be\s(?:under|below|younger than)\s(\d{2})\b(?!\s?(?:%|percent|hours?|h\b|months?|weeks?|days?|km|kg|years? (?:of|since|after)|eur|chf|usd|gbp))/;

/** "under 30" -> {max: 30, strict: true}; "not older than 35" -> {max: 35, strict: false}. */
export function parseAgeLimit(lower: string): { max: number; strict: boolean } | null {
  if (!AGE_CONTEXT.test(lower)) {
    const p = num(PERSON_UNDER.exec(lower)?.[1]);
    return p !== undefined && p >= 18 ? { max: p, strict: true } : null;
  }
  const lt = AGE_LT.exec(lower);
  const ltN = num(lt?.[1]);
  if (lt && ltN !== undefined && (AGE_CONTEXT.test(lt[0]) || /\bage\b|\bold\b/.test(lower)))
    return { max: ltN, strict: true };
  const between = /\b(?:aged|age|between the ages of|ages)\s(?:between\s)?(\d{1,2})\s(?:and|to|-)\s(\d{1,2})\b/.exec(
    lower,
  );
  const bN = num(between?.[2]);
  if (bN !== undefined) return { max: bN, strict: false };
  const turned =
    /\b(?:not|non|nicht|pas)\s(?:\w+\s){0,3}?(?:compiuto|reached|turned|attained|vollendet|atteint)\s(?:the\sage\sof\s|il\s|l'age\sde\s|das\s)?(\d{1,2})/.exec(
      lower,
    );
  const tN = num(turned?.[1]);
  if (tN !== undefined) return { max: tN, strict: true };
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
const AWARD_BEFORE = /\b(?:received|awarded|conferred|obtained|earned|completed|defended)\b/;
const SINCE_DEGREE =
  /\b(?:since|after|before|of|prior\sto|ago|from|following|awarded|obtained|received|completed|conferred)\b/;

/** "PhD ... awarded at most 4 years before the application deadline": years and the reference day. */
export function parseDegreeAge(lower: string): { years: number; from: 'deadline' | 'now' } | null {
  if (!DEGREE.test(lower)) return null;
  // Of several windows ("completing their PhD (within one year) ... or have received their PhD
  // within the past five years"), the one that follows a verb of award.
  const all = [...lower.matchAll(new RegExp(WITHIN_RE.source, 'g'))];
  const w =
    all.find((x) => AWARD_BEFORE.test(lower.slice(Math.max(0, (x.index ?? 0) - 50), x.index))) ??
    all.find(
      (x) => !/(?:completing|complete|finishing|finish)/.test(lower.slice(Math.max(0, (x.index ?? 0) - 50), x.index)),
    );
  if (!w?.[1] || w.index === undefined) return null;
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

const phrases = (ws: string[]) =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, "[\\s'-]?"))
    .join('|');
const RESIDED = new RegExp(`(?:^|[^\\p{L}])(?:${phrases(words.resided)})(?![\\p{L}])`, 'u');
const MORE_THAN = new RegExp(`(?:^|[^\\p{L}])(?:${phrases(words.moreThan)})\\s`, 'u');

/** "must not have lived in Germany for more than 12 months", "ne doit pas avoir résidé en France plus de 12 mois": the country and the months. */
export function parseResidenceLimit(text: string, lower: string): { country: string; months: number } | null {
  const live = RESIDED.exec(lower);
  if (!live) return null;
  // The verb may come last ("nicht mehr als 12 Monate in Deutschland gewohnt").
  const more = MORE_THAN.exec(lower.slice(Math.max(0, live.index - 80), live.index + 160));
  if (!more) return null;
  const moreAt = Math.max(0, live.index - 80) + more.index;
  const from = Math.min(live.index, moreAt);
  const hit = findCountries(tokenize(text.slice(from, from + 100))).find((h) => h.kind === 'name');
  if (!hit) return null;
  const dur = [...lower.slice(moreAt, moreAt + 60).matchAll(DURATION_RE)][0];
  if (!dur) return null;
  return { country: hit.country, months: monthsOf(dur) };
}

const MONTH_INDEX: Record<string, number> = MONTHS;
const pad = (n: number) => String(n).padStart(2, '0');
const DAY_RES: [RegExp, (m: RegExpExecArray, end: boolean) => string | null][] = [
  [/^(\d{4})-(\d{2})-(\d{2})/, (m) => `${m[1]}-${m[2]}-${m[3]}`],
  [/^(\d{1,2})[./](\d{1,2})[./](\d{4})/, (m) => `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`],
  [
    /^([a-z]{3,9})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})/,
    (m) => (MONTH_INDEX[m[1] ?? ''] ? `${m[3]}-${pad(MONTH_INDEX[m[1] ?? ''] ?? 1)}-${pad(Number(m[2]))}` : null),
  ],
  [
    /^(\d{1,2})(?:st|nd|rd|th|er|°|º)?\.?\s(?:of\s|de\s)?([a-z]{3,10})\.?\s(?:de\s)?(\d{4})/,
    (m) => (MONTH_INDEX[m[2] ?? ''] ? `${m[3]}-${pad(MONTH_INDEX[m[2] ?? ''] ?? 1)}-${pad(Number(m[1]))}` : null),
  ],
  [
    /^([a-z]{3,9})\.?\s(\d{4})/,
    (m, end) => {
      const mo = MONTH_INDEX[m[1] ?? ''];
      if (!mo) return null;
      return end ? new Date(Date.UTC(Number(m[2]), mo, 0)).toISOString().slice(0, 10) : `${m[2]}-${pad(mo)}-01`;
    },
  ],
  [/^(\d{4})\b/, (m, end) => (end ? `${m[1]}-12-31` : `${m[1]}-01-01`)],
];

/** A day at the start of `s` (folded): "january 1, 2023", "01.01.2016", "august 2026" (its last day when `end`). */
function dayAt(s: string, end: boolean): string | null {
  for (const [re, make] of DAY_RES) {
    const m = re.exec(s);
    if (m) return make(m, end);
  }
  return null;
}

const DATED_RE =
  /\b(?:awarded|conferred|obtained|received|completed|earned|defended|gained)\s(?:(between)|(?:not|no)\searlier\sthan|after|on\sor\safter|since|from|not\sbefore|later\sthan)\s/;

const FOREIGN_AFTER = new RegExp(`(?:^|[^\\p{L}])(?:${phrases(words.datedAfter)})\\s`, 'gu');

/** "haber obtenido el doctorado después del 1 de enero de 2021": an after-word following the degree. */
function foreignDated(lower: string): RegExpExecArray | null {
  for (const m of lower.matchAll(FOREIGN_AFTER))
    if (DEGREE.test(lower.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) return m as RegExpExecArray;
  return null;
}

/** "PhD conferred between January 1, 2023 and August 2026", "awarded not earlier than 01.01.2016". */
export function parseDegreeDated(lower: string): { after?: string; before?: string } | null {
  if (!DEGREE.test(lower)) return null;
  const m = DATED_RE.exec(lower) ?? foreignDated(lower);
  if (!m) return null;
  const rest = lower.slice(m.index + m[0].length, m.index + m[0].length + 90);
  const after = dayAt(rest, false);
  if (!after) return null;
  const later = /\b(?:not later than|no later than|and before|but before|before|until)\s/.exec(rest);
  if (!m[1] && later) {
    const before = dayAt(rest.slice(later.index + later[0].length), true);
    return before ? { after, before } : { after };
  }
  if (!m[1]) return { after };
  const and = /\s(?:and|to|until)\s/.exec(rest);
  const before = and ? dayAt(rest.slice(and.index + and[0].length), true) : null;
  return before ? { after, before } : { after };
}

/** "you must live in Switzerland when you take up your position", "applicants must reside in France". */
export function parseResidenceRequired(text: string, lower: string): string | null {
  const m =
    /\b(?:must|should|have to|need to|required to)\s(?:\w+\s)?(?:live|reside|be\sresident|be\sresiding|be\sliving)\s(?:in|within)\s/.exec(
      lower,
    );
  if (!m) return null;
  const hit = findCountries(tokenize(text.slice(m.index + m[0].length, m.index + m[0].length + 40)))[0];
  return hit && hit.kind === 'name' && hit.start === 0 ? hit.country : null;
}

const LEVEL_WORDS: [RegExp, 'bachelor' | 'master' | 'phd'][] = [
  [/\b(?:bachelor|undergraduate|licence|laurea triennale|bsc)\b/, 'bachelor'],
  [/\b(?:master|msc|laurea magistrale|laurea specialistica)\b/, 'master'],
  [/\b(?:doctoral|doctorate|ph\.?\s?d|dottorato|doctorat|doctorado|promotion)\b/, 'phd'],
];
const ENROLLED_RE =
  /\b(?:(?:be|being|are|is|currently)\s(?:a\s)?(?:registered\s|enrolled\s|full-time\s)?students?\s(?:of|in|on|enrolled)|(?:students|student)\s(?:enrolled|registered)\s(?:in|on)|students?\spreparing\s(?:a|their|your)\s(?:doctoral|phd|master'?s?)|enrolled\s(?:in|on|as)|(?:started|start|starting|begun)\s(?:or\s(?:are|is)\s(?:about\sto\s|going\sto\s)?(?:start|begin)\s)?(?:a\s|your\s|their\s)?(?:doctoral|phd|master'?s?)\s(?:programme|program|studies|degree)|studenti\siscritti|iscritti\s(?:ad?|al)|inscrits?\sen|eingeschrieben|immatrikuliert|matriculados?\sen)\b/;

/** "being a student of a Bachelor's or Master's degree (non-doctorate)": the levels one must be studying for. */
export function parseEnrolment(lower: string): ('bachelor' | 'master' | 'phd')[] | null {
  const m = ENROLLED_RE.exec(lower);
  if (!m) return null;
  const tail = lower.slice(m.index, m.index + 160);
  const levels: ('bachelor' | 'master' | 'phd')[] = [];
  for (const [re, l] of LEVEL_WORDS) if (re.test(tail)) levels.push(l);
  if (/\b(?:non|no|not)[- ]?(?:doctora\w*|ph\.?\s?d)\b/.test(tail)) return levels.filter((l) => l !== 'phd');
  // "iscritti ad un corso di laurea ... valido per l'ammissione ai corsi di dottorato": a degree course.
  if (/\b(?:corso di laurea|laurea)\b/.test(tail) && !/\bmagistrale|specialistica|triennale\b/.test(tail))
    return ['bachelor', 'master'];
  if (levels.includes('phd') && levels.length > 1 && /\b(?:admission|ammissione|access)\b/.test(tail))
    return levels.filter((l) => l !== 'phd');
  return levels.length > 0 ? levels : null;
}

const MIN_EXP_ML =
  /(?:\b(?:at least|minimum of|a minimum of|min\.?|au moins|mindestens|almeno|al menos)\s)?\b(\d{1,2}|[a-z]+)\s(?:years?|annees?|ans|jahre|anni|anos)\s(?:of\s|d'|de\s|di\s)?(?:professional\s|relevant\s|research\s)?(?:experience|esperienza|experiencia|berufserfahrung)(\sminimum)?/;
const AFTER_PHD =
  /\b(?:after|since|following|beyond)\s(?:the\s|their\s|your\s|a\s)?(?:ph\.?\s?d|doctorate|thesis)|\bapres\s(?:la\sthese|le\sdoctorat)|\bnach\sder\spromotion|\bdopo\sil\sdottorato|\bdespues\sdel\sdoctorado|\bpost-?doctoral\sexperience/;

/** Whether experience is counted from the PhD ("after the PhD", "après la thèse"). */
export function countsAfterPhd(lower: string): boolean {
  return AFTER_PHD.test(lower);
}

/** "cinq années d'expérience minimum après la thèse", "at least 3 years of experience after the PhD". */
export function parseMinExperience(lower: string): { years: number; afterPhd: boolean } | null {
  const m = MIN_EXP_ML.exec(lower);
  if (!m?.[1]) return null;
  if (!/\b(?:at least|minimum|min\.?|au moins|mindestens|almeno|al menos)\b/.test(m[0]) && !/\+/.test(lower))
    return null;
  const n = readNumber(m[1]);
  if (n === undefined || n > 40) return null;
  return { years: n, afterPhd: AFTER_PHD.test(lower) };
}
