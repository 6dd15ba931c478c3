// A question about several postings ("which open CMS jobs need a PhD?", "Python jobs closing
// next month", "which jobs are at CERN?") made into one SetQuery: status words, skills,
// countries, an organisation, a degree level, a topic, a time window, and the words left over,
// which must name the postings.
import { fold } from '../eligibility/countries.ts';
import { skillVocabulary } from '../facts/vocab.ts';
import { asksPay, currencyAsked, payingIn } from './answer-currency.ts';
import { askedDocument, askingForDocument } from './answer-document.ts';
import { languagesAsked, requiringNoOtherLanguage } from './answer-language.ts';
import { newestOf } from './answer-newest.ts';
import type { FieldIntent } from './answer-posting.ts';
import { FIELD_INTENTS } from './answer-posting.ts';
import { answerNoMatch, answerSet, type SetFilter, type SetQuery, type StatusFilter } from './answer-sets.ts';
import { topicIn } from './answer-topic.ts';
import type { AnswerEnv, Draft } from './context.ts';
import { degreesIn, negationBefore, openToBefore } from './degree-requirement.ts';
import { fieldOfWorkIn, inFieldOfWork } from './field-of-work.ts';
import {
  type Classified,
  closedWords,
  hasPhrase,
  isPostingNoun,
  isRoleKind,
  isUnitNoun,
  noLongerOpenWords,
  notYetOpenWords,
  openWords,
  wholeSetWords,
} from './intents.ts';
import { boundAsked, withinBound } from './number-bounds.ts';
import { payingPer, payPeriodAsked } from './pay-period.ts';
import { placePrepositionWords, placesIn } from './place-words.ts';
import {
  contentWords,
  countriesIn,
  countryWordsIn,
  organisationsIn,
  skillsIn,
  skillTokenAt,
  termsOf,
} from './question-words.ts';
import type { Match } from './search-index.ts';
import {
  atOrganisation,
  closingIn,
  inPlace,
  mentioningTopic,
  notRequiringSkill,
  openDuring,
  openToDegree,
  requiringDegree,
} from './set-filters.ts';
import { indexTerm, words as splitWords, type Word } from './text.ts';
import type { Window } from './time-span.ts';
import { withWorkload, workloadAsked } from './workload-kind.ts';

export interface SetOptions {
  defaultStatus: StatusFilter;
  field?: FieldIntent;
  skills?: string[];
  countries?: string[];
  uncappedAll?: boolean;
  statingField?: boolean;
  /** "what's new in computing": the set newest first, by the day each was posted. */
  newest?: boolean;
  /** A time window the question names; `closing` for deadlines in it, else open during it. */
  window?: { window: Window; closing: boolean };
}

const ALL_WORDS = new Set(['all', 'every', 'everything', 'tous', 'toutes', 'alle', 'tutti', 'tutte', 'todos', 'todas']);

