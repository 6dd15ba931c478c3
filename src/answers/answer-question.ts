// A question in the asker's own words, in five languages: its intent (./intents.ts) picks an
// answer from two tables, one for a question about one posting and one for a question about
// several; which posting it names, and whether it is about several, comes from its other words.
import type { Posting } from '../corpus/posting.ts';
import type { UserFacts } from '../eligibility/index.ts';
import { emptyFacts, judgeEligibility } from '../eligibility/index.ts';
import { answerComparison } from './answer-compare.ts';
import { answerDegree, askedDegree } from './answer-degree.ts';
import { answerDocument, askedDocument } from './answer-document.ts';
import { answerEligibility, factsFrom, hasFacts, verdictDetail } from './answer-eligibility.ts';
import { answerHelp } from './answer-help.ts';
import { answerLanguages, languagesAsked } from './answer-language.ts';
import { answerNewest, asksNewest, withoutNewest } from './answer-newest.ts';
import { answerField, FIELD_INTENTS, type FieldIntent } from './answer-posting.ts';
import { answerFile, answerNoMatch, answerSearch, answerTie, answerUpcoming, SEARCH_SHOWN } from './answer-sets.ts';
import { answerSkills, skillStance } from './answer-skill.ts';
import { answerTopic, topicIn } from './answer-topic.ts';
import { type AnswerEnv, type AskContext, type Draft, draft, refOf, shortName, topicOf } from './context.ts';
import { fieldOfWorkIn } from './field-of-work.ts';
import {
  type Classified,
  classify,
  hasPhrase,
  type Intent,
  isPluralNoun,
  isWeakIntent,
  lateWords,
  openWords,
  otherWords,
} from './intents.ts';
import { askedPayPeriod, withPayPeriod } from './pay-period.ts';
import { placePrepositionWords, placesIn } from './place-words.ts';
import {
  blankSelfClauses,
  contentWords,
  countriesIn,
  countryWordsIn,
  cuesAllAboutSelf,
  fileIn,
  idIn,
  namingWords,
  organisationsIn,
  said,
  skillsIn,
  termsOf,
  withoutPostingName,
} from './question-words.ts';
import type { Block, Topic } from './reply.ts';
import { resolveNamed } from './resolve-name.ts';
import type { Resolution } from './search-index.ts';
import { type SetOptions, setQuestion } from './set-question.ts';
import { words as splitWords, type Word } from './text.ts';
import { spanIn } from './time-span.ts';
import { correctTypos } from './typo-words.ts';
import { isUntilWord } from './until-span.ts';

type AboutOne = (env: AnswerEnv, p: Posting, text: string, ctx: AskContext) => Draft;

/** A question about one posting, by intent; any other field intent answers that field. */
const ABOUT_ONE: Partial<Record<Intent, AboutOne>> = {
  eligibility: (env, p, text, ctx) => {
    const words = withoutPostingName(text, p);
    return answerEligibility(
      env,
      p,
      factsFrom(words, env, ctx.profile, ctx.topic?.facts),
      factsFrom(words, env, undefined, ctx.topic?.facts),
    );
  },
  topic: (env, p, text) => {
    const t = topicIn(text);
    return t ? answerTopic(env, p, t) : answerField(env, p, 'show');
  },
};

