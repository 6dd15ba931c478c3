// The words of a question and what they do: name a posting, say something about the asker
// ("I'm Italian"), name a skill, a country or an organisation, or write out a posting's id or
// file name.

import type { Posting } from '../corpus/posting.ts';
import {
  type CountryHit,
  type Token as CountryToken,
  tokenize as countryTokens,
  findCountries,
} from '../eligibility/countries.ts';
import { NEGATION_RE } from '../eligibility/self-words.ts';
import { organisationVocabulary, skillVocabulary } from '../facts/vocab.ts';
import { languagesAsked } from './answer-language.ts';
import type { AnswerEnv } from './context.ts';
import { translatedNames, withCountryCodesCased } from './country-codes.ts';
import { glossed } from './glossary.ts';
import {
  type Classified,
  classify,
  conditionalLeads,
  factWords,
  isPluralNoun,
  isPostingNoun,
  isRoleKind,
  isWeakIntent,
  phraseLengthAt,
  selfContinuationBreakers,
  selfWords,
} from './intents.ts';
import { indexTerm, words as splitWords, type Word } from './text.ts';
import { monthOf } from './until-span.ts';

const CONJUNCTIONS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'also',
  'so',
  'then',
  'plus',
  'though',
  'although',
  'et',
  'mais',
  'und',
  'aber',
  'e',
  'ma',
  'y',
  'pero',
]);
const CLAUSE_GAP = /[.?!;,:\n]|\s[-\u2013\u2014]\s/;

/** Per word: whether it is in a clause about the asker ("I'm Italian", "my degree is..."). */
export function selfClauses(c: Classified): boolean[] {
  // Clauses start after . ? ! ; , and at the start; a clause opening with "I", "my"... is about the asker.
  const ws = c.words;
  const out: boolean[] = [];
  let clauseSelf = false;
  let clauseStart = true;
  const statementAt = statementsAfterQuestion(c.text);
  const statementEnd = selfStatementEnds(c);
  let sentenceSelfUntil = -1;
  let prevClauseSelf = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (clauseStart) {
      // "am I eligible for the UCM job? PhD in 2014, two years of postdoc": what follows the
      // question without asking is the asker's account of themselves.
      clauseSelf = opensAboutSelf(c, i) || (statementAt !== null && w.at >= statementAt(w.at));
      // "I'm British, graduated in 2023, worked a year since. Am I eligible ...?": a statement
      // that opens about the asker stays about them through its comma clauses.
      const end = statementEnd.get(i);
      if (end !== undefined) sentenceSelfUntil = end;
      // "I'm Polish, master's in 2025, never worked at CERN - can I apply ...?": a clause that
      // follows one about the asker in the same sentence and neither asks nor names a posting.
      if (!clauseSelf && prevClauseSelf && !CONJUNCTIONS.has(w.norm)) clauseSelf = continuesSelf(c, i);
      // "..., and I can be at CERN": the clause starts at the word after the conjunction.
      clauseStart = CONJUNCTIONS.has(w.norm);
    }
    const self = clauseSelf || w.at < sentenceSelfUntil;
    out.push(self);
    const next = ws[i + 1];
    const gap = next ? c.text.slice(w.at + w.raw.length, next.at) : '';
    if (next && CLAUSE_GAP.test(gap)) {
      clauseStart = true;
      prevClauseSelf = self && !/[.?!]|\s[-\u2013\u2014]\s/.test(gap);
    }
  }
  return out;
}

/**
 * Whether the clause opening at word i speaks of the asker: it opens with "I", "my"... or with a
 * condition on them ("si j'ai un master", "wenn ich nur einen Bachelor habe"), and asks nothing
 * about their eligibility ("je peux postuler au poste X ?" is the question, not a fact).
 */
function opensAboutSelf(c: Classified, i: number): boolean {
  const ws = c.words;
  const lead = phraseLengthAt(ws, i, conditionalLeads);
  if (!selfWords.has((ws[i + lead] as Word | undefined)?.norm ?? '')) return false;
  for (let j = i; j < ws.length; j++) {
    if (c.cueIntent[j] === 'eligibility') return false;
    const w = ws[j] as Word;
    const next = ws[j + 1];
    if (next && CLAUSE_GAP.test(c.text.slice(w.at + w.raw.length, next.at))) break;
  }
  return true;
}

