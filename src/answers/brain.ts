// The brain: text in, a platform-free Reply out. Commands (help, list, show, search, deadlines,
// skills, contact, eligible) and free-form questions routed by intent (./intents.ts); postings
// named loosely are resolved through the index (./search-index.ts). Pure apart from the clock,
// which comes in the context; `answer` never throws.
import type { Posting } from '../corpus/posting.ts';
import { tokenize as countryTokens, findCountries } from '../eligibility/countries.ts';
import type { UserFacts } from '../eligibility/index.ts';
import { judgeEligibility } from '../eligibility/index.ts';
import { NUMBER_WORDS as SHARED_NUMBER_WORDS } from '../facts/number-words.ts';
import { skillVocabulary } from '../facts/vocab.ts';
import { renderPlain } from '../render/plain-text.ts';
import { localDate } from '../time/calendar.ts';
import { answerEligibility, factsFrom, hasFacts, verdictDetail } from './answer-eligibility.ts';
import { answerHelp, usageOf } from './answer-help.ts';
import { answerField, FIELD_INTENTS, type FieldIntent } from './answer-posting.ts';
import {
  answerNoMatch,
  answerSearch,
  answerSet,
  answerTie,
  answerUpcoming,
  SEARCH_SHOWN,
  type SetQuery,
  type StatusFilter,
} from './answer-sets.ts';
import { type AnswerEnv, type Draft, draft, refOf, shortName } from './context.ts';
import {
  type Classified,
  classify,
  closedWords,
  factWords,
  hasPhrase,
  type Intent,
  openWords,
  selfWords,
} from './intents.ts';
import type { Block, Reply, Topic } from './reply.ts';
import { PostingIndex, type Resolution } from './search-index.ts';
import { clip, indexTerm, words as splitWords, type Word } from './text.ts';

export interface AskContext {
  now: Date;
  userId: string;
  profile?: UserFacts;
  /** The previous reply's topic in this conversation, for follow-ups ("and the DIRAC one?"). */
  topic?: Topic;
}

export interface Brain {
  answer(text: string, ctx: AskContext): Reply;
  /** A changed or new file's postings replace the ones it had; [] removes them. */
  replaceFile(file: string, postings: Posting[]): void;
  postings(): Posting[];
}

export interface BrainOptions {
  timeZone: string;
}

/** Longer messages are not read: a question fits in far less. */
export const MAX_INPUT = 2000;

/** Words of a time span ("the next 30 days"), which name no posting. */
const SPAN_WORDS = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'fortnight',
  'next',
  'coming',
  'within',
]);

const COMMANDS = new Set(['help', 'list', 'show', 'search', 'deadlines', 'skills', 'contact', 'eligible']);

export function createBrain(postings: Posting[], options: BrainOptions): Brain {
  const index = new PostingIndex(postings);
  const timeZone = options.timeZone;
  return {
    answer(text: string, ctx: AskContext): Reply {
      try {
        const now = ctx?.now instanceof Date && !Number.isNaN(ctx.now.getTime()) ? ctx.now : new Date();
        const env: AnswerEnv = { index, now, timeZone, today: localDate(now, timeZone) };
        const context = ctx ?? { now, userId: '' };
        const d = route(env, typeof text === 'string' ? text : '', context);
        // Facts said earlier in the conversation stay with it when it moves to another question.
        if (d.topic && !d.topic.facts && context.topic?.facts) d.topic = { ...d.topic, facts: context.topic.facts };
        return finish(d);
      } catch {
        return finish(
          draft(
            [{ kind: 'paragraph', text: "Sorry, I could not answer that. Say 'help' for what I understand." }],
            [],
            {
              suggestions: ['help'],
            },
          ),
        );
      }
    },
    replaceFile(file: string, ps: Posting[]): void {
      index.replaceFile(file, ps);
    },
    postings(): Posting[] {
      return index.postings();
    },
  };
}