export function answerAbout(env: AnswerEnv, p: Posting, intent: Intent, text: string, ctx: AskContext): Draft {
  // "Is English enough?", "français obligatoire ?": the languages it asks for, whatever the cue.
  const languages = languagesAsked(withoutPostingName(text, p));
  if (languages) return answerLanguages(env, p, languages);
  // "Does the CTA job require a PhD?": a degree asked of one posting, not its whole skills list.
  const own = intent === 'skills' ? withoutPostingName(text, p) : '';
  const degree = own ? askedDegree(own) : null;
  if (degree) return answerDegree(env, p, degree);
  // "Do I need to speak French for the XRootD job?": the skills named, not the whole list.
  // A skill the posting only names (the DIRAC of "the CTA-DIRAC job") may be part of its name:
  // then the whole list answers.
  const named = own ? skillsIn(own, classify(own)) : [];
  if (named.length > 0 && !named.some((k) => skillStance(p, k).stance === 'named')) return answerSkills(env, p, named);
  const handler = ABOUT_ONE[intent];
  if (handler) return handler(env, p, text, ctx);
  // "Do they want reference letters?": that document, and the ones it asks for if not it.
  const document = intent === 'documents' ? askedDocument(text) : null;
  if (document) return answerDocument(env, p, document);
  // "How much is it per month?" of a yearly salary: converted, and said to be.
  if (intent === 'salary') return withPayPeriod(answerField(env, p, 'salary'), p, askedPayPeriod(text));
  // "did I miss it?", "am I too late?": yes is closed, no is still open.
  if (intent === 'status' && hasPhrase(classify(text).words, lateWords))
    return turnedYesNo(answerField(env, p, 'status'));
  return answerField(env, p, FIELD_INTENTS.has(intent) ? (intent as FieldIntent) : 'show');
}

/** The intents whose questions about no posting in particular answer for all of them. */
const ABOUT_ALL: Partial<Record<Intent, (env: AnswerEnv, text: string, c: Classified, facts: UserFacts) => Draft>> = {
  eligibility: (env, _text, _c, facts) => eligibilityOverAll(env, facts),
  status: (env, text, c) => setQuestion(env, text, c, { defaultStatus: 'all' }),
  topic: (env, text, c) => setQuestion(env, text, c, { defaultStatus: 'all' }),
};

/** Intents that, from someone who only speaks of themselves, ask what they could apply to. */
const OVER_ALL: ReadonlySet<Intent> = new Set<Intent>(['eligibility', 'list', 'search', 'show']);

