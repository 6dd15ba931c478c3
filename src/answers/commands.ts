// The command language: a first word from the table below runs its handler on the rest of the
// message ("deadlines 30 days", "show DQM", "eligible xrootd I'm Italian"). A mistyped command
// word is corrected when it is no word the bot or the postings know otherwise.
import type { Posting } from '../corpus/posting.ts';
import { answerHelp, BOT_USAGES, usageOf } from './answer-help.ts';
import type { FieldIntent } from './answer-posting.ts';
import { answerAbout, answerQuestion, postingOfTopic } from './answer-question.ts';
import { answerFile, answerNoMatch, answerSearch, answerTie, answerUpcoming, SEARCH_SHOWN } from './answer-sets.ts';
import { correctCommandWord } from './command-word.ts';
import type { AnswerEnv, AskContext, Draft } from './context.ts';
import { draft } from './context.ts';
import { classify, cueWords, factWords, hasPhrase, type Intent, openWords, selfWords } from './intents.ts';
import { PERSONAL_COMMANDS } from './personal-request.ts';
import { contentWords, fileIn, idIn, termsOf } from './question-words.ts';
import { resolveNamed } from './resolve-name.ts';
import { setQuestion } from './set-question.ts';
import { clip, indexTerm, words as splitWords, stopWords } from './text.ts';
import { spanIn } from './time-span.ts';

type Command = (env: AnswerEnv, args: string, text: string, ctx: AskContext) => Draft;

const COMMANDS: Record<string, Command> = {
  help: (env) => answerHelp(env),
  list: (env, args) => {
    const c = classify(args);
    // "list everything closing this weekend", "list open in March": a span narrows the list; it
    // names what closes then, or with "open" and no deadline cue what is open then.
    const span = spanIn(args, env.today);
    if (span) {
      const rest = `${args.slice(0, span.at)} ${args.slice(span.end)}`;
      const closing = !hasPhrase(c.words, openWords) || (c.scores.deadline ?? 0) > 0;
      return setQuestion(env, rest, classify(rest), { defaultStatus: 'all', window: { window: span, closing } });
    }
    // "list" and "list ((((" show the current postings; words ("list DQM") search them all.
    return setQuestion(env, args, c, {
      defaultStatus: contentWords(c).length === 0 ? 'current' : 'all',
      uncappedAll: true,
    });
  },
  deadlines: (env, args, _text, ctx) => {
    if (args === '') return answerUpcoming(env, null);
    // "deadlines 30", "deadlines in the next 30 days", "deadlines next month": a span and no
    // words that name postings; "deadlines CMS" filters the upcoming deadlines by its words.
    const bare = args
      .trim()
      .replace(
        /^(\d{1,4})\s*([dw]?)$/i,
        (_, n: string, u: string) => `${n} ${u.toLowerCase() === 'w' ? 'weeks' : 'days'}`,
      );
    const span = spanIn(bare, env.today);
    const rest = span ? `${bare.slice(0, span.at)} ${bare.slice(span.end)}` : bare;
    if (termsOf(contentWords(classify(rest))).length === 0) return answerUpcoming(env, span);
    return answerQuestion(env, `upcoming deadlines ${args}`, ctx);
  },
  search: (env, args) => {
    const terms = termsOf(splitWords(args));
    if (terms.length === 0) return usageOf(env, 'search');
    return answerSearch(env, args, env.index.rank(terms, true, SEARCH_SHOWN));
  },
  show: (env, args, text, ctx) => aboutOne(env, 'show', args, text, ctx),
  skills: (env, args, text, ctx) => aboutOne(env, 'skills', args, text, ctx),
  contact: (env, args, text, ctx) => aboutOne(env, 'contact', args, text, ctx),
  eligible: (env, args, text, ctx) => aboutOne(env, 'eligibility', args, text, ctx),
  // `share <command>` reaches the brain only where there is no channel to share in (the console,
  // the command line): the answer as it would be shared, saying so.
  share: (env, args, _text, ctx) => {
    const inner = runCommand(env, args, ctx);
    const note = {
      kind: 'paragraph' as const,
      text: 'There is no channel here to share in, so this is the answer as it would be shared:',
    };
    return { ...inner, blocks: [note, ...inner.blocks] };
  },
};

