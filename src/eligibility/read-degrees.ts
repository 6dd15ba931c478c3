// Degrees the asker holds, studies for or denies, with their field and date: "a bachelor's in
// physics", "I got my PhD in 2021", "finished my master's six months ago", "laurea magistrale in
// fisica", "in Physik promoviert", "I'm a postdoc" (holds a PhD), "Doktorand" (studies for one).
import wc from 'world-countries';
import { isKnownPlace } from '../facts/gazetteer.ts';
import { findCountries, tokenize } from './countries.ts';
import vocab from './data/vocabulary.json' with { type: 'json' };
import type { UserFacts } from './index.ts';
import { readExpected, readWhen } from './read-when.ts';
import { alternation, DURATION_RE, monthsOf, NEGATION_RE, SOME_DEGREE_RE } from './self-words.ts';

export type DegreeLevel = 'none' | 'bachelor' | 'master' | 'phd';
type Held = Exclude<DegreeLevel, 'none'>;
export const DEGREE_RANK: Record<string, number> = { none: 0, bachelor: 1, master: 2, phd: 3 };

interface Mention {
  level: Held;
  at: number;
  end: number;
  /** 'degree' a degree's name; 'holds' a role that implies it; 'studying' a student of it. */
  kind: 'degree' | 'holds' | 'studying';
  /** A defence said done ("defended my PhD thesis"): held, whatever follows. */
  done?: boolean;
}

const LEVELS: Held[] = ['phd', 'master', 'bachelor'];
const wordRe = (ws: string[]) => new RegExp(`\\b(?:${alternation(ws)})(?:'?s)?\\b`, 'g');
const DEGREE_RES = LEVELS.map((l) => [l, wordRe(vocab.degrees[l])] as const);
/** "I defended in 2021": a PhD held, with no degree word. */
const DEFENDED_RE = wordRe(vocab.phdDefended);
const CASE_RES = (['master', 'bachelor'] as const).map(
  (l) =>
    [
      l,
      new RegExp(
        `(?<![\\w.])(?:${vocab.degreesCaseSensitive[l].map((w) => w.replace(/\./g, '\\.')).join('|')})(?![\\w])`,
        'g',
      ),
    ] as const,
);
const roles = vocab.roles as { holds: Partial<Record<Held, string[]>>; studying: Partial<Record<Held, string[]>> };
const HOLDS_RES = LEVELS.filter((l) => roles.holds[l]).map((l) => [l, wordRe(roles.holds[l] ?? [])] as const);
const STUDYING_RES = LEVELS.filter((l) => roles.studying[l]).map((l) => [l, wordRe(roles.studying[l] ?? [])] as const);