/** Whether the clause opening at word i goes on about the asker: no cue, no posting noun, no question word first. */
function continuesSelf(c: Classified, i: number): boolean {
  const ws = c.words;
  if (selfContinuationBreakers.has((ws[i] as Word).norm)) return false;
  for (let j = i; j < ws.length; j++) {
    const w = ws[j] as Word;
    if (c.cue[j] || isPostingNoun(w.norm) || (isRoleKind(w.norm) && !factWords.has(w.norm))) return false;
    const next = ws[j + 1];
    if (next && CLAUSE_GAP.test(c.text.slice(w.at + w.raw.length, next.at))) break;
  }
  return true;
}

/**
 * For each word that opens a statement about the asker (a sentence ending in ".", "!", ";" or
 * the end of the message, not "?", that holds no intent cue and whose first word is "I", "my"...,
 * or a fact about a person, a nationality, a degree or a number, with no posting noun: "Greek,
 * 26, MSc 2024. Eligible for ...?"), the offset where that statement ends.
 */
function selfStatementEnds(c: Classified): Map<number, number> {
  const out = new Map<number, number>();
  const ws = c.words;
  let start = 0;
  // A dash between spaces ends a statement too: "British, PhD, ATLAS - the INFN postdoc?".
  for (const m of c.text.matchAll(/[.?!;]+(?=\s|$)|\s[-\u2013\u2014]\s|$/g)) {
    const end = m.index ?? c.text.length;
    if (!m[0].includes('?')) {
      const first = ws.findIndex((w) => w.at >= start);
      const opening = ws[first];
      if (opening && opening.at < end && (selfWords.has(opening.norm) || opensWithFact(opening))) {
        let cued = false;
        let weakCued = false;
        let noun = false;
        for (let i = first; i < ws.length && (ws[i] as Word).at < end; i++) {
          const intent = c.cueIntent[i];
          // "no green card": a word that may ask to be shown something asks nothing in a statement without a post.
          if (intent && isWeakIntent(intent)) weakCued = true;
          else if (c.cue[i]) cued = true;
          if (isPostingNoun((ws[i] as Word).norm)) noun = true;
        }
        if (!cued && !(weakCued && noun) && (selfWords.has(opening.norm) || !noun)) out.set(first, end);
      }
    }
    start = end + m[0].length;
    if (m[0] === '') break;
  }
  return out;
}

/**
 * For a message whose first sentence is a question, a function giving, for an offset, the start
 * of the statement (a sentence not ending in "?") after that question that holds it, or
 * Infinity when the offset is in a question; null for a message with no such statement.
 */
function statementsAfterQuestion(text: string): ((at: number) => number) | null {
  const q = text.indexOf('?');
  if (q < 0 || q === text.trimEnd().length - 1) return null;
  const spans: Array<[number, number]> = [];
  let from = q + 1;
  for (const m of text.slice(q + 1).matchAll(/[.?!]+|$/g)) {
    const end = q + 1 + (m.index ?? 0);
    if (!m[0].includes('?') && text.slice(from, end).trim()) spans.push([from, end]);
    from = end + m[0].length;
    if (m[0] === '') break;
  }
  if (spans.length === 0) return null;
  return (at) => {
    for (const [a, b] of spans) if (at >= a && at <= b) return a;
    return Number.POSITIVE_INFINITY;
  };
}

/** The question with the words of its sentences about the asker blanked (offsets kept). */
export function blankSelfClauses(c: Classified): string {
  const self = selfClauses(c);
  let out = c.text;
  c.words.forEach((w, i) => {
    if (self[i]) out = out.slice(0, w.at) + ' '.repeat(w.raw.length) + out.slice(w.at + w.raw.length);
  });
  return out;
}

/** Every cue of the message sits in a sentence about the asker (and there is at least one such sentence). */
export function cuesAllAboutSelf(c: Classified): boolean {
  const self = selfClauses(c);
  return self.some(Boolean) && c.cue.every((isCue, i) => !isCue || self[i]);
}

const PERSON_OF_DEGREE =
  /\b(?:an?|as an?)\s(?:ph\.?\s?d\.?|doctoral|master'?s?|msc|bachelor'?s?|bsc|undergraduate|graduate)\s(?:student|candidate|holder|graduate)s?\b/gi;

/**
 * The text with the words that name the posting blanked out, outside sentences about the asker:
 * "am I eligible for the CBM PhD position? I have a master's" says nothing about a PhD of theirs.
 */
