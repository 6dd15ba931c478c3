// The asker's words -> UserFacts. Every pattern is linear-time (no nested quantifiers) and the
// input is capped, since chat text is untrusted.

import { NUMBER_WORDS } from '../facts/number-words.ts';
import { findCountries, fold, type Token, tokenize } from './countries.ts';
import vocab from './data/vocabulary.json' with { type: 'json' };
import type { UserFacts } from './index.ts';

export const MAX_INPUT = 4000;

export type DegreeLevel = 'none' | 'bachelor' | 'master' | 'phd';
export const DEGREE_RANK: Record<string, number> = { none: 0, bachelor: 1, master: 2, phd: 3 };

function wordsRe(words: string[]): RegExp {
  const alts = words
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ .\\-]?'))
    .sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${alts.join('|')})(?:'?s)?\\b`, 'g');
}

const DEGREE_RES: [DegreeLevel, RegExp][] = (['phd', 'master', 'bachelor'] as const).map((l) => [
  l,
  wordsRe(vocab.degrees[l]),
]);
const DEGREE_CASE_RES: [DegreeLevel, RegExp][] = (['master', 'bachelor'] as const).map((l) => [
  l,
  new RegExp(
    `(?<![\\w.])(?:${vocab.degreesCaseSensitive[l].map((w) => w.replace(/\./g, '\\.')).join('|')})(?![\\w])`,
    'g',
  ),
]);

const NEG =
  /\b(?:not|no|never|without|none|neither|nor|lack|lacking|cannot|haven't|don't|doesn't|didn't|isn't|aren't|wasn't|won't|can't)\b|n't\b/;
const BOUNDARY = /[.;!?\n,()]|\b(?:and|but|although|though|while|whereas|however)\b/g;
const NUM_WORDS: Record<string, number> = { ...NUMBER_WORDS, a: 1, an: 1, half: 0.5, several: 3, few: 2, couple: 2 };
const NUMBER =
  '(\\d{1,2}(?:\\.\\d)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|half a|a couple of|a few|several)';

function num(s: string): number {
  const t = s.trim();
  if (/^\d/.test(t)) return Number.parseFloat(t);
  if (t.startsWith('half')) return 0.5;
  if (t.includes('couple')) return 2;
  if (t.includes('few')) return 2;
  return NUM_WORDS[t] ?? 1;
}

/** Normalised text: curly quotes straightened, U.S./U.K. collapsed, capped. */
function normalise(text: string): string {
  return text
    .slice(0, MAX_INPUT)
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\bU\.\s?S\.(?:\s?A\.?)?/g, 'US')
    .replace(/\bU\.\s?K\.?/g, 'UK');
}

/** Start of the clause holding position i (the last boundary before it). */
function clauseStarts(lower: string): number[] {
  const starts = [0];
  for (const m of lower.matchAll(BOUNDARY)) starts.push((m.index ?? 0) + m[0].length);
  return starts;
}
function clauseStart(starts: number[], i: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  return starts[lo] ?? 0;
}

/** Sentence (wider than a clause) around i: bounded by . ! ? ; or newline. */
function sentenceAround(lower: string, i: number): string {
  let a = i;
  while (a > 0 && !'.!?;\n'.includes(lower[a - 1] ?? '')) a--;
  let b = i;
  while (b < lower.length && !'.!?;\n'.includes(lower[b] ?? '')) b++;
  return lower.slice(a, b);
}

export interface Extracted extends UserFacts {}

const NATIONALITY_CONTEXT = /\b(?:citizen|citizens|citizenship|national|nationality|nationals|passport|passports)\b/;
const NOT_NATIONALITY_AFTER =
  /^\s*(?:work\s)?(?:visa|permit|residence|residency|university|institute|company|lab|laboratory|language|speaker|government|office|site|node|group|team)\b/;
const NOT_NATIONALITY_BEFORE =
  /\b(?:speak|speaks|spoke|speaking|fluent in|learn|learning|study in|studied in|live in|living in|lives in|based in|work in|working in|worked in|moved to|move to|right to work in|permit for|visa for|in the|in)\s*$/;
const RIGHT_TO_WORK =
  /\b(?:right to work|permission to work|allowed to work|authori[sz]ed to work|eligible to work|entitled to work|work permit|work visa|working visa|work authori[sz]ation|residence permit|settled status|indefinite leave|green card|permanent resident|visa)\b/;
const NEEDS_SPONSOR =
  /\b(?:need|needs|needed|require|requires|would need|will need)\b[^.;!?\n]{0,40}\b(?:visa|sponsorship|sponsor|permit)\b/;

function addUnique(list: string[], v: string): void {
  if (!list.includes(v)) list.push(v);
}

