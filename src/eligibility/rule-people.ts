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
  // "non aver superato il 28° anno di età", "not have exceeded the age of 35": that age still counts.
  const exceeded =
    /\b(?:not|non|nicht|pas|no)\s(?:\w+\s){0,3}?(?:superato|exceeded|passed|uberschritten|depasse|superado)\s(?:the\sage\sof\s|il\s|l'age\sde\s|das\s|la\sedad\sde\s)?(\d{1,2})/.exec(
      lower,
    );
  const eN = num(exceeded?.[1]);
  if (eN !== undefined) return { max: eN, strict: false };
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

const DEGREE = /\b(?:ph\.?\s?d|doctorate|doctoral degree|doctoral studies|doctorat|dottorato|doctorado|promotion)\b/;
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
  // "spent less than twelve months in France": a stay, not the degree's age.
  if (
    /\b(?:spent|stayed|lived|resided|worked|been in)\s(?:\w+\s)?$/.test(lower.slice(Math.max(0, w.index - 30), w.index))
  )
    return null;
  const n = readNumber(w[1]);
  if (n === undefined) return null;
  const around = lower.slice(Math.max(0, w.index - 80), w.index + w[0].length + 60);
  if (!SINCE_DEGREE.test(around) || /\bexperience\b/.test(lower.slice(w.index, w.index + w[0].length + 30)))
    return null;
  const years = (w[2] ?? '').startsWith('month') ? n / 12 : n;
  const from =
    /\b(?:deadline|closing date|application date|date of application|time of application|due date|call)\b/.test(
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

const HOST_COUNTRY = new RegExp(`(?:^|[^\\p{L}])(?:${phrases(words.hostCountry)})(?![\\p{L}])`, 'u');
// The window the stay is counted in: "in the 3 years immediately prior", "in the last 36 months", "au cours des 3 dernières années".
const WINDOW_LEAD =
  /(?:\bin|\bduring|\bover|\bwithin|\bof)\s(?:the\s)?(?:last\s|past\s|preceding\s)?$|\b(?:au cours des|dans les|negli|nei|en los|in den)\s(?:ultimi\s|ultimos\s|letzten\s)?$/;

/**
 * "must not have lived in Germany for more than 12 months", "ne doit pas avoir résidé en France plus
 * de 12 mois", the mobility rule "in the country of the recruiting beneficiary for more than 12
 * months in the 36 months immediately before": the country ('host' for the host's own), the months
 * and the window they are counted in.
 */
export function parseResidenceLimit(
  text: string,
  lower: string,
): { country: string; months: number; window?: number } | null {
  const live = RESIDED.exec(lower);
  if (!live) return null;
  // The verb may come last ("nicht mehr als 12 Monate in Deutschland gewohnt").
  const more = MORE_THAN.exec(lower.slice(Math.max(0, live.index - 80), live.index + 200));
  if (!more) return null;
  const moreAt = Math.max(0, live.index - 80) + more.index;
  const from = Math.min(live.index, moreAt);
  const host = HOST_COUNTRY.exec(lower.slice(from, from + 200));
  const hit = host ? null : findCountries(tokenize(text.slice(from, from + 100))).find((h) => h.kind === 'name');
  if (!host && !hit) return null;
  const dur = [...lower.slice(moreAt, moreAt + 120).matchAll(DURATION_RE)][0];
  if (!dur) return null;
  const months = monthsOf(dur);
  // The window may come first ("in den letzten drei Jahren nicht mehr als 12 Monate"); "3 dernières
  // années" reads as "3 années" once its "last" word is set aside.
  const region = lower
    .slice(Math.max(0, from - 100), moreAt + 200)
    .replace(/\b(\w+)\s(?:last|dernieres?|derniers|ultimi|ultime|ultimos|ultimas|letzten)\s(?=\p{L})/gu, '$1 ');
  const win = [...region.matchAll(DURATION_RE)].find(
    (d) => monthsOf(d) > months && WINDOW_LEAD.test(region.slice(Math.max(0, (d.index ?? 0) - 30), d.index)),
  );
  const window = win ? monthsOf(win) : undefined;
  return {
    country: host ? 'host' : (hit?.country as string),
    months,
    ...(window !== undefined && window > months ? { window } : {}),
  };
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

/** A whole day (day, month and year) at the start of folded `s`: "12 march 1998", "march 12, 1998", "12.03.1998". */
export function fullDayAt(s: string): string | null {
  for (const [re, make] of DAY_RES.slice(0, 4)) {
    const m = re.exec(s);
    if (m) return make(m, false);
  }
  return null;
}

// A day and a month without a year: "1er octobre", "1 january", "october 1", "1. oktober".
const DAY_MONTH =
  /^(?:the\s)?(\d{1,2})(?:st|nd|rd|th|er|°|º)?\.?\s(?:of\s|de\s)?([a-z]{3,10})\b|^([a-z]{3,9})\s(\d{1,2})(?:st|nd|rd|th)?\b/;

/**
 * The day an age limit is counted at: 'deadline' ("under 35 on the closing date", "alla data di
 * scadenza"), a day ("au 1er octobre 2027": YYYY-MM-DD; "au 1er octobre de l'année considérée":
 * --MM-DD, a day of the call's year), or undefined (today).
 */
export function parseAgeReference(lower: string, deadlineRe: RegExp): string | undefined {
  if (deadlineRe.test(lower)) return 'deadline';
  const at =
    /\b(?:on|at|as of|as at|by|au|al|am|zum|a|el|il|le)\s(?=(?:the\s)?\d{1,2}(?:st|nd|rd|th|er|°|º)?\.?\s(?:of\s|de\s)?[a-z]{3,10}\b|[a-z]{3,9}\s\d{1,2}\b)/g;
  for (const m of lower.matchAll(at)) {
    const rest = lower.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    const day = fullDayAt(rest.replace(/^the\s/, ''));
    if (day) return day;
    const dm = DAY_MONTH.exec(rest);
    const mo = MONTH_INDEX[dm?.[2] ?? dm?.[3] ?? ''];
    const d = Number(dm?.[1] ?? dm?.[4]);
    if (mo && d >= 1 && d <= 31) return `--${pad(mo)}-${pad(d)}`;
  }
  return undefined;
}

const BORN_AFTER =
  /\b(?:born|nes?|nees?|nati|nate|geboren|nacid[oa]s?)\s(?:(on\sor\safter|not\searlier\sthan|no\searlier\sthan|not\sbefore|since|from|a\spartire\sdal|a\spartir\sdu|a\spartir\sdel|am\soder\snach\sdem|ab\sdem)|(after|later\sthan|dopo\sil|apres\sle|nach\sdem|despues\sdel|con\sposterioridad\sal))\s(?:the\s|le\s|il\s|el\s)?/;

/** "born on or after 1 January 1990", "nés après le 31 décembre 1989": the earliest birth day allowed. */
export function parseBornAfter(lower: string): string | null {
  if (
    !lower.includes('born') &&
    !lower.includes('nat') &&
    !lower.includes('ne') &&
    !lower.includes('geboren') &&
    !lower.includes('nacid')
  )
    return null;
  const m = BORN_AFTER.exec(lower);
  if (!m) return null;
  const day = fullDayAt(lower.slice(m.index + m[0].length, m.index + m[0].length + 40));
  if (!day) return null;
  if (m[1]) return day;
  // "after 31 December 1989" is from the day after it.
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
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
  /\b(?:currently\s(?:involved|engaged)\sin\s(?:full-time\s|part-time\s)?research\s(?:for|towards)\s(?:your|their|a)\s(?:first\s)?(?:phd|doctora\w*)|(?:be|being|are|is|currently)\s(?:a\s)?(?:registered\s|enrolled\s|full-time\s)?students?\s(?:of|in|on|enrolled)|(?:students|student)\s(?:enrolled|registered)\s(?:in|on)|students?\spreparing\s(?:a|their|your)\s(?:doctoral|phd|master'?s?)|enrolled\s(?:in|on|as|at)|(?:started|start|starting|begun)\s(?:or\s(?:are|is)\s(?:about\sto\s|going\sto\s)?(?:start|begin)\s)?(?:a\s|your\s|their\s)?(?:doctoral|phd|master'?s?)\s(?:programme|program|studies|degree)|studenti\siscritti|iscritti\s(?:ad?|al)|inscrits?\sen|eingeschrieben|immatrikuliert|matriculados?\sen)\b/;

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