export function setQuestion(env: AnswerEnv, text: string, c: Classified, o: SetOptions): Draft {
  const named = o.skills ?? skillsIn(text, c);
  // "which jobs don't need C++?", "positions without Java": a negated skill excludes.
  const negated = named.filter((s) => skillNegated(text, s));
  const skills = named.filter((s) => !negated.includes(s));
  const countries = o.countries ?? countriesIn(text);
  const ws = c.words;
  let status: StatusFilter = o.defaultStatus;
  if (hasPhrase(ws, notYetOpenWords)) status = 'upcoming';
  else if (hasPhrase(ws, noLongerOpenWords)) status = 'closed';
  else if (hasPhrase(ws, openWords)) status = 'open';
  else if (hasPhrase(ws, closedWords)) status = 'closed';
  const saysAll = ws.some((w) => ALL_WORDS.has(w.norm));
  if (saysAll && status === 'current') status = 'all';
  const filters: SetFilter[] = [];
  // Words the filters take name no posting.
  const taken = new Set<string>();
  if (o.window) {
    filters.push(o.window.closing ? closingIn(env, o.window.window) : openDuring(o.window.window));
    // "open in March 2027" says when, not that the posting is open today.
    if (!o.window.closing && status === 'open') status = 'all';
  }
  for (const s of negated) {
    filters.push(notRequiringSkill(s));
    const ws = splitWords(text);
    const neg = negationBefore(ws, skillIndex(text, ws, s));
    if (neg) taken.add(neg.norm);
  }
  const orgs = organisationsIn(text);
  if (orgs.length > 0) {
    filters.push(atOrganisation(env, orgs));
    for (const org of orgs) for (const w of splitWords(org)) taken.add(w.norm);
  }
  const places = placesIn(text);
  if (places.length > 0) {
    filters.push(inPlace(env, places));
    for (const place of places) for (const w of splitWords(place)) taken.add(w.norm);
    for (const w of placePrepositionWords) taken.add(w);
  }
  // "PhD positions", "PhD students" name a kind of post, not a degree it asks for.
  const degree = degreesIn(text).find((d) => {
    const next = splitWords(text)[d.index + 1]?.norm ?? '';
    return !isPostingNoun(next) && !isRoleKind(next) && !/^(student|candidate|programme|program)s?$/.test(next);
  });
  if (degree) {
    const negation = negationBefore(splitWords(text), degree.index);
    // "which jobs accept a master's?", "jobs for people with just a bachelors": open to holders.
    const open = negation ? null : openToBefore(splitWords(text), degree.index);
    filters.push(open ? openToDegree(env, degree.level) : requiringDegree(env, degree.level, negation !== null));
    if (open) taken.add(open.norm);
    if (negation) taken.add(negation.norm);
    taken.add(degree.word.norm);
    taken.add('degree');
  }
  const topic = topicIn(text);
  if (topic && c.intent === 'topic') filters.push(mentioningTopic(topic));
  // "which jobs are ok with English only?": none requires another language.
  const languages = languagesAsked(text);
  if (languages?.alone) {
    filters.push(requiringNoOtherLanguage(languages.languages));
    for (const l of languages.languages) taken.add(l.toLowerCase());
  }
  // "jobs that want reference letters?": the ones that ask for that document.
  const document = c.intent === 'documents' ? askedDocument(text) : null;
  if (document) filters.push(askingForDocument(document));
  // "which jobs pay in CHF?": the postings whose salary is in that currency.
  const pay = c.intent === 'salary' || asksPay(text);
  const currency = pay ? currencyAsked(text) : null;
  if (currency) {
    filters.push(payingIn(currency.code));
    for (const w of currency.words) taken.add(w);
  }
  // "which jobs pay per month?", "part-time jobs?": the postings whose fact has that value.
  const period = pay ? payPeriodAsked(text) : null;
  // A period beside a bound ("over 3000 a month") is the bound's unit: it compares yearly pay.
  const bound = boundAsked(text, pay);
  if (period) {
    if (bound?.fact !== 'salary') filters.push(payingPer(period.period));
    for (const w of period.words) taken.add(w);
  }
  // "pay more than 50k", "at least 2 years", "under 50%": the postings past that number.
  if (bound) {
    filters.push(withinBound(bound));
    for (const w of bound.words) taken.add(w);
  }
  const workload = workloadAsked(text);
  if (workload) {
    filters.push(withWorkload(workload.kind));
    for (const w of workload.words) taken.add(w);
  }
  // "jobs for software people", "anything for data folks": a field of work, not words to find.
  const work = fieldOfWorkIn(text);
  if (work) {
    filters.push(inFieldOfWork(env, work));
    for (const w of work.taken) taken.add(w);
  }
  // The words left after cues, filters and function words name the postings ("the DQM positions").
  const skip = new Set<string>([
    ...openWords.flat(),
    ...closedWords.flat(),
    ...notYetOpenWords.flat(),
    ...noLongerOpenWords.flat(),
    ...ALL_WORDS,
    ...wholeSetWords,
    'list',
    'upcoming',
    ...taken,
  ]);
  const skillWords = new Set(named.flatMap((s) => splitWords(s).map((w) => w.norm)));
  // The country as the question wrote it ("en Chine") and as its canonical name.
  const countryWords = new Set([
    ...countries.flatMap((s) => splitWords(s).map((w) => w.norm)),
    ...countryWordsIn(text),
  ]);
  const filterWords = contentWords(c).filter(
    (w) =>
      !skip.has(w.norm) &&
      !isPostingNoun(w.norm) &&
      !skillWords.has(w.norm) &&
      !countryWords.has(fold(w.norm)) &&
      !skillTokenAt(text, w),
  );
  const terms = termsOf(filterWords);
  const wordsText = filterWords.map((w) => w.raw).join(' ');
  let field = o.field;
  if (!field && c.intent && FIELD_INTENTS.has(c.intent) && c.intent !== 'show') field = c.intent as FieldIntent;
  if (field === 'skills' && (skills.length > 0 || degree)) field = undefined;
  const q: SetQuery = {
    status,
    skills,
    countries,
    terms,
    words: wordsText,
    uncapped: o.uncappedAll === true && saysAll,
    statingField: o.statingField === true,
    filters,
    ...(field ? { field } : {}),
  };
  const finish = (qq: SetQuery, matches: Match[] | null, ignored?: string[]): Draft =>
    o.newest ? newestOf(env, qq, matches) : answerSet(env, qq, matches, ignored);
  if (terms.length === 0) return finish(q, null);
  let { matches, unknown } = env.index.filter(terms);
  // "which roles are in the DQM group?": postings that do not say "group" still answer.
  const units = filterWords.filter((w) => isUnitNoun(w.norm)).map((w) => indexTerm(w.norm));
  const rest = terms.filter((t) => !units.includes(t));
  if (matches.length === 0 && units.length > 0 && rest.length > 0) {
    const narrower = env.index.filter(rest);
    if (narrower.matches.length > 0) ({ matches, unknown } = { ...narrower, unknown: [...narrower.unknown] });
  }
  if (matches.length === 0 && unknown.length === terms.length) {
    if (skills.length === 0 && countries.length === 0 && filters.length === 0)
      return answerNoMatch(env, wordsText, terms);
    return finish({ ...q, words: '', terms: [] }, null, unknownWords(filterWords, unknown));
  }
  return finish(q, matches, unknownWords(filterWords, unknown));
}

/** Whether a negation ("don't", "without", "no", "nicht", "sans") stands just before the skill's first mention. */
function skillNegated(text: string, skill: string): boolean {
  const ws = splitWords(text);
  const i = skillIndex(text, ws, skill);
  return i >= 0 && negationBefore(ws, i) !== null;
}

function skillIndex(text: string, ws: Word[], skill: string): number {
  return ws.findIndex((w) => skillVocabulary.find(text.slice(w.at, w.at + w.raw.length)).includes(skill));
}

function unknownWords(ws: Word[], unknown: string[]): string[] {
  const set = new Set(unknown);
  return ws.filter((w) => set.has(indexTerm(w.norm) ?? '')).map((w) => w.raw);
}