function nationalityAndRightToWork(text: string, lower: string, starts: number[], facts: UserFacts): void {
  const tokens: Token[] = tokenize(text);
  for (const hit of findCountries(tokens)) {
    const first = tokens[hit.start];
    const last = tokens[hit.end - 1];
    if (!first || !last) continue;
    const at = first.index;
    const endAt = last.index + last.raw.length;
    const cStart = clauseStart(starts, at);
    const before = lower.slice(Math.max(cStart, at - 40), at);
    const after = lower.slice(endAt, endAt + 30);
    const clauseBefore = lower.slice(cStart, at);
    const negated = NEG.test(clauseBefore);
    const sentence = sentenceAround(lower, at);
    // Right to work: "I (don't) have the right to work in the UK", "I have a UK work visa".
    if (
      RIGHT_TO_WORK.test(sentence) &&
      (RIGHT_TO_WORK.test(before) || /^\s*(?:work\s)?(?:visa|permit)\b/.test(after))
    ) {
      const sentNeg = NEG.test(lower.slice(sentenceStartIndex(lower, at), at)) || NEEDS_SPONSOR.test(sentence);
      facts.rightToWork[hit.country] = !sentNeg;
      continue;
    }
    if (NOT_NATIONALITY_AFTER.test(after)) continue;
    if (negated) continue;
    if (hit.kind === 'demonym') {
      if (
        NOT_NATIONALITY_BEFORE.test(before) &&
        !/\b(?:am|i'm|im|i m|is|are|hold|have|a|an|and|both|dual|also|or|citizen)\s*$/.test(before)
      )
        continue;
      if (/^\s*(?:speaker|language|fluently)\b/.test(after)) continue;
      if (
        /\b(?:speak|speaks|spoke|speaking|fluent|fluently|language|languages|learn|learning)\b/.test(
          lower.slice(Math.max(sentenceStartIndex(lower, at), at - 40), at),
        )
      )
        continue;
      addUnique(facts.nationalities, hit.country);
      continue;
    }
    // A country's name: needs a nationality cue ("US citizen", "I'm from Brazil", "Italian and
    // French passports", "nationality: Italy").
    const clause = lower.slice(cStart, Math.min(lower.length, endAt + 30));
    if (
      /\bfrom\s*(?:the\s*)?$/.test(before) ||
      /\b(?:citizen of|national of|nationality|citizenship)\W*(?:the\s*)?$/.test(before) ||
      NATIONALITY_CONTEXT.test(clause)
    ) {
      addUnique(facts.nationalities, hit.country);
    }
  }
}

function sentenceStartIndex(lower: string, i: number): number {
  let a = i;
  while (a > 0 && !'.!?;\n'.includes(lower[a - 1] ?? '')) a--;
  return a;
}

const STUDYING_BEFORE =
  /\b(?:doing|pursuing|working on|finishing|completing|studying for|enrolled in|starting|start|writing|in the middle of|currently in)\s*(?:a|an|my|the)?\s*$/;
const STUDYING_AFTER =
  /^\s*(?:student|candidate|researcher in progress|studies|programme|program|thesis|in progress)\b/;
const HOLDING_AFTER = /^\s*(?:holder|degree|in|from|diploma|graduate)\b/;

function degrees(text: string, lower: string, starts: number[], facts: UserFacts): void {
  const consider = (level: DegreeLevel, at: number, len: number) => {
    const cStart = clauseStart(starts, at);
    const clauseBefore = lower.slice(cStart, at);
    const after = lower.slice(at + len, at + len + 25);
    const before = lower.slice(Math.max(cStart, at - 30), at);
    if (STUDYING_AFTER.test(after) && !HOLDING_AFTER.test(after)) {
      facts.studying = facts.studying ?? [];
      addUnique(facts.studying, level);
      return;
    }
    if (STUDYING_BEFORE.test(before)) {
      facts.studying = facts.studying ?? [];
      addUnique(facts.studying, level);
      return;
    }
    if (NEG.test(clauseBefore)) {
      facts.degreesNotHeld = facts.degreesNotHeld ?? [];
      addUnique(facts.degreesNotHeld, level);
      return;
    }
    // "an MSc student" would be studying; "what about a PhD?" is not a claim, but we accept
    // the small risk: users state degrees in plain words.
    addUnique(facts.degrees, level);
  };
  for (const [level, re] of DEGREE_RES) {
    for (const m of lower.matchAll(re)) {
      // "master's" inside "masters degree" etc. is fine; "mastered" is excluded by \b.
      consider(level, m.index ?? 0, m[0].length);
    }
  }
  for (const [level, re] of DEGREE_CASE_RES) {
    for (const m of text.matchAll(re)) consider(level, m.index ?? 0, m[0].length);
  }
  if (
    /\b(?:no|without|don't have a|do not have a|never got a|never finished my|never completed a) (?:university |college |academic )?degree\b/.test(
      lower,
    )
  ) {
    addUnique(facts.degrees, 'none');
  }
  // "I graduated" implies some degree, not which one: left unknown.
}

const YEARS_RE = new RegExp(`\\b${NUMBER}\\s?(?:\\+\\s?)?(years?|yrs?|months?)\\b`, 'g');
const EXPERIENCE_AFTER =
  /^[^.;!?\n]{0,50}\b(?:experience|work(?:ed|ing)?|professional|industry|employ|job|since (?:my )?graduat|after (?:my )?graduat|post[- ]?(?:graduation|grad)|as an?\b)/;
const EXPERIENCE_BEFORE =
  /\b(?:worked|working|been working|employed|experience of|experience:|job for|industry for|since graduation|since graduating|since i graduated)[^.;!?\n]{0,30}$/;

function experience(lower: string, facts: UserFacts, now: Date): void {
  let years: number | undefined;
  for (const m of lower.matchAll(YEARS_RE)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const after = lower.slice(end, end + 60);
    const before = lower.slice(Math.max(0, at - 40), at);
    if (/^\s*(?:old|of age)\b/.test(after)) continue;
    const ago = /^\s*ago\b/.test(after) && /\bgraduat\w*[^.;!?\n]{0,30}$/.test(before);
    const sinceGrad = /^\s*(?:since|after|out of|post)\s*(?:my\s)?(?:graduat|university|uni\b|school|degree)/.test(
      after,
    );
    if (!ago && !sinceGrad && !EXPERIENCE_AFTER.test(after) && !EXPERIENCE_BEFORE.test(before)) continue;
    const n = num(m[1] ?? '1');
    const v = (m[2] ?? '').startsWith('m') ? n / 12 : n;
    years = Math.max(years ?? 0, v);
  }
  if (years === undefined) {
    const grad =
      /\bgraduat\w*\s(?:in\s)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)\s)?((?:19|20)\d\d)\b/.exec(
        lower,
      );
    if (grad?.[1]) years = Math.max(0, now.getUTCFullYear() - Number(grad[1]));
    else if (/\bgraduat\w*\slast\syear\b/.test(lower)) years = 1;
    else if (
      /\b(?:graduat\w*\s(?:this\s(?:year|month|summer|spring)|recently|last\smonth)|just\sgraduated|recent(?:ly)?\s(?:graduate|graduated)|fresh\s(?:graduate|grad)|new\sgraduate|about\sto\sgraduate|will\sgraduate|graduating\s(?:this|next|soon))\b/.test(
        lower,
      )
    )
      years = 0;
    else if (
      /\b(?:no|zero|without(?:\sany)?)\s(?:professional\s|work\s|industry\s)?(?:work\s)?experience\b/.test(lower)
    )
      years = 0;
  }
  if (years !== undefined) facts.yearsExperience = Math.round(years * 10) / 10;
}

