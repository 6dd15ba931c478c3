// The asker's words -> UserFacts. Every pattern is linear-time (no nested quantifiers) and the
// input is capped, since chat text is untrusted.

import { skillVocabulary } from '../facts/vocab.ts';
import { findCountries, fold, type Token, tokenize } from './countries.ts';
import vocab from './data/vocabulary.json' with { type: 'json' };
import { asFirstPerson } from './hypothetical.ts';
import type { UserFacts } from './index.ts';
import { readAge, readBirthDate, readBirthYear } from './read-age.ts';
import { readDegrees } from './read-degrees.ts';
import { readDeniedGroups, readNationalGroups } from './read-denied-nationality.ts';
import { readLanguages } from './read-languages.ts';
import { readPermanentResidence } from './read-permanent-residence.ts';
import { readAvailability, readPresence } from './read-presence.ts';
import { readResidence } from './read-residence.ts';
import { readStudyCountry } from './read-study-place.ts';
import { readWhen, yearsBetween } from './read-when.ts';
import {
  CLAUSE_BREAK_RE,
  DURATION_RE,
  LANGUAGE_VERB_RE,
  LOWER_CODES,
  monthsOf,
  NEGATION_RE,
  SINCE,
} from './self-words.ts';

export const MAX_INPUT = 4000;

export { DEGREE_RANK, type DegreeLevel } from './read-degrees.ts';

function wordsRe(words: string[]): RegExp {
  const alts = words
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ .\\-]?'))
    .sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${alts.join('|')})(?:'?s)?\\b`, 'g');
}

const NEG = NEGATION_RE;
const BOUNDARY = CLAUSE_BREAK_RE;
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

const NATIONALITY_CONTEXT =
  /\b(?:citizen|citizens|citizenship|national|nationality|nationals|passport|passports|citoyen\w*|nationalite|ressortissant\w*|passeport|staatsburger\w*|staatsangehorig\w*|reisepass|pass|cittadin\w*|nazionalita|passaporto|ciudadan\w*|nacionalidad|pasaporte)\b/;
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

// "I need a visa", "I'd need sponsorship", "I hold a work permit": the right to work said of no country.
const PERMIT_HELD =
  /\b(?:have|hold|got|with)\s(?:a\s|an\s)?(?:valid\s)?(?:work\s(?:visa|permit)|working\svisa|work\sauthori[sz]ation|right\sto\swork)\b/;

function unplacedPermit(lower: string, facts: UserFacts): void {
  if (Object.keys(facts.rightToWork).length > 0 || !/visa|permit|sponsor|right to work|authori[sz]/.test(lower)) return;
  // "do I need a visa?" asks; "I need a visa" says.
  if (
    /\b(?:do|does|did|will|would|is|are|shall)\s(?:i|we|you|one|they|it|people|foreigners)\s(?:\w+\s)?(?:need|require)/.test(
      lower,
    )
  )
    return;
  if (NEEDS_SPONSOR.test(lower)) facts.workPermitUnplaced = false;
  else {
    const m = PERMIT_HELD.exec(lower);
    if (m) facts.workPermitUnplaced = !NEG.test(lower.slice(sentenceStartIndex(lower, m.index), m.index));
  }
}