export function withoutPostingName(text: string, p: Posting): string {
  const c = classify(text);
  const self = selfClauses(c);
  const named = new Set(
    splitWords(`${p.title} ${p.experiment ?? ''} ${p.organisation ?? ''}`)
      .map((w) => indexTerm(w.norm))
      .filter((t): t is string => t !== null),
  );
  // "the ITk postdoc" names "Postdoctoral Researcher - ...": a word the start of a title word names it too.
  const names = (t: string) => named.has(t) || (t.length >= 5 && [...named].some((n) => n.startsWith(t)));
  // "can a PhD student apply to the summer student programme?": "a PhD student" is a person, whatever the title says.
  const persons = [...text.matchAll(PERSON_OF_DEGREE)].map((m) => [m.index, m.index + m[0].length] as const);
  const inPerson = (w: Word) => persons.some(([a, b]) => w.at >= a && w.at < b);
  let out = text;
  for (let i = c.words.length - 1; i >= 0; i--) {
    const w = c.words[i] as Word;
    const t = indexTerm(w.norm);
    // A kind of post outside what the asker says of themselves is the post asked about ("... - muon postdoc?").
    if (self[i] || t === null || !(names(t) || isRoleKind(w.norm)) || negatedName(text, w) || inPerson(w)) continue;
    out = `${out.slice(0, w.at)}${' '.repeat(w.raw.length)}${out.slice(w.at + w.raw.length)}`;
  }
  return out;
}

/**
 * "can someone from a non-CMS university apply", "who is not in CMS": a name the clause denies
 * says who the asker is not, it does not name the posting.
 */
function negatedName(text: string, w: Word): boolean {
  const before = text.slice(Math.max(0, w.at - 30), w.at).toLowerCase();
  if (/\bnon[-\s]?$/.test(before)) return true;
  const clause = before.split(CLAUSE_GAP).pop() ?? '';
  return NEGATION_RE.test(clause) && !isPostingNounIn(clause);
}

const isPostingNounIn = (s: string): boolean => splitWords(s).some((x) => isPostingNoun(x.norm));

/** Words that are not intent cues (and, optionally, not in the asker's sentences about themselves). */
export function namingWords(c: Classified, aboutSelf: boolean): Word[] {
  const ws = c.words;
  if (!aboutSelf) return ws.filter((_, i) => !c.cue[i]);
  const self = selfClauses(c);
  return ws.filter((_, i) => !self[i] && !c.cue[i]);
}

/** The words that named (or failed to name) a posting, as the asker wrote them. */
export function said(ws: Word[]): string {
  return ws
    .filter((w) => indexTerm(w.norm) !== null)
    .map((w) => w.raw)
    .join(' ');
}

/** Words of the question that are neither intent cues nor function words. */
export function contentWords(c: Classified): Word[] {
  return c.words.filter((w, i) => !c.cue[i] && indexTerm(w.norm) !== null);
}

/**
 * Index terms of words; for eligibility, words about the asker (degrees, countries) are left out.
 * A French, German, Italian or Spanish word for a kind of job ("ingénieur", "Stelle" aside) names
 * postings as its English word does: postings are mostly in English.
 */
export function termsOf(ws: Word[], dropFacts = false): string[] {
  const out: string[] = [];
  for (const w of ws) {
    // Typed in lower case too: "polish phd holder", "chinese national".
    if (dropFacts && (factWords.has(w.norm) || isCountryWord(w.raw) || isCountryWord(capitalised(w.raw)))) continue;
    // "PhD conferred March 2024", "2 yrs abroad": the dates and counts of an account name no posting.
    if (dropFacts && (/^\d{1,4}$/.test(w.norm) || monthOf.has(w.norm))) continue;
    const t = indexTerm(glossed(w.norm));
    if (t) out.push(t);
  }
  return out;
}

/** A word that opens an account of a person: a nationality, a degree or similar fact word, an age or a year. */
function opensWithFact(w: Word): boolean {
  return factWords.has(w.norm) || isCountryWord(w.raw) || /^\d{2,4}$/.test(w.norm);
}

function capitalised(raw: string): string {
  return raw.charAt(0).toUpperCase() + raw.slice(1);
}

function isCountryWord(raw: string): boolean {
  return /^\p{Lu}/u.test(raw) && findCountries(countryTokens(raw)).length > 0;
}