const COLLAB_RE = new RegExp(`\\b(${vocab.collaborations.map((c) => c.replace(/ /g, '\\s')).join('|')})\\b`, 'gi');
const AFFILIATION_CONTEXT =
  /\b(?:affiliat\w*|member|members|member of|members of|memberships?|work(?:ing|s)? (?:at|for|with|in)|employed (?:at|by)|based at|institute|institution|collaboration|group|university|postdoc|researcher|student at)\b/;
const INSTITUTE_RE = /\b(?:at|for|with|by|to)\s(?:the\s)?([A-Z][A-Za-z]{1,12}(?:\s[A-Z][A-Za-z]{1,12}){0,3})/g;
const NOT_INSTITUTE = /^(?:I|CERN Member|Member|PhD|MSc|BSc|UK|US|EU|USA|Python|C|Linux|The|A|An|My|Any|No|None)$/;

function affiliations(text: string, lower: string, starts: number[], facts: UserFacts): void {
  for (const m of text.matchAll(COLLAB_RE)) {
    const at = m.index ?? 0;
    const sentence = sentenceAround(lower, at);
    if (!AFFILIATION_CONTEXT.test(sentence)) continue;
    const name =
      vocab.collaborations.find((c) => c.toLowerCase() === (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')) ??
      m[1] ??
      '';
    const clauseBefore = lower.slice(clauseStart(starts, at), at);
    if (NEG.test(clauseBefore)) addUnique(facts.notAffiliated, name);
    else addUnique(facts.affiliations, name);
  }
  // "I am not affiliated with any institute" -> a denial of every affiliation.
  if (
    /\b(?:not|no longer|never been)\s(?:currently\s)?(?:affiliated|a member)\s(?:with|to|of)\s(?:any|an?)\s(?:institute|institution|university|collaboration|experiment|lab)\b/.test(
      lower,
    ) ||
    /\bno\saffiliation\b/.test(lower)
  ) {
    addUnique(facts.notAffiliated, '*');
  }
  for (const m of text.matchAll(INSTITUTE_RE)) {
    const at = m.index ?? 0;
    const sentence = sentenceAround(lower, at);
    if (!/\b(?:affiliat\w*|work(?:ing|s)?|employed|postdoc|researcher|member)\b/.test(sentence)) continue;
    const name = (m[1] ?? '').trim();
    if (NOT_INSTITUTE.test(name) || (/^[A-Z][a-z]+$/.test(name) === false && !/^[A-Z]{2,}/.test(name))) continue;
    if (vocab.collaborations.some((c) => c.toLowerCase() === name.toLowerCase())) continue;
    if (findCountries(tokenize(name)).length > 0) continue;
    const clauseBefore = lower.slice(clauseStart(starts, at), at);
    if (NEG.test(clauseBefore)) addUnique(facts.notAffiliated, name);
    else addUnique(facts.affiliations, name);
  }
}

const CONTRACT_RES: [string, RegExp][] = Object.entries(vocab.contracts as Record<string, string[]>).map(([k, ws]) => [
  k,
  wordsRe(ws),
]);

function contracts(lower: string, starts: number[], facts: UserFacts): void {
  for (const [kind, re] of CONTRACT_RES) {
    for (const m of lower.matchAll(re)) {
      const at = m.index ?? 0;
      const sentence = sentenceAround(lower, at);
      // A fellow/graduate contract is CERN's only if CERN is named (or it is the default topic).
      if (kind === 'CERN fellow' && !/\bcern\b/.test(sentence) && !/\b(?:had|held|was|been|have)\b/.test(sentence))
        continue;
      if (kind === 'CERN doctoral student' && !/\bcern\b/.test(sentence)) continue;
      const clauseBefore = lower.slice(clauseStart(starts, at), at);
      if (NEG.test(clauseBefore)) {
        facts.contractsNotHeld = facts.contractsNotHeld ?? [];
        addUnique(facts.contractsNotHeld, kind);
        continue;
      }
      // "applying for a fellowship" / "want a graduate position" is not an earlier contract.
      if (
        /\b(?:apply\w*|want\w*|interested|looking|seek\w*|hope|would like)\b[^.;!?\n]{0,30}$/.test(
          lower.slice(Math.max(0, at - 40), at),
        )
      )
        continue;
      addUnique(facts.earlierContracts, kind);
    }
  }
  if (
    /\b(?:never|not|no)\s(?:had|held|been|worked|work\w*|previous|prior|earlier|contract|cern\scontract)\b[^.;!?\n]{0,40}\b(?:cern|contract)\b/.test(
      lower,
    ) ||
    /\bno\s(?:previous|prior|earlier)\s(?:cern\s)?contracts?\b/.test(lower)
  ) {
    if (
      !/\b(?:fellow|graduate|summer|technical|doctoral|staff)\b/.test(
        /\b(?:never|not|no)\s[^.;!?\n]{0,60}/.exec(lower)?.[0] ?? '',
      )
    )
      facts.noEarlierContracts = true;
  }
}

function onSite(lower: string, starts: number[], facts: UserFacts): void {
  const m =
    /\b(?:relocat\w*|move to (?:geneva|cern|switzerland|france)|on[- ]?site|in person|at cern (?:full[- ]time|every day)|full[- ]time at cern|100\s?% (?:at|presence)|be (?:at|based at) cern|remote(?:ly)? only|only remote(?:ly)?|fully remote|work remotely)\b/.exec(
      lower,
    );
  if (!m) return;
  const at = m.index ?? 0;
  const negated = NEG.test(lower.slice(clauseStart(starts, at), at)) || /remote/.test(m[0]);
  facts.onSite = !negated;
}

/** Facts from free text. Never throws; bounded work. */
export function extract(textIn: string, now: Date): UserFacts {
  const facts: UserFacts = {
    nationalities: [],
    degrees: [],
    affiliations: [],
    notAffiliated: [],
    earlierContracts: [],
    rightToWork: {},
  };
  if (typeof textIn !== 'string' || textIn.length === 0) return facts;
  const text = normalise(textIn);
  const lower = fold(text);
  // fold() may change length for exotic characters; fall back to a simple lower-case then.
  const l = lower.length === text.length ? lower : text.toLowerCase();
  const t = l.length === text.length ? text : l;
  const starts = clauseStarts(l);
  nationalityAndRightToWork(t, l, starts, facts);
  degrees(t, l, starts, facts);
  experience(l, facts, now);
  affiliations(t, l, starts, facts);
  contracts(l, starts, facts);
  onSite(l, starts, facts);
  return facts;
}