function finish(d: Draft): Reply {
  const reply: Reply = { text: '', ...d };
  reply.text = renderPlain(reply);
  return reply;
}

function route(env: AnswerEnv, raw: string, ctx: AskContext): Draft {
  if (raw.length > MAX_INPUT)
    return draft([
      {
        kind: 'paragraph',
        text: `That message is too long (${raw.length.toLocaleString('en-US')} characters); I read questions of up to ${MAX_INPUT.toLocaleString('en-US')} characters. Ask it shorter, or say 'help'.`,
      },
    ]);
  const text = raw
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    // "/positions help" typed as a message; a bare "positions" only before a command word or
    // nothing, so that "positions in France" stays a question.
    .replace(/^\s*\/positions\b/i, '')
    .replace(/^\s*positions(?=\s*$|\s+(?:help|list|show|search|deadlines|skills|contact|eligible)\b)/i, '')
    .trim();
  if (text === '') return answerHelp(env);
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text);
  const head = (m?.[1] ?? '').toLowerCase().replace(/[:,!?.]+$/, '');
  const args = (m?.[2] ?? '').trim();
  if (COMMANDS.has(head)) return command(env, head, args, text, ctx);
  return freeForm(env, text, ctx);
}

// ---------------------------------------------------------------- commands

function command(env: AnswerEnv, head: string, args: string, text: string, ctx: AskContext): Draft {
  switch (head) {
    case 'help':
      return answerHelp(env);
    case 'list':
      return setQuestion(env, args, classify(args), {
        // "list" and "list ((((" show the current postings; words ("list DQM") search them all.
        defaultStatus: contentWords(classify(args)).length === 0 ? 'current' : 'all',
        uncappedAll: true,
      });
    case 'deadlines': {
      if (args === '') return answerUpcoming(env, null);
      const days = parseDays(args);
      if (days !== null) return answerUpcoming(env, days);
      // "deadlines in the next 30 days", "deadlines this month": a span and no words that name
      // postings; "deadlines CMS" filters the upcoming deadlines by its words.
      const naming = contentWords(classify(args)).filter((w) => !/^\d+$/.test(w.norm) && !SPAN_WORDS.has(w.norm));
      if (naming.length === 0) return answerUpcoming(env, daysIn(args));
      return freeForm(env, `upcoming deadlines ${args}`, ctx);
    }
    case 'search': {
      if (args === '') return usageOf(env, 'search');
      const terms = termsOf(splitWords(args));
      if (terms.length === 0) return usageOf(env, 'search');
      return answerSearch(env, args, env.index.rank(terms, true, SEARCH_SHOWN));
    }
    case 'show':
    case 'skills':
    case 'contact':
    case 'eligible': {
      const intent: Intent = head === 'show' ? 'show' : head === 'eligible' ? 'eligibility' : (head as Intent);
      // "show me the DQM positions", "skills of the CMS roles": several postings at once.
      const ca = classify(args);
      if (ca.plural && head !== 'eligible') {
        const field = head === 'show' ? undefined : (head as FieldIntent);
        return setQuestion(env, args, ca, { defaultStatus: 'all', ...(field ? { field } : {}) });
      }
      // "eligible xrootd I'm Italian": the posting is named before the asker talks about themselves.
      const ws = splitWords(args);
      const selfAt = ws.findIndex((w) => selfWords.has(w.norm));
      const naming = head === 'eligible' && selfAt >= 0 ? ws.slice(0, selfAt) : ws;
      const nameText = head === 'eligible' && selfAt >= 0 ? args.slice(0, ws[selfAt]?.at ?? args.length) : args;
      const terms = termsOf(naming, head === 'eligible');
      const byId = idIn(env, nameText);
      let posting: Posting | undefined = byId;
      if (!posting && terms.length > 0) {
        const r = env.index.resolve(terms);
        const said =
          naming
            .filter((w) => indexTerm(w.norm) !== null)
            .map((w) => w.raw)
            .join(' ') || nameText.trim();
        if (r.kind === 'tie') return answerTie(env, clip(said, 80), r.matches);
        if (r.kind === 'none') return answerNoMatch(env, said, terms);
        posting = r.match.posting;
      }
      if (!posting && ctx.topic) posting = topicPosting(env, ctx.topic);
      if (!posting) return usageOf(env, head);
      return answerAbout(env, posting, intent, text, ctx);
    }
  }
  return usageOf(env, head);
}