export function answerQuestion(env: AnswerEnv, asked: string, ctx: AskContext): Draft {
  const text = correctTypos(env, asked);
  const c = classify(text);
  const own = factsFrom(text, env, undefined);
  const statedFacts = hasFacts(own);
  // "I'm Italian, which jobs need Python?": a list is asked of the words outside the sentences
  // about the asker ("Italian" is a nationality there, not a language skill the jobs ask for).
  const setText = statedFacts ? blankSelfClauses(c) : text;
  const setC = setText === text ? c : classify(setText);
  // "I'm in CMS and can be at CERN full time. Eligible for the PPD job?": a cue inside what the
  // asker says of themselves ("full time") asks nothing when the question's own words ask.
  const intent = setC.intent && !isWeakIntent(setC.intent) ? setC.intent : c.intent;
  const skills = skillsIn(setText, setC);
  const countries = countriesIn(setText);

  if (intent === 'help' && contentWords(c).length === 0) return answerHelp(env);
  if (intent === 'smalltalk' && contentWords(c).length === 0) return smalltalk(env, text);

  const byId = idIn(env, text);
  const inFile = byId ? [] : fileIn(env, text);
  if (inFile.length > 1) return answerFile(env, inFile[0]?.source.file ?? '', inFile);
  const byName = byId ?? inFile[0];
  const span = spanIn(text, env.today);
  // "anything before the 29th?", "quoi avant le 15 ?": a span to a day (before, by, until) asks
  // what closes by then when nothing else is asked; its "prima" ("before") compares nothing.
  const until = span !== null && isUntilWord(splitWords(text.slice(span.at))[0]?.norm ?? '');
  // "Which closes first, the CMS or the CTA one?": several postings named, one fact compared.
  const compared = byName || until ? null : answerComparison(env, c);
  if (compared) return compared;
  // "what's new?", "quoi de neuf ?": the postings posted lately, newest first.
  // The rest of the question narrows them as it narrows a list ("what's new in computing").
  if (!byName && asksNewest(text)) {
    const rest = withoutNewest(setText);
    const rc = classify(rest);
    if (contentWords(rc).length === 0) return answerNewest(env);
    return setQuestion(env, rest, rc, { defaultStatus: 'current', skills, countries, newest: true });
  }

  // "what closes in the next two weeks?", "Python jobs with a deadline this month", "open in
  // March 2027": a time span with a deadline or status question; the span's words name no posting.
  const untilAsked = until && (intent === null || isWeakIntent(intent)) && (c.plural || restNamesNothing(text, span));
  // "any job that closes before christmas and pays in euros": a set with a closing cue and a span,
  // whatever else it asks.
  const closingCue = (c.scores.deadline ?? 0) > 0 || (c.scores.upcoming ?? 0) > 0;
  const aboutDeadlines =
    intent === 'upcoming' ||
    untilAsked ||
    ((intent === 'deadline' || intent === 'status' || intent === 'list') && span !== null) ||
    (span !== null && c.plural && closingCue);
  if (aboutDeadlines && !byName) {
    const rest = span ? `${setText.slice(0, span.at)} ${setText.slice(span.end)}` : setText;
    const cr = span ? classify(rest) : setC;
    const terms = termsOf(contentWords(cr));
    // "open in March" asks what is open then; "closes in March", "deadlines in March" what closes then.
    const closing = !(intent === 'status' && hasPhrase(c.words, openWords));
    const plain =
      terms.length === 0 && skills.length === 0 && countries.length === 0 && organisationsIn(rest).length === 0;
    if (plain && closing) return answerUpcoming(env, span);
    const o: SetOptions = { defaultStatus: 'open', field: 'deadline', skills, countries };
    if (span) o.window = { window: span, closing };
    return setQuestion(env, rest, cr, o);
  }

  // "software people in switzerland?", "anything for devs": a field of work, and no other words
  // than a country's or a city's that could name a posting (a people word is no asker's account).
  const work = byName ? null : fieldOfWorkIn(text);
  if (work) {
    const wordsOfSet = new Set(
      [
        ...work.taken,
        ...countriesIn(text),
        ...countryWordsIn(text),
        ...placesIn(text),
        ...placePrepositionWords,
      ].flatMap((x) => termsOf(splitWords(x))),
    );
    if (termsOf(namingWords(c, false)).every((t) => wordsOfSet.has(t)))
      return setQuestion(env, text, c, {
        defaultStatus: 'all',
        skills: skillsIn(text, c),
        countries: countriesIn(text),
      });
  }

  const facts = factsFrom(text, env, ctx.profile, ctx.topic?.facts);

  // Which posting the question names: words outside the asker's sentences about themselves.
  const aboutSelf = intent === 'eligibility' || statedFacts;
  // "a PhD in CS and I'm Dutch, Kubernetes job?": the field of the asker's degree names no posting.
  const fieldWords = new Set(
    [...Object.values(own.degreeFields ?? {}), own.studyField ?? ''].flatMap((f) => splitWords(f).map((w) => w.norm)),
  );
  const naming = namingWords(c, aboutSelf).filter((w) => !aboutSelf || !fieldWords.has(w.norm));
  const terms = termsOf(naming, aboutSelf);

  // "I'm Italian with a master's. Anything for me?": all the asker says is about themselves.
  if (!byName && !ctx.topic && setText !== text && terms.length === 0 && (intent === null || OVER_ALL.has(intent)))
    return eligibilityOverAll(env, facts);

  // "c'è bisogno del francese?" in a conversation asks the language of its posting, not of all.
  const languageOfTopic = !byName && ctx.topic !== undefined && terms.length === 0 && languagesAsked(setText) !== null;
  // "and the other one?" after a reply about several asks of one of them, not of a set.
  const otherOfTopic = (ctx.topic?.others?.length ?? 0) > 0 && c.words.some((w) => otherWords.has(w.norm));
  const setLike =
    !byName &&
    !languageOfTopic &&
    !otherOfTopic &&
    (c.plural || intent === 'list' || (intent === 'search' && terms.length === 0)) &&
    !(intent === 'eligibility' && !c.plural);
  if (setLike) {
    // "am I eligible for the UCM postdoctoral positions?", "where do I send my application for
    // the ITP-CAS research faculty positions?": one call for several posts names one posting.
    const one = terms.length > 0 && intent !== 'list' ? resolveNamed(env, naming, terms, aboutSelf) : null;
    const call = one?.kind === 'one' && (intent === 'eligibility' || callForSeveral(one.match.posting.title));
    if (!call) {
      if (intent === 'eligibility') return eligibilityOverAll(env, facts);
      return setQuestion(env, setText, setC, { defaultStatus: 'all', skills, countries });
    }
  }

  // "is there anything in Germany?": the only words that could name a posting name a country.
  if (!byName && countries.length > 0 && terms.length > 0 && !aboutSelf) {
    // The country as its name and as the question wrote it ("uk", "suiza").
    const countryTerms = new Set([...countries, ...countryWordsIn(setText)].flatMap((x) => termsOf(splitWords(x))));
    if (terms.every((t) => countryTerms.has(t)))
      return setQuestion(env, setText, setC, { defaultStatus: 'all', skills, countries });
  }
  // "cosa c'è a Ginevra?", "what's near Hamburg": the only words that could name a posting name a city.
  const asksNothing = intent === null || isWeakIntent(intent);
  const places = byName || aboutSelf || !asksNothing || terms.length === 0 ? [] : placesIn(setText);
  if (places.length > 0) {
    const placeTerms = new Set([...places, ...placePrepositionWords].flatMap((x) => termsOf(splitWords(x))));
    if (terms.every((t) => placeTerms.has(t)))
      return setQuestion(env, setText, setC, { defaultStatus: 'all', skills, countries });
  }

  // "and the other one?", "und die andere?": the next posting of the last reply about several.
  const other = otherOfTopic || c.words.some((w) => otherWords.has(w.norm)) ? ctx.topic : undefined;
  let resolution: Resolution | null = null;
  let posting: Posting | undefined = byName;
  if (!posting && terms.length > 0) {
    resolution = resolveNamed(env, naming, terms, aboutSelf);
    if (resolution.kind === 'one') posting = resolution.match.posting;
    else if (resolution.kind === 'tie') {
      posting = tieBrokenByTopic(resolution.matches, ctx.topic, other !== undefined);
      if (!posting)
        return withTopic(answerTie(env, said(naming), resolution.matches), {
          postingId: '',
          intent: intent ?? 'show',
          others: resolution.matches.slice(0, 10).map((m) => m.posting.id),
        });
    }
  }
  if (!posting && other?.others?.length) {
    const id = other.others.find((x) => x !== other.postingId);
    posting = env.index.postings().find((p) => p.id === id);
  }
  // One of the last reply's others chosen ("the grid one", "the other one"): the rest stay next.
  const chosen = posting?.id;
  const others =
    chosen && ctx.topic?.others?.includes(chosen)
      ? [ctx.topic.postingId, ...ctx.topic.others.filter((x) => x !== chosen)].filter((x) => x !== '')
      : undefined;
  const named = posting !== undefined;
  if (!posting && ctx.topic) posting = topicPosting(env, ctx.topic);

  if (!posting) {
    // Nothing named and no conversation to continue.
    if ((skills.length > 0 || countries.length > 0) && terms.length === 0)
      return setQuestion(env, setText, setC, { defaultStatus: 'all', skills, countries });
    if (terms.length > 0) {
      if (intent === null || intent === 'search' || intent === 'show') {
        const ranked = env.index.rank(terms, true, SEARCH_SHOWN).filter((m) => m.coverage >= 0.5);
        if (ranked.length > 0) return answerSearch(env, said(naming), ranked);
      }
      return answerNoMatch(env, said(naming), terms);
    }
    const all = intent ? ABOUT_ALL[intent] : undefined;
    if (all) return all(env, text, c, facts);
    if (intent && FIELD_INTENTS.has(intent) && intent !== 'show')
      return setQuestion(env, setText, setC, {
        defaultStatus: 'all',
        field: intent as FieldIntent,
        skills,
        countries,
        statingField: true,
      });
    // "I only have a bachelor's, what is there for me?": facts about the asker and no posting.
    if (setText !== text) return eligibilityOverAll(env, facts);
    return notUnderstood(env);
  }

  let effective: Intent | null = intent;
  // "I can be at CERN full time" while checking eligibility: the cue ("full time") is part of what
  // the asker says about themselves, not a new question.
  if (statedFacts && ctx.topic?.intent === 'eligibility' && effective !== 'eligibility' && cuesAllAboutSelf(c))
    effective = 'eligibility';
  // "I'm Indian, no green card. The X job?": a "show" cue ("card") inside the asker's account asks nothing.
  if (effective === 'show' && statedFacts && cuesAllAboutSelf(c)) effective = null;
  // "…, kubernetes job ok?": a bare "ok" after the asker's account is no small talk.
  if (effective === 'smalltalk' && statedFacts) effective = null;
  // "I live in the UK and have a work visa, SKAO job?": the cues ("visa") are in the account, the
  // question is the posting's bare name.
  if (named && effective !== 'eligibility' && statedFacts && endsWithBareName(c))
    if (hasFacts(ownAccount(factsFrom(withoutPostingName(text, posting), env, undefined)))) effective = 'eligibility';
  if (effective === null || effective === 'help' || effective === 'list' || effective === 'search') {
    // "I'm Greek, 24, bachelor's 2023. XRootD job?": sentences about the asker, then a posting asked about.
    // "got my PhD in 2019, Spanish. INFN postdoc?", "the DUNE job, American, BSc": facts beside the
    // posting's name (its own words, such as "ATLAS postdoc", are no facts of the asker).
    const asksAboutSelf =
      statedFacts &&
      ((setText !== text && text.includes('?')) ||
        (named && hasFacts(ownAccount(factsFrom(withoutPostingName(text, posting), env, undefined)))));
    if (statedFacts && (ctx.topic?.intent === 'eligibility' || !named || asksAboutSelf)) effective = 'eligibility';
    else if (named && ctx.topic) effective = topicIntent(ctx.topic);
    else if (named) effective = 'show';
    else if (statedFacts) effective = 'eligibility';
    else if (languageOfTopic) effective = 'skills';
    else return notUnderstood(env);
  }
  const answered = answerAbout(env, posting, effective, text, ctx);
  return others ? withTopic(answered, { ...(answered.topic ?? topicOf(posting, effective)), others }) : answered;
}