function nationalityAndRightToWork(text: string, lower: string, starts: number[], facts: UserFacts): void {
  const tokens: Token[] = tokenize(text);
  // Chat is typed in lower case: "im a us citizen", "the right to work in the uk".
  for (const hit of findCountries(tokens, LOWER_CODES)) {
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
    // "I'm not Italian", "a non-US citizen": a nationality denied, once it is read as one.
    const add = (country: string) => {
      if (!negated) addUnique(facts.nationalities, country);
      else {
        facts.notNationalOf ??= [];
        addUnique(facts.notNationalOf, country);
      }
    };
    if (hit.kind === 'demonym') {
      if (
        NOT_NATIONALITY_BEFORE.test(before) &&
        !/\b(?:am|i'm|im|i m|is|are|hold|have|a|an|and|both|dual|also|or|citizen|suis|bin|sono|soy)\s*$/.test(before)
      )
        continue;
      if (/^\s*(?::\s*|is\s)?(?:speaker|language|fluent|fluently|native|courant|c1|c2|b1|b2|a1|a2|basic)\b/.test(after))
        continue;
      // "my English is C1": a language of theirs, not a nationality.
      if (/\b(?:my|mon|ma|mein|meine|mio|mia|mi)\s$/.test(before)) continue;
      if (LANGUAGE_VERB_RE.test(lower.slice(Math.max(sentenceStartIndex(lower, at), at - 40), at))) continue;
      if (
        /\b(?:language|languages|langue|sprache|lingua|idioma|maitrise|knowledge of|command of|conoscenza|dominio)\b/.test(
          lower.slice(Math.max(cStart, at - 24), at),
        )
      )
        continue;
      add(hit.country);
      continue;
    }
    // A country's name: needs a nationality cue ("US citizen", "I'm from Brazil", "Italian and
    // French passports", "nationality: Italy").
    const clause = lower.slice(cStart, Math.min(lower.length, endAt + 30));
    if (
      /\bfrom\s*(?:the\s*)?$/.test(before) ||
      /\b(?:citizen of|national of|nationality|citizenship|citoyen\w* d[eu']?|ressortissant\w* d[eu']?|cittadin\w* d[ie']?|ciudadan\w* de|staatsburger\w* von|vengo d[ae]|vengo dal(?:l[ao']?)?|je viens d[eu']?|soy de|ich komme aus|komme aus)\W*(?:the\s*)?$/.test(
        before,
      ) ||
      NATIONALITY_CONTEXT.test(clause)
    ) {
      add(hit.country);
    }
  }
}

function sentenceStartIndex(lower: string, i: number): number {
  let a = i;
  while (a > 0 && !'.!?;\n'.includes(lower[a - 1] ?? '')) a--;
  return a;
}

// A duration is professional experience when its sentence is about work ("3 years at a
// company", "software engineer at Siemens for three years", "18 months as a sysadmin", "3 years
// in industry"); "4 years of Python" is a skill, "26 years old" an age, "two years ago" a date.
const WORK_CUE =
  /\b(?:work\w*|job|jobs|employ\w*|industry|company|companies|firm|startup|start-up|corporation|business|engineer|developer|scientist|sysadmin|administrator|admin|analyst|consultant|programmer|technician|researcher|postdoc\w*|post-doc|experience|professional|career|intern\w*|position|role|lab|laboratory|as an?|at an?|travail\w*|arbeit\w*|berufserfahrung|esperienza|lavor\w*|experiencia|trabaj\w*|gearbeitet)\b/;
const NOT_EXPERIENCE_AFTER =
  /^\s?(?:old|of age|ago|fa|alt|contract|contracts?|position|fellowship|post|into|left|remaining|from now|later|long contract)\b/;
const NOT_EXPERIENCE_BEFORE =
  /\b(?:for the next|in the next|within|next|another|a|the|is the contract|contract of|contract for|aged?|il y a|vor|hace|is it|lasts?|duration of)\s?$/;
const SINCE_YEAR_RE = new RegExp(
  `\\b(?:${SINCE})\\s(?:(?:early|late|mid)\\s)?((?:19|20)\\d\\d|[a-z]+\\s(?:19|20)\\d\\d)\\b`,
  'g',
);
const SINCE_GRAD =
  /^\s?(?:since|after|out of|post)\s(?:my\s)?(?:graduat|university|uni\b|school|degree|master|phd|bachelor)/;

const POSTDOC_AFTER = /^[\s-]?(?:of\s|as\s(?:an?\s)?|in\s(?:an?\s)?|long\s)?(?:post-?doc|posdoc|postdoctoral)/;
const POSTDOC_BEFORE = /\b(?:post-?doc\w*|posdoc\w*)\s(?:for|of|lasting)\s(?:about\s|almost\s|over\s)?$/;

/** The skills the words after a duration name ("of Python", "with C++", "k8s"): experience with them, not a job. */
function skillsOfExperience(after: string, bare: boolean): string[] {
  const m = (
    bare
      ? /^\s(?:(?:of|with|in|using|doing)\s)?([^,.;!?\n]{1,30})/
      : /^\s(?:of|with|in|using|doing)\s([^,.;!?\n]{1,30})/
  ).exec(after);
  if (!m?.[1]) return [];
  if (/^(?:(?:professional|work|industry|relevant|research|postdoc\w*|industrial)\b|experience\b)/.test(m[1]))
    return [];
  // Without "of" only the words before a clause of their own ("k8s and I am Swiss", "python developer at X").
  const head = bare ? (m[1].split(/\s(?:and|but|at|for|as|since|i|i'm|im|developer|engineer|admin)\b/)[0] ?? '') : m[1];
  return /\b(?:development|administration|engineering)\b/.test(head) ? [] : skillVocabulary.find(head);
}

function isSkillExperience(after: string): boolean {
  return skillsOfExperience(after, false).length > 0;
}

function experience(lower: string, facts: UserFacts, now: Date): void {
  let years: number | undefined;
  for (const sentence of lower.split(/[.!?;\n]+/)) {
    if (sentence.length === 0) continue;
    for (const m of sentence.matchAll(DURATION_RE)) {
      const at = m.index ?? 0;
      const end = at + m[0].length;
      const after = sentence.slice(end, end + 60);
      const before = sentence.slice(Math.max(0, at - 30), at);
      // "two years of postdoc", "18 months as a postdoc", "a postdoc of three years".
      if (!/^\s?(?:ago|old)\b/.test(after) && (POSTDOC_AFTER.test(after) || POSTDOC_BEFORE.test(before)))
        facts.postdocYears = Math.max(facts.postdocYears ?? 0, Math.round((monthsOf(m) / 12) * 10) / 10);
      if (NOT_EXPERIENCE_AFTER.test(after) || NOT_EXPERIENCE_BEFORE.test(before)) {
        // "I graduated two years ago": time since graduation bounds experience since graduation.
        if (/^\s?ago\b/.test(after) && /\bgraduat\w*[^.;!?\n]{0,30}$/.test(before)) {
          years = Math.max(years ?? 0, monthsOf(m) / 12);
        }
        continue;
      }
      // "4 years of Kubernetes", "5 yrs k8s": experience with the skill, for a criterion that names it.
      for (const skill of skillsOfExperience(after, true)) {
        facts.skillYears ??= {};
        facts.skillYears[skill] = Math.max(facts.skillYears[skill] ?? 0, Math.round((monthsOf(m) / 12) * 10) / 10);
      }
      const sinceGrad = SINCE_GRAD.test(after);
      if (!sinceGrad && (isSkillExperience(after) || !WORK_CUE.test(sentence))) continue;
      // Skip the length of a degree or a study ("a 3-year PhD", "3 years of PhD").
      if (/^\s(?:of\s)?(?:my\s)?(?:phd|master|bachelor|studies|study|school|university)\b/.test(after)) continue;
      years = Math.max(years ?? 0, monthsOf(m) / 12);
    }
    // "working as a developer since 2021": the time from then to now.
    if (WORK_CUE.test(sentence))
      for (const m of sentence.matchAll(SINCE_YEAR_RE)) {
        const before = sentence.slice(Math.max(0, (m.index ?? 0) - 60), m.index);
        if (
          !/\b(?:work\w*|employ\w*|been|job|engineer|developer|industry|travaille|arbeite|lavoro|trabajo)\b/.test(
            before,
          )
        )
          continue;
        const when = readWhen(m[0], now);
        if (when) years = Math.max(years ?? 0, Math.max(0, yearsBetween(when, now)));
      }
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
  /\b(?:affiliat\w*|member|members|member of|members of|memberships?|work(?:ing|s)? (?:at|for|with|in|on)|employed (?:at|by)|based at|institute|institution|collaboration|group|university|lab|labs|laboratory|team|postdoc|researcher|student|students|physicist|engineer|i'?m (?:not )?(?:in|on|part of)|i am (?:not )?(?:in|on|part of)|part of|not (?:in|on)|institut\w*|membre|mitglied|membro|miembro|lavoro (?:per|in)|travaille (?:pour|dans|sur)|arbeite (?:fur|bei|in)|trabajo (?:en|para))\b/;
const INSTITUTE_RE = /\b(?:at|for|with|by|to)\s(?:the\s)?([A-Z][A-Za-z]{1,12}(?:\s[A-Z][A-Za-z]{1,12}){0,3})/g;
const NOT_INSTITUTE = /^(?:I|CERN Member|Member|PhD|MSc|BSc|UK|US|EU|USA|Python|C|Linux|The|A|An|My|Any|No|None)$/;

// "can I apply for the CMS PPD job": the posting's collaboration or institute, not the asker's.
const APPLYING_BEFORE = /\b(?:apply\w*|eligible|candidat\w*|postuler|bewerben|candidarmi|solicitar)\b[^.;!?\n]{0,30}$/;

function affiliations(text: string, lower: string, starts: number[], facts: UserFacts): void {
  for (const m of text.matchAll(COLLAB_RE)) {
    const at = m.index ?? 0;
    const sentence = sentenceAround(lower, at);
    if (!AFFILIATION_CONTEXT.test(sentence)) continue;
    // "can I apply for the CMS PPD job": the posting's collaboration, not the asker's.
    if (
      /\b(?:apply\w*|eligible|candidat\w*|postuler|bewerben|candidarmi|solicitar)\b[^.;!?\n]{0,30}$/.test(
        lower.slice(Math.max(0, at - 40), at),
      )
    )
      continue;
    const name =
      vocab.collaborations.find((c) => c.toLowerCase() === (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ')) ??
      m[1] ??
      '';
    const clauseBefore = lower.slice(clauseStart(starts, at), at);
    // "a non-CMS university": the prefix denies the name.
    if (NEG.test(clauseBefore) || /\bnon[-\s]?$/.test(clauseBefore)) addUnique(facts.notAffiliated, name);
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
    if (!/\b(?:affiliat\w*|work(?:ing|s|ed)?|employed|postdoc|researcher|member)\b/.test(sentence)) continue;
    const name = (m[1] ?? '').trim();
    if (APPLYING_BEFORE.test(lower.slice(Math.max(0, at - 40), at + 4))) continue;
    if (NOT_INSTITUTE.test(name) || (/^[A-Z][a-z]+$/.test(name) === false && !/^[A-Z]{2,}/.test(name))) continue;
    if (vocab.collaborations.some((c) => c.toLowerCase() === name.toLowerCase())) continue;
    if (findCountries(tokenize(name)).length > 0) continue;
    const clauseBefore = lower.slice(clauseStart(starts, at), at);
    if (NEG.test(clauseBefore)) addUnique(facts.notAffiliated, name);
    // "I worked at UCM until last spring": a former employer, not an affiliation now.
    else if (FORMER.test(clauseBefore)) {
      facts.formerEmployers = facts.formerEmployers ?? [];
      addUnique(facts.formerEmployers, name);
    } else addUnique(facts.affiliations, name);
  }
}
const FORMER = /\b(?:worked|was employed|was working|used to work|have worked|had worked)\b/;

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
      if (kind === 'CERN fellow' && /\bpost[- ]?doctoral\s$/.test(lower.slice(Math.max(0, at - 14), at))) continue;
      const clauseBefore = lower.slice(clauseStart(starts, at), at);
      if (NEG.test(clauseBefore)) {
        facts.contractsNotHeld = facts.contractsNotHeld ?? [];
        addUnique(facts.contractsNotHeld, kind);
        continue;
      }
      // "applying for a fellowship" / "want a graduate position" is not an earlier contract.
      if (
        /\b(?:apply\w*|want\w*|interested|looking|seek\w*|hope|would like|eligible|go for|the)\b[^.;!?\n]{0,30}$/.test(
          lower.slice(Math.max(0, at - 40), at),
        ) &&
        !/\b(?:had|held|was|been|did|done|finished|completed)\b[^.;!?\n]{0,30}$/.test(
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
    // "never had a CERN fellow contract" denies only that kind; the kind must be in the same
    // clause ("never worked at CERN - can I apply for the graduate job?" denies them all).
    const denial = (/\b(?:never|not|no)\s[^.;!?\n]{0,60}/.exec(lower)?.[0] ?? '').split(
      /,|\s[-\u2013\u2014]\s|\bbut\b/,
    )[0];
    if (!/\b(?:fellow|graduate|summer|technical|doctoral|staff)\b/.test(denial ?? '')) facts.noEarlierContracts = true;
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
  // "can someone who is not in CMS apply": the hypothetical asker's clause as their own words.
  const text = normalise(asFirstPerson(textIn));
  const lower = fold(text);
  // fold() may change length for exotic characters; fall back to a simple lower-case then.
  const l = lower.length === text.length ? lower : text.toLowerCase();
  const t = l.length === text.length ? text : l;
  const starts = clauseStarts(l);
  nationalityAndRightToWork(t, l, starts, facts);
  unplacedPermit(l, facts);
  const deniedGroups = readDeniedGroups(l);
  if (deniedGroups.length > 0) facts.notNationalOf = [...(facts.notNationalOf ?? []), ...deniedGroups];
  const heldGroups = readNationalGroups(l);
  if (heldGroups.length > 0) facts.nationalOfGroups = heldGroups;
  readDegrees(t, l, (i) => l.slice(clauseStart(starts, i), i), facts, now);
  experience(l, facts, now);
  const age = readAge(l);
  if (age !== undefined) facts.age = age;
  const born = age === undefined ? readBirthYear(l, now) : undefined;
  if (born !== undefined) facts.birthYear = born;
  // A whole day of birth is more than an age: "I'm 29, born on 3 May 1997".
  const bornOn = readBirthDate(l);
  if (bornOn && (born === undefined || bornOn.startsWith(String(born)))) facts.birthDate = bornOn;
  const availability = readAvailability(l);
  if (availability !== undefined) facts.availability = availability;
  const presence = readPresence(l);
  if (presence !== undefined) {
    facts.presence = presence;
    if (presence === 1) facts.onSite = true;
  }
  const permanent = readPermanentResidence(l);
  if (permanent?.countries.length) facts.permanentResidentOf = permanent.countries;
  if (permanent?.denied && !permanent.countries.length) facts.noPermanentResidence = true;
  const langs = readLanguages(l);
  if (langs.spoken.length > 0) facts.languages = langs.spoken;
  if (langs.notSpoken.length > 0) facts.notLanguages = langs.notSpoken;
  const residence = readResidence(l, now);
  if (residence.length > 0) facts.residence = residence;
  const studyCountry = readStudyCountry(l);
  if (studyCountry) facts.studyCountry = studyCountry;
  affiliations(t, l, starts, facts);
  contracts(l, starts, facts);
  onSite(l, starts, facts);
  return facts;
}