const LANGUAGE_AFTER = /^\s(?:du|de|des|d')\s?(?:la\s|l')?(?:francais|anglais|allemand|italien|espagnol|langue)/;
const JOB_BEFORE = /\b(?:eligible|apply(?:ing)?|interested in|go for|candidate for|the|this|that)\b[^.!?]{0,40}$/;
const SELF_BEFORE = /\b(?:i'm|i am|im|currently|as|been|was|work as|working as)\s(?:an?\s)?(?:[\w-]+\s)?$/;
const STUDYING_BEFORE =
  /\b(?:doing|pursuing|working on|finishing|completing|defending|finish|complete|defend|will defend|will finish|will complete|will get|will obtain|'ll finish|'ll complete|'ll defend|'ll get|going to finish|going to complete|expect to finish|expect to complete|expect to get|expect to obtain|about to finish|about to defend|studying for|enrolled in|enrolled on|starting|start|writing|in the middle of|currently in|inscrit en|inscrite en|iscritto a|iscritta a|iscritto al|iscritta al|cursando|estudiando)\s*(?:a|an|my|the|un|una|il|la|el|mon|ma)?\s*(?:\w+\s)?$/;
const STUDYING_AFTER =
  /^\s*(?:student|students|candidate|studies|programme|program|thesis|in progress|expected|due|pending|studentin|student\w*|en cours|in corso|en curso|laufend|underway|ongoing)\b/;
const PAST_DONE =
  /\b(?:finished|completed|got|obtained|received|earned|defended|awarded|graduated|hold|have|has|had)\b[^.;!?\n]{0,25}$/;

/** All degree mentions, longest first where two overlap ("laurea magistrale" over "laurea"). */
function mentions(text: string, lower: string): Mention[] {
  const all: Mention[] = [];
  const add = (re: RegExp, level: Held, kind: Mention['kind'], src: string, done = false) => {
    for (const m of src.matchAll(re)) {
      const at = m.index ?? 0;
      all.push({ level, at, end: at + m[0].length, kind, ...(done ? { done } : {}) });
    }
  };
  for (const [l, re] of STUDYING_RES) add(re, l, 'studying', lower);
  for (const [l, re] of HOLDS_RES) add(re, l, 'holds', lower);
  for (const [l, re] of DEGREE_RES) add(re, l, 'degree', lower);
  add(DEFENDED_RE, 'phd', 'degree', lower, true);
  for (const [l, re] of CASE_RES) add(re, l, 'degree', text);
  all.sort((a, b) => a.at - b.at || b.end - b.at - (a.end - a.at));
  const kept: Mention[] = [];
  for (const m of all) {
    const last = kept[kept.length - 1];
    if (last && m.at < last.end) continue;
    kept.push(m);
  }
  return kept;
}

const FIELD_RE =
  /^(?:'?s)?(?:\s(?:degree|diploma|degree|title|titel|abschluss|studies))?\s(?:in|en|of|de|di|in der|im)\s((?:[a-z][a-z-]*\s?){1,4})/;
const FIELD_STOP =
  /\s(?:in|from|at|with|and|since|from|a|an|the|at|to|de|von|da|du|dal|della|del|en|et|und|e|y|but|then|last|this|that|which|who|i|je|ich|io|yo|my|nel|nell|nella|nello|nei|presso|depuis|desde|seit|im|am|bei|an|al|alla|chez|durante|dans|aupres|obtained|awarded|completed|finished|got|defended|ago|years?|months?)\b.*$/;
const NOT_FIELD =
  /^(?:the|a|an|my|progress|hand|total|full|time|addition|order|case|general|particular|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|early|late|mid|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|januar|februar|märz|maerz|juni|juli|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|primavera|estate|autunno|inverno|printemps|été|ete|automne|hiver|frühling|herbst)\b/;

/** The field right after a degree ("in particle physics"), unless it names a place. */
function fieldAfter(lower: string, end: number): string | undefined {
  const m = FIELD_RE.exec(lower.slice(end, end + 60));
  if (!m?.[1]) return undefined;
  const field = ` ${m[1]}`.replace(FIELD_STOP, '').trim();
  if (!field || NOT_FIELD.test(field)) return undefined;
  if (findCountries(tokenize(field)).length > 0 || isCapital(field) || isKnownPlace(field)) return undefined;
  return field;
}

/** "in Physik promoviert": the field before a verb-like degree word. */
function fieldBefore(lower: string, at: number): string | undefined {
  const m = /\b(?:in|en)\s([a-z][a-z-]+(?:\s[a-z][a-z-]+)?)\s$/.exec(lower.slice(Math.max(0, at - 40), at));
  return m?.[1];
}

let capitals: Set<string> | null = null;
function isCapital(s: string): boolean {
  capitals ??= capitalNames();
  return capitals.has(s);
}
function capitalNames(): Set<string> {
  const out = new Set<string>();
  const list: unknown = wc;
  const arr = (Array.isArray(list) ? list : ((list as { default?: unknown[] }).default ?? [])) as {
    capital?: string[];
  }[];
  for (const c of arr)
    for (const cap of c.capital ?? [])
      out.add(
        tokenize(cap)
          .map((t) => t.norm)
          .join(' '),
      );
  for (const w of ['vienna', 'rome', 'munich', 'milan', 'geneva', 'zurich', 'padova', 'padua', 'turin', 'naples'])
    out.add(w);
  return out;
}

function addUnique<T>(list: T[], v: T): void {
  if (!list.includes(v)) list.push(v);
}

// The date of a degree is in its own clause: "a master's, and I've worked since 2021" is not dated.
const REST_BREAK = /[,;(]|\b(?:and|but|while|whereas|then|et|mais|puis|und|aber|dann|e|ma|poi|y|pero|luego)\b/;

const BARE_DATE = /^\s*(?:in\s)?(?:[a-z]+\s)?(?:19|20)\d\d\s*\)?\s*$/;
const COMPLETED = /^\s*(?:defended|obtained|awarded|completed|finished|received|conferred|got it|earned)\b/;

/** A duration then "after my" right before a degree: "4 years after my PhD". */
const AFTER_DEGREE = new RegExp(
  `(?:${DURATION_RE.source})\\s(?:after|since|past|post|out of|beyond|apres|nach|dopo|despues de)\\s(?:my|the|a|mon|ma|meiner|meinem|il|mio|la|mi)\\s$`,
);

/** Sentence end after i (. ! ? ; or newline). */
function sentenceEnd(lower: string, i: number): number {
  let b = i;
  while (b < lower.length && !'.!?;\n'.includes(lower[b] ?? '')) b++;
  return b;
}

/** Degrees, their fields and dates into `facts`. `clauseBefore(i)` is the clause up to i. */
export function readDegrees(
  text: string,
  lower: string,
  clauseBefore: (i: number) => string,
  facts: UserFacts,
  now: Date,
): void {
  for (const m of mentions(text, lower)) {
    const before = lower.slice(Math.max(0, m.at - 40), m.at);
    const after = lower.slice(m.end, m.end + 25);
    const studying = () => {
      facts.studying ??= [];
      addUnique(facts.studying, m.level);
    };
    // "finishing my PhD in March", "I will defend my thesis in December": when it will be done.
    const expected = (from: number) => {
      // "starting a PhD in September" dates its start, not its end.
      if (/\b(?:start|starting|started|begin|beginning|began|commence|commencing)\b/.test(before)) return;
      const ahead = lower.slice(from, Math.min(sentenceEnd(lower, from), from + 60));
      // "a PhD student since September" dates its start.
      if (/\b(?:since|depuis|seit|dal|dalla|desde|started|began|ago)\b/.test(ahead)) return;
      const when = readExpected(ahead, now);
      if (when && facts.studyingUntil === undefined) facts.studyingUntil = when.toISOString().slice(0, 10);
    };
    // "am I eligible for the Theory Center postdoc?": the job's title, not the asker's role.
    if (m.kind === 'holds' && JOB_BEFORE.test(before) && !SELF_BEFORE.test(before)) continue;
    // "une bonne maîtrise de l'anglais": command of a language, not a master's.
    if (lower.startsWith('maitrise', m.at) && LANGUAGE_AFTER.test(after)) continue;
    if (m.kind === 'holds' && /^\s(?:job|position|post|opening|vacancy|role|call|fellowship)\b/.test(after)) continue;
    if (m.kind === 'studying') {
      studying();
      facts.studyField ??= fieldAfter(lower, m.end);
      expected(m.end);
      continue;
    }
    if (m.kind === 'degree' && !m.done) {
      if (STUDYING_AFTER.test(after) && !/^\s*(?:holder|degree|diploma|graduate)\b/.test(after)) {
        studying();
        expected(m.end);
        continue;
      }
      if (STUDYING_BEFORE.test(before) && !PAST_DONE.test(before)) {
        studying();
        facts.studyField ??= fieldAfter(lower, m.end);
        expected(m.end);
        continue;
      }
    }
    if (NEGATION_RE.test(clauseBefore(m.at))) {
      // "I have not done a postdoc" says nothing about the PhD.
      if (m.kind !== 'degree') continue;
      facts.degreesNotHeld ??= [];
      addUnique(facts.degreesNotHeld, m.level);
      continue;
    }
    addUnique(facts.degrees, m.level);
    if (m.kind !== 'degree') continue;
    const verbLike = lower.startsWith('promov', m.at);
    const field = fieldAfter(lower, m.end) ?? (verbLike ? fieldBefore(lower, m.at) : undefined);
    if (field) {
      facts.degreeFields ??= {};
      facts.degreeFields[m.level] ??= field;
    }
    // "four years after my PhD", "two years out of my master's": dated back from now.
    const after0 = AFTER_DEGREE.exec(before);
    if (after0) {
      facts.degreeDates ??= {};
      const months = monthsOf(after0 as unknown as RegExpMatchArray);
      const d = new Date(now.getTime());
      d.setUTCMonth(d.getUTCMonth() - Math.round(months));
      facts.degreeDates[m.level] ??= d.toISOString().slice(0, 10);
    }
    // The date in the rest of the sentence, or a verb of completion just before ("in 2021 I got").
    const rest = lower.slice(m.end, Math.min(sentenceEnd(lower, m.end), m.end + 80));
    const parts = rest.split(REST_BREAK);
    // "a PhD in astrophysics, defended in October 2023": the next clause dates it when it says so.
    const next = parts[1] !== undefined && (COMPLETED.test(parts[1]) || BARE_DATE.test(parts[1])) ? parts[1] : '';
    const when = readWhen(parts[0] ?? rest, now) ?? (next ? readWhen(next, now) : undefined);
    if (when && when.getTime() <= now.getTime() + 86_400_000) {
      facts.degreeDates ??= {};
      facts.degreeDates[m.level] ??= when.toISOString().slice(0, 10);
    }
  }
  if (
    /\b(?:no|without|don'?t have a|do not have a|never got a|never finished my|never completed a) (?:university |college |academic )?degree\b/.test(
      lower,
    )
  ) {
    addUnique(facts.degrees, 'none');
  }
  // "i got a degree in physics": a university degree of a level unsaid, with its field.
  if (facts.degrees.length === 0 && lower.includes('degree')) {
    const m = SOME_DEGREE_RE.exec(lower);
    if (m && !NEGATION_RE.test(clauseBefore(m.index)))
      facts.someDegree = fieldAfter(lower, m.index + m[0].length) ?? '';
  }
}