/** The message ends in a question of its own clause that holds no cue: "…, SKAO job?". */
function endsWithBareName(c: Classified): boolean {
  if (!/\?\s*$/.test(c.text)) return false;
  let start = 0;
  for (let i = c.words.length - 1; i > 0 && start === 0; i--) {
    const w = c.words[i] as Word;
    const prev = c.words[i - 1] as Word;
    if (/[,.;:!?]|\s[-\u2013\u2014]\s/.test(c.text.slice(prev.at + prev.raw.length, w.at))) start = i;
  }
  return start > 0 && c.words.slice(start).every((_, k) => !c.cue[start + k]);
}

/**
 * The facts only an asker states of themselves (nationality, degrees, age, residence, the right
 * to work, years with a skill), not those a posting's own words also give: a "faculty position"
 * read as an earlier contract, "ATLAS" as an affiliation, "18 months" as experience.
 */
function ownAccount(f: UserFacts): UserFacts {
  const own: UserFacts = {
    ...emptyFacts(),
    nationalities: f.nationalities,
    degrees: f.degrees,
    rightToWork: f.rightToWork,
  };
  for (const k of [
    'notNationalOf',
    'degreesNotHeld',
    'studying',
    'age',
    'birthYear',
    'residence',
    'skillYears',
  ] as const)
    if (f[k] !== undefined) Object.assign(own, { [k]: f[k] });
  return own;
}