function parseDays(s: string): number | null {
  const m = /^(?:in\s+|within\s+|next\s+|the\s+next\s+)?(\d{1,4})\s*(d|days?|w|weeks?|months?)?$/i.exec(s.trim());
  if (m) {
    const n = Number(m[1]);
    const unit = (m[2] ?? 'd').toLowerCase();
    return unit.startsWith('w') ? n * 7 : unit.startsWith('m') ? n * 31 : n;
  }
  const w = /^(?:this|next|one|a)\s+(week|month|fortnight)$/i.exec(s.trim());
  if (w) return w[1]?.toLowerCase() === 'week' ? 7 : w[1]?.toLowerCase() === 'fortnight' ? 14 : 31;
  return null;
}

const NUMBER_WORDS: Record<string, number> = { ...SHARED_NUMBER_WORDS, a: 1, an: 1, few: 3, couple: 2 };

// "in the next 30 days", "within two weeks", "over the coming month", "this week". Bounded
// repetitions only: this runs on every question.
const SPAN_RE =
  /\b(?:(?:in|within|during|over|for)\s{1,5})?(?:the\s{1,5})?(?:(?:next|coming)\s{1,5})?(\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|couple)(?:\s{1,5}of)?\s{0,5}(days?|weeks?|months?)\b|\b(?:(?:in|within|during|over|for)\s{1,5})?(?:the\s{1,5})?(?:this|next|coming)\s{1,5}(week|fortnight|month)\b/i;

interface Span {
  days: number;
  /** Where the span's words are in the text. */
  at: number;
  end: number;
}

/** A span like "next 30 days" / "two weeks" / "this month" anywhere in a question. */
function spanIn(text: string): Span | null {
  const m = SPAN_RE.exec(text);
  if (!m) return null;
  let days: number;
  if (m[1] && m[2]) {
    const n = /^\d/.test(m[1]) ? Number(m[1]) : (NUMBER_WORDS[m[1].toLowerCase()] ?? 1);
    const unit = m[2].toLowerCase();
    days = unit.startsWith('w') ? n * 7 : unit.startsWith('m') ? n * 31 : n;
  } else {
    const unit = (m[3] ?? '').toLowerCase();
    days = unit === 'week' ? 7 : unit === 'fortnight' ? 14 : 31;
  }
  return { days, at: m.index, end: m.index + m[0].length };
}

function daysIn(text: string): number | null {
  return spanIn(text)?.days ?? null;
}

// ---------------------------------------------------------------- free-form questions