export const COMMAND_WORDS: readonly string[] = Object.keys(COMMANDS);
// A Map: a first word such as "__proto__" or "constructor" must find nothing.
const COMMAND_TABLE = new Map(Object.entries(COMMANDS));
/** The words the bot (src/bot) answers itself, from its usage lines: typos of them are corrected too. */
const BOT_WORDS = [...new Set(BOT_USAGES.map((u) => u.syntax.split(' ')[0] as string))];
const ALL_WORDS = [...COMMAND_WORDS, ...BOT_WORDS];

/**
 * The command word `word` stands for: itself, or the command it is a typo of. A word the bot
 * knows otherwise (a question word, a stop word, a word of any posting) is left as it is:
 * "contract", "last" and "lost" are not typos of "contact" and "list".
 */
export function commandWord(env: AnswerEnv, word: string): string {
  const w = word.toLowerCase();
  if (ALL_WORDS.includes(w) || cueWords.has(w) || stopWords.has(w) || factWords.has(w) || selfWords.has(w)) return word;
  const t = indexTerm(w);
  if (t && env.index.holdsTerm(t)) return word;
  return correctCommandWord(w, ALL_WORDS) ?? word;
}

/** The message as a command, or as a question when its first word is no command. */
export function runCommand(env: AnswerEnv, text: string, ctx: AskContext): Draft {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text);
  const said = (m?.[1] ?? '').toLowerCase().replace(/[:,!?.]+$/, '');
  const args = (m?.[2] ?? '').trim();
  const head = commandWord(env, said);
  const run = COMMAND_TABLE.get(head);
  if (run) return run(env, args, head === said ? text : `${head} ${args}`, ctx);
  // The sender's reminder commands are the bot's; a message that reaches the brain with one of
  // them as it is ("applied physics jobs") is a question.
  if (BOT_WORDS.includes(head) && !(head === said && (PERSONAL_COMMANDS as readonly string[]).includes(head)))
    return draft(
      [{ kind: 'paragraph', text: `Did you mean '${head}'? Say '${head} ${args}'.`.replace(" '.", "'.") }],
      [],
      {
        suggestions: [`${head}${args ? ` ${args}` : ''}`],
      },
    );
  return answerQuestion(env, text, ctx);
}

/** show / skills / contact / eligible: one posting named in the arguments, or several. */
function aboutOne(env: AnswerEnv, intent: Intent, args: string, text: string, ctx: AskContext): Draft {
  if (args === '' && !ctx.topic) return usageOf(env, intent === 'eligibility' ? 'eligible' : intent);
  const ca = classify(args);
  // "show me the deadlines", "show the open CMS jobs": a question in the arguments is answered.
  const asked = ca.intent;
  if (intent === 'show' && asked && asked !== 'show' && asked !== 'search' && asked !== 'list' && asked !== 'filler')
    return answerQuestion(env, args, ctx);
  // "show me the DQM positions", "skills of the CMS roles": several postings at once.
  if (ca.plural && intent !== 'eligibility') {
    const field = intent === 'show' ? undefined : (intent as FieldIntent);
    return setQuestion(env, args, ca, { defaultStatus: 'all', ...(field ? { field } : {}) });
  }
  // "eligible xrootd I'm Italian": the posting is named before the asker talks about themselves.
  const ws = splitWords(args);
  const selfAt = intent === 'eligibility' ? ws.findIndex((w) => selfWords.has(w.norm)) : -1;
  const naming = selfAt >= 0 ? ws.slice(0, selfAt) : ws;
  const nameText = selfAt >= 0 ? args.slice(0, ws[selfAt]?.at ?? args.length) : args;
  const terms = termsOf(naming, intent === 'eligibility');
  let posting: Posting | undefined = idIn(env, nameText);
  if (!posting) {
    const inFile = fileIn(env, nameText);
    if (inFile.length > 1) return answerFile(env, inFile[0]?.source.file ?? '', inFile);
    posting = inFile[0];
  }
  if (!posting && terms.length > 0) {
    const r = resolveNamed(env, naming, terms, intent === 'eligibility');
    const said =
      naming
        .filter((w) => indexTerm(w.norm) !== null)
        .map((w) => w.raw)
        .join(' ') || nameText.trim();
    if (r.kind === 'tie') return answerTie(env, clip(said, 80), r.matches);
    if (r.kind === 'none') return answerNoMatch(env, said, terms);
    posting = r.match.posting;
  }
  posting ??= postingOfTopic(env, ctx.topic);
  if (!posting) return usageOf(env, intent === 'eligibility' ? 'eligible' : intent);
  return answerAbout(env, posting, intent, text, ctx);
}