function withTopic(d: Draft, topic: Topic): Draft {
  return { ...d, topic };
}

/**
 * Postings named alike, told apart by the conversation: the posting it is about, else the one of
 * the last reply's others ("the rust one" after a choice between Belle II jobs); with "other",
 * any posting but the one it is about.
 */
function tieBrokenByTopic(
  matches: { posting: Posting }[],
  topic: Topic | undefined,
  other: boolean,
): Posting | undefined {
  if (!topic) return undefined;
  if (other) {
    const rest = matches.filter((m) => m.posting.id !== topic.postingId);
    const inReply = rest.filter((m) => topic.others?.includes(m.posting.id));
    return (inReply.length === 1 ? inReply[0] : rest.length === 1 ? rest[0] : undefined)?.posting;
  }
  const same = matches.find((m) => m.posting.id === topic.postingId);
  if (same) return same.posting;
  const inReply = matches.filter((m) => topic.others?.includes(m.posting.id));
  return inReply.length === 1 ? inReply[0]?.posting : undefined;
}

/** A status answer for a question asked the other way round: "No, … is closed" becomes "Yes, you missed it: … is closed". */
function turnedYesNo(d: Draft): Draft {
  const [first, ...rest] = d.blocks;
  if (first?.kind !== 'paragraph') return d;
  const text = first.text.replace(/^(Yes|No), /, (_, yes: string) =>
    yes === 'Yes' ? 'No, you are in time: ' : 'Yes, you missed it: ',
  );
  return { ...d, blocks: [{ ...first, text }, ...rest] };
}