function freeForm(env: AnswerEnv, text: string, ctx: AskContext): Draft {
  const c = classify(text);
  const intent = c.intent;
  const skills = skillsIn(text, c);
  const countries = countriesIn(text);

  if (intent === 'help' && contentWords(c).length === 0) return answerHelp(env);
  if (intent === 'smalltalk' && contentWords(c).length === 0) return smalltalk(env, text);

  // "what closes in the next two weeks?", "Python jobs with a deadline this month": a time span
  // with a deadline question is about upcoming deadlines; the span's words name no posting.
  const span = spanIn(text);
  const aboutDeadlines =
    intent === 'upcoming' || ((intent === 'deadline' || intent === 'status' || intent === 'list') && span !== null);
  if (aboutDeadlines && !idIn(env, text)) {
    const rest = span ? `${text.slice(0, span.at)} ${text.slice(span.end)}` : text;
    const cr = span ? classify(rest) : c;
    const terms = termsOf(contentWords(cr));
    const days = span?.days ?? null;
    if (terms.length === 0 && skills.length === 0 && countries.length === 0) return answerUpcoming(env, days);
    return setQuestion(env, rest, cr, {
      defaultStatus: 'open',
      field: 'deadline',
      skills,
      countries,
      ...(days !== null ? { withinDays: days } : {}),
    });
  }

  const facts = factsFrom(text, env, ctx.profile, ctx.topic?.facts);
  const statedFacts = hasFacts(factsFrom(text, env, undefined));

  // Which posting the question names: words outside the asker's sentences about themselves.
  const naming = namingWords(c, intent === 'eligibility' || statedFacts);
  const terms = termsOf(naming, intent === 'eligibility' || statedFacts);
  const byId = idIn(env, text);

  const setLike =
    !byId &&
    (c.plural || intent === 'list' || (intent === 'search' && terms.length === 0)) &&
    !(intent === 'eligibility' && !c.plural);
  if (setLike) {
    if (intent === 'eligibility') return eligibilityOverAll(env, facts, text);
    return setQuestion(env, text, c, { defaultStatus: 'all', skills, countries });
  }

  // "is there anything in Germany?": the only words that could name a posting name a country.
  if (!byId && countries.length > 0 && terms.length > 0 && intent !== 'eligibility' && !statedFacts) {
    const countryTerms = new Set(countries.flatMap((x) => termsOf(splitWords(x))));
    if (terms.every((t) => countryTerms.has(t)))
      return setQuestion(env, text, c, { defaultStatus: 'all', skills, countries });
  }

  let resolution: Resolution | null = null;
  let posting: Posting | undefined = byId;
  if (!posting && terms.length > 0) {
    resolution = env.index.resolve(terms);
    if (resolution.kind === 'one') posting = resolution.match.posting;
    else if (resolution.kind === 'tie') {
      const topic = ctx.topic && resolution.matches.find((m) => m.posting.id === ctx.topic?.postingId);
      if (topic) posting = topic.posting;
      else return answerTie(env, said(naming), resolution.matches);
    }
  }
  const named = posting !== undefined;
  if (!posting && ctx.topic) posting = topicPosting(env, ctx.topic);

  if (!posting) {
    // Nothing named and no conversation to continue.
    if ((skills.length > 0 || countries.length > 0) && terms.length === 0)
      return setQuestion(env, text, c, { defaultStatus: 'all', skills, countries });
    if (terms.length > 0) {
      if (intent === null || intent === 'search' || intent === 'show') {
        const ranked = env.index.rank(terms, true, SEARCH_SHOWN).filter((m) => m.coverage >= 0.5);
        if (ranked.length > 0) return answerSearch(env, said(naming), ranked);
      }
      return answerNoMatch(env, said(naming), terms);
    }
    if (intent === 'eligibility') return eligibilityOverAll(env, facts, text);
    if (intent && FIELD_INTENTS.has(intent) && intent !== 'show')
      return setQuestion(env, text, c, {
        defaultStatus: 'all',
        field: intent as FieldIntent,
        skills,
        countries,
        statingField: true,
      });
    if (intent === 'status') return setQuestion(env, text, c, { defaultStatus: 'all', skills, countries });
    return notUnderstood(env);
  }

  let effective: Intent | null = intent;
  // "I can be at CERN full time" while checking eligibility: the cue ("full time") is part of what
  // the asker says about themselves, not a new question.
  if (statedFacts && ctx.topic?.intent === 'eligibility' && effective !== 'eligibility' && cuesAllAboutSelf(c))
    effective = 'eligibility';
  if (effective === null || effective === 'help' || effective === 'list' || effective === 'search') {
    if (statedFacts && (ctx.topic?.intent === 'eligibility' || !named)) effective = 'eligibility';
    else if (named && ctx.topic) effective = topicIntent(ctx.topic);
    else if (named) effective = 'show';
    else if (statedFacts) effective = 'eligibility';
    else return notUnderstood(env);
  }
  return answerAbout(env, posting, effective, text, ctx);
}