const ID_LIKE = /[A-Za-z0-9][A-Za-z0-9_./-]*/g;

/** A posting id written out ("show computing-graduate-xrootd-data-monitoring-25fc"). */
export function idIn(env: AnswerEnv, text: string): Posting | undefined {
  for (const m of text.matchAll(ID_LIKE)) {
    const p = env.index.byExactId(m[0].toLowerCase().replace(/[.]+$/, ''));
    if (p) return p;
  }
  return undefined;
}

/**
 * The postings of a file named in the text ("show 003_f49313c1d36ab8ac.txt", "show
 * desy-dcache-engineer"): answers cite file names, so people name postings by them. Only
 * words with a dot, dash, underscore or digit are tried: a plain word is a posting's word.
 */
export function fileIn(env: AnswerEnv, text: string): Posting[] {
  for (const m of text.matchAll(ID_LIKE)) {
    const name = m[0].replace(/[.]+$/, '');
    if (!/[._\-\d]/.test(name)) continue;
    const ps = env.index.byFile(name);
    if (ps.length > 0) return ps;
  }
  return [];
}

/** Canonical skills named in the question; a lowercase "go"/"rust" counts after a skills cue. */
export function skillsIn(text: string, c: Classified): string[] {
  const found = skillVocabulary.find(text);
  // "which jobs need french?", "posti dove serve il tedesco": a language asked in any case or language.
  const languages = languagesAsked(text);
  if (languages && !languages.alone) for (const l of languages.languages) if (!found.includes(l)) found.push(l);
  if (c.intent === 'skills' || (c.scores.skills ?? 0) > 0) {
    for (let i = 0; i < c.words.length; i++) {
      const w = c.words[i] as Word;
      // "do I need to know go for …": a skills cue just before it makes "go" the skill, not the
      // verb of a filler ("go for"); "is go required": so does one just after it.
      const afterSkills = c.cueIntent[i - 1] === 'skills';
      const beforeSkills = c.cueIntent[i + 1] === 'skills' && !c.cue[i];
      if ((c.cue[i] && !(afterSkills && c.cueIntent[i] === 'filler')) || w.raw === w.raw.toUpperCase()) continue;
      const prev = c.words[i - 1];
      if (!beforeSkills && (!prev || !c.cue[i - 1])) continue;
      const cased = skillVocabulary.find(w.raw.charAt(0).toUpperCase() + w.raw.slice(1));
      for (const s of cased) if (!found.includes(s) && s.toLowerCase() === w.norm) found.push(s);
    }
  }
  return found;
}

export function skillTokenAt(text: string, w: Word): boolean {
  return skillVocabulary.find(text.slice(w.at, w.at + w.raw.length)).length > 0;
}

export function countriesIn(text: string): string[] {
  const tokens = countryTokens(withCountryCodesCased(text));
  const hits = findCountries(tokens).filter((h) => namesCountry(tokens, h));
  return [...new Set(hits.map((h) => h.country))];
}

/** The question's own words that name a country ("Chine", "Schweiz"), lower case and unaccented. */
export function countryWordsIn(text: string): Set<string> {
  const tokens = countryTokens(withCountryCodesCased(text));
  const out = new Set<string>();
  for (const h of findCountries(tokens))
    if (namesCountry(tokens, h)) for (let i = h.start; i < h.end; i++) out.add(tokens[i]?.norm ?? '');
  return out;
}

/**
 * A country's name, a word that is both a demonym and the country's own name in one language
 * ("Suiza"), or a demonym beside a word for posts ("german jobs", "swiss postdocs", "postes français").
 */
function namesCountry(tokens: CountryToken[], h: CountryHit): boolean {
  if (h.kind === 'name') return true;
  // After it too, as French, Italian and Spanish put it ("postes français", "trabajos alemanes").
  const post = (t: CountryToken | undefined) =>
    !!t && (isPostingNoun(t.norm) || isPluralNoun(t.norm) || isRoleKind(t.norm));
  if (post(tokens[h.end]) || post(tokens[h.start - 1])) return true;
  const key = tokens
    .slice(h.start, h.end)
    .map((t) => t.norm)
    .join(' ');
  return translatedNames().get(key) === h.country;
}

/** Organisations named in the question (canonical names: "CERN", "DESY"). */
export function organisationsIn(text: string): string[] {
  return organisationVocabulary.find(text);
}