/** The question without its time span has no word that could name a posting ("what closes before the 5th"). */
function restNamesNothing(text: string, span: { at: number; end: number }): boolean {
  return termsOf(contentWords(classify(`${text.slice(0, span.at)} ${text.slice(span.end)}`))).length === 0;
}

/** A title offering several posts at once ("Research faculty positions available", "20 PhD positions"). */
function callForSeveral(title: string): boolean {
  return splitWords(title).some((w) => isPluralNoun(w.norm));
}

function topicPosting(env: AnswerEnv, topic: Topic): Posting | undefined {
  return env.index.postings().find((p) => p.id === topic.postingId);
}

export function postingOfTopic(env: AnswerEnv, topic: Topic | undefined): Posting | undefined {
  return topic ? topicPosting(env, topic) : undefined;
}

function topicIntent(topic: Topic): Intent {
  const i = topic.intent as Intent;
  return i === 'eligibility' || FIELD_INTENTS.has(i) ? i : 'show';
}

const THANKS = /\b(thank|thanks|thx|cheers|great|nice|ok|okay|merci|danke|grazie|gracias)\b/i;

function smalltalk(env: AnswerEnv, text: string): Draft {
  const n = env.index.postings().length;
  const hello = THANKS.test(text) ? "You're welcome!" : 'Hello!';
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

export function notUnderstood(env: AnswerEnv): Draft {
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
function eligibilityOverAll(env: AnswerEnv, facts: UserFacts): Draft {
  const all = env.index.postings();
  if (all.length === 0) return draft([{ kind: 'paragraph', text: 'There are no postings to check.' }]);
  const judged = all.slice(0, 200).map((p) => ({ p, r: judgeEligibility(p, facts, env.now) }));
  const rank = { eligible: 0, unknown: 1, not_eligible: 2 } as const;
  judged.sort((a, b) => rank[a.r.verdict] - rank[b.r.verdict]);
  const blocks: Block[] = [
    {
      kind: 'list',
      title: 'Your eligibility for each posting, from what you told me:',
      items: judged.map(({ p, r }) => ({ posting: refOf(env, p), text: p.title, detail: verdictDetail(r) })),
    },
    { kind: 'paragraph', text: "For one posting, criterion by criterion, say 'eligible <posting>'." },
  ];
  return draft(
    blocks,
    judged.map(({ p }) => refOf(env, p)),
    { suggestions: judged.slice(0, 2).map(({ p }) => `eligible ${shortName(env, p)}`) },
  );
}