function answerAbout(env: AnswerEnv, p: Posting, intent: Intent, text: string, ctx: AskContext): Draft {
  if (intent === 'eligibility') {
    const said = withoutPostingName(text, p);
    return answerEligibility(
      env,
      p,
      factsFrom(said, env, ctx.profile, ctx.topic?.facts),
      factsFrom(said, env, undefined, ctx.topic?.facts),
    );
  }
  const field: FieldIntent = FIELD_INTENTS.has(intent) ? (intent as FieldIntent) : 'show';
  return answerField(env, p, field);
}

function topicPosting(env: AnswerEnv, topic: Topic): Posting | undefined {
  return env.index.postings().find((p) => p.id === topic.postingId);
}

function topicIntent(topic: Topic): Intent {
  const i = topic.intent as Intent;
  return i === 'eligibility' || FIELD_INTENTS.has(i) ? i : 'show';
}

function smalltalk(env: AnswerEnv, text: string): Draft {
  const n = env.index.postings().length;
  const hello = /\b(thank|thanks|thx|cheers|great|nice|ok|okay)\b/i.test(text) ? "You're welcome!" : 'Hello!';
  return draft(
    [
      {
        kind: 'paragraph',
        text: `${hello} I answer questions about ${n} research job posting${n === 1 ? '' : 's'}: deadlines, skills, contacts, pay, and whether you are eligible. Say 'help' for the commands, or just ask.`,
      },
    ],
    [],
    { suggestions: ['help', 'list', 'deadlines'] },
  );
}

function notUnderstood(env: AnswerEnv): Draft {
  const first = env.index.postings()[0];
  const name = first ? shortName(env, first) : 'data engineer';
  return draft(
    [
      {
        kind: 'paragraph',
        text: `I did not understand which posting or what about it you mean. Try 'list', 'search <words>', 'show ${name}', 'deadlines' or 'help'.`,
      },
    ],
    [],
    { suggestions: ['help', 'list', 'deadlines'] },
  );
}

/** "Which positions am I eligible for? I'm Italian": every posting judged, best verdicts first. */
function eligibilityOverAll(env: AnswerEnv, facts: UserFacts, _text: string): Draft {
  const all = env.index.postings();
  if (all.length === 0) return draft([{ kind: 'paragraph', text: 'There are no postings to check.' }]);
  const judged = all.slice(0, 200).map((p) => ({ p, r: judgeEligibility(p, facts, env.now) }));
  const rank = { eligible: 0, unknown: 1, not_eligible: 2 } as const;
  judged.sort((a, b) => rank[a.r.verdict] - rank[b.r.verdict]);
  const blocks: Block[] = [
    {
      kind: 'list',
      title: 'Your eligibility for each posting, from what you told me:',
      items: judged.map(({ p, r }) => {
        const detail = verdictDetail(r);
        return { posting: refOf(env, p), text: p.title, detail };
      }),
    },
    { kind: 'paragraph', text: "For one posting, criterion by criterion, say 'eligible <posting>'." },
  ];
  return draft(
    blocks,
    judged.map(({ p }) => refOf(env, p)),
    { suggestions: judged.slice(0, 2).map(({ p }) => `eligible ${shortName(env, p)}`) },
  );
}

// ---------------------------------------------------------------- sets of postings

interface SetOptions {
  defaultStatus: StatusFilter;
  field?: FieldIntent;
  skills?: string[];
  countries?: string[];
  uncappedAll?: boolean;
  statingField?: boolean;
  /** Only postings whose deadline falls within this many days from today. */
  withinDays?: number;
}

function setQuestion(env: AnswerEnv, text: string, c: Classified, o: SetOptions): Draft {
  const skills = o.skills ?? skillsIn(text, c);
  const countries = o.countries ?? countriesIn(text);
  const ws = c.words;
  let status: StatusFilter = o.defaultStatus;
  if (hasPhrase(ws, openWords)) status = 'open';
  else if (hasPhrase(ws, closedWords)) status = 'closed';
  const saysAll = ws.some((w) => w.norm === 'all' || w.norm === 'every' || w.norm === 'everything');
  if (saysAll && status === 'current') status = 'all';
  // The words left after cues, filters and function words name the postings ("the DQM positions").
  const skip = new Set<string>([
    ...openWords.flat(),
    ...closedWords.flat(),
    'all',
    'every',
    'everything',
    'list',
    'upcoming',
  ]);
  const skillWords = new Set(skills.flatMap((s) => splitWords(s).map((w) => w.norm)));
  const countryWords = new Set(countries.flatMap((s) => splitWords(s).map((w) => w.norm)));
  const filterWords = contentWords(c).filter(
    (w) => !skip.has(w.norm) && !skillWords.has(w.norm) && !countryWords.has(w.norm) && !skillTokenAt(text, w),
  );
  const terms = termsOf(filterWords);
  const wordsText = filterWords.map((w) => w.raw).join(' ');
  let field = o.field;
  if (!field && c.intent && FIELD_INTENTS.has(c.intent) && c.intent !== 'show') field = c.intent as FieldIntent;
  if (field === 'skills' && skills.length > 0) field = undefined;
  const q: SetQuery = {
    status,
    skills,
    countries,
    terms,
    words: wordsText,
    uncapped: o.uncappedAll === true && saysAll,
    statingField: o.statingField === true,
    ...(field ? { field } : {}),
    ...(o.withinDays !== undefined ? { withinDays: o.withinDays } : {}),
  };
  if (terms.length === 0) return answerSet(env, q, null);
  const { matches, unknown } = env.index.filter(terms);
  if (matches.length === 0 && unknown.length === terms.length) {
    if (skills.length === 0 && countries.length === 0) return answerNoMatch(env, wordsText, terms);
    return answerSet(env, { ...q, words: '', terms: [] }, null, unknownWords(filterWords, unknown));
  }
  return answerSet(env, q, matches, unknownWords(filterWords, unknown));
}

function unknownWords(ws: Word[], unknown: string[]): string[] {
  const set = new Set(unknown);
  return ws.filter((w) => set.has(indexTerm(w.norm) ?? '')).map((w) => w.raw);
}

// ---------------------------------------------------------------- words of a question

const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'also', 'so', 'then', 'plus', 'though', 'although']);

/** Per word: whether it is in a clause about the asker ("I'm Italian", "my degree is..."). */
function selfClauses(c: Classified): boolean[] {
  // Clauses start after . ? ! ; , and at the start; a clause opening with "I", "my"... is about the asker.
  const ws = c.words;
  const out: boolean[] = [];
  let clauseSelf = false;
  let clauseStart = true;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i] as Word;
    if (clauseStart) {
      clauseSelf = selfWords.has(w.norm);
      // "..., and I can be at CERN": the clause starts at the word after the conjunction.
      clauseStart = CONJUNCTIONS.has(w.norm);
    }
    out.push(clauseSelf);
    const next = ws[i + 1];
    if (next) {
      const gap = c.text.slice(w.at + w.raw.length, next.at);
      if (/[.?!;,\n]/.test(gap) || /\b(but|and|also)\b/i.test(gap)) clauseStart = true;
    }
  }
  return out;
}

/** Every cue of the message sits in a sentence about the asker (and there is at least one such sentence). */
function cuesAllAboutSelf(c: Classified): boolean {
  const self = selfClauses(c);
  return self.some(Boolean) && c.cue.every((isCue, i) => !isCue || self[i]);
}

/**
 * The text with the words that name the posting blanked out, outside sentences about the asker:
 * "am I eligible for the CBM PhD position? I have a master's" says nothing about a PhD of theirs.
 */
function withoutPostingName(text: string, p: Posting): string {
  const c = classify(text);
  const self = selfClauses(c);
  const named = new Set(
    splitWords(`${p.title} ${p.experiment ?? ''} ${p.organisation ?? ''}`)
      .map((w) => indexTerm(w.norm))
      .filter((t): t is string => t !== null),
  );
  let out = text;
  for (let i = c.words.length - 1; i >= 0; i--) {
    const w = c.words[i] as Word;
    const t = indexTerm(w.norm);
    if (self[i] || t === null || !named.has(t)) continue;
    out = `${out.slice(0, w.at)}${' '.repeat(w.raw.length)}${out.slice(w.at + w.raw.length)}`;
  }
  return out;
}

/** Words that are not intent cues (and, optionally, not in the asker's sentences about themselves). */
function namingWords(c: Classified, aboutSelf: boolean): Word[] {
  const ws = c.words;
  if (!aboutSelf) return ws.filter((_, i) => !c.cue[i]);
  const self = selfClauses(c);
  return ws.filter((_, i) => !self[i] && !c.cue[i]);
}

/** The words that named (or failed to name) a posting, as the asker wrote them. */
function said(ws: Word[]): string {
  return ws
    .filter((w) => indexTerm(w.norm) !== null)
    .map((w) => w.raw)
    .join(' ');
}

/** Words of the question that are neither intent cues nor function words. */
function contentWords(c: Classified): Word[] {
  return c.words.filter((w, i) => !c.cue[i] && indexTerm(w.norm) !== null);
}

/** Index terms of words; for eligibility, words about the asker (degrees, countries) are left out. */
function termsOf(ws: Word[], dropFacts = false): string[] {
  const out: string[] = [];
  for (const w of ws) {
    if (dropFacts && (factWords.has(w.norm) || isCountryWord(w.raw))) continue;
    const t = indexTerm(w.norm);
    if (t) out.push(t);
  }
  return out;
}

function isCountryWord(raw: string): boolean {
  return /^\p{Lu}/u.test(raw) && findCountries(countryTokens(raw)).length > 0;
}

/** A posting id written out ("show computing-graduate-xrootd-data-monitoring-25fc"). */
function idIn(env: AnswerEnv, text: string): Posting | undefined {
  for (const m of text.matchAll(/[A-Za-z0-9][A-Za-z0-9_.-]*/g)) {
    const p = env.index.byExactId(m[0].toLowerCase().replace(/[.]+$/, ''));
    if (p) return p;
  }
  return undefined;
}

/** Canonical skills named in the question; a lowercase "go"/"rust" counts after a skills cue. */
function skillsIn(text: string, c: Classified): string[] {
  const found = skillVocabulary.find(text);
  if (c.intent === 'skills' || (c.scores.skills ?? 0) > 0) {
    for (let i = 0; i < c.words.length; i++) {
      const w = c.words[i] as Word;
      if (c.cue[i] || w.raw === w.raw.toUpperCase()) continue;
      const prev = c.words[i - 1];
      if (!prev || !c.cue[i - 1]) continue;
      const cased = skillVocabulary.find(w.raw.charAt(0).toUpperCase() + w.raw.slice(1));
      for (const s of cased) if (!found.includes(s) && s.toLowerCase() === w.norm) found.push(s);
    }
  }
  return found;
}

function skillTokenAt(text: string, w: Word): boolean {
  return skillVocabulary.find(text.slice(w.at, w.at + w.raw.length)).length > 0;
}

function countriesIn(text: string): string[] {
  const hits = findCountries(countryTokens(text)).filter((h) => h.kind === 'name');
  return [...new Set(hits.map((h) => h.country))];
}
