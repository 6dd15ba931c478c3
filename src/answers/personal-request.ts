// What a message asks of the asker's own reminders, read before it is taken as a question:
// commands (`remind <posting> [14,7,1]`, `reminders`, `forget reminders`, `applied <posting>`,
// `snooze <posting> 3d`, `stop <posting>`, `subscribe me to <words>`) and the same in free form
// ("remind me about the XRootD job", "subscribe me to CMS postings", "stop reminding me"), by
// the personal intents of data/intents.json. The postings are named as in any question (an id,
// a file, words, or the posting the conversation is about). Pure: the bot acts on the store.
import type { Posting } from '../corpus/posting.ts';
import { answerFile, answerNoMatch } from './answer-sets.ts';
import { type AnswerEnv, type AskContext, type Draft, draft, refOf, shortName } from './context.ts';
import { type Classified, classify, type Intent, isPostingNoun } from './intents.ts';
import { fileIn, idIn, termsOf } from './question-words.ts';
import { clip, indexTerm } from './text.ts';

export type PersonalRequest =
  | { kind: 'remind'; posting: Posting; offsets: number[] | null }
  | { kind: 'follow'; filter: string | null; offsets: number[] | null }
  | { kind: 'list' }
  | { kind: 'forget' }
  | { kind: 'applied'; posting: Posting }
  | { kind: 'snooze'; posting: Posting; days: number }
  | { kind: 'stop'; posting: Posting }
  /** Nothing to change: a usage line, a tie between postings, no match; said as it is. */
  | { kind: 'answer'; draft: Draft };

/** The command words this module reads (the bot also routes `subscribe me ...` here). */
export const PERSONAL_COMMANDS = ['remind', 'reminders', 'applied', 'snooze', 'stop', 'forget'] as const;

const PERSONAL_INTENTS: ReadonlySet<Intent> = new Set([
  'remind',
  'follow',
  'my-reminders',
  'forget-reminders',
  'applied',
]);

export const MAX_OFFSET = 365;
export const MAX_SNOOZE_DAYS = 60;
const MAX_FILTER = 200;
/** "14,7,1", "14, 7 and 1", "3 days before": reminder days written in the message. */
// Not inside a posting id or file name ("...-monitoring-25fc", "003_f49.txt"), nor a year.
const OFFSETS =
  /(?<![\p{L}\p{N}_./-])(\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*)(?:\s*(?:d|days?))?(?![\p{L}\p{N}_./-])(?:\s+before\b)?/giu;
const SNOOZE = /(?<![p{L}p{N}_./-])(\d{1,3})\s*(d|days?|w|weeks?)?\s*$/i;
const ALL = /^(?:all|everything|all (?:my )?reminders)$/i;
const REMINDERS_WORD = /^(?:(?:all|my|the)\s+)*(?:personal\s+)?reminders?$/i;

/** The message as a personal request, or null when it is none (a question, another command). */
export function readPersonalRequest(env: AnswerEnv, text: string, ctx: AskContext): PersonalRequest | null {
  const m = /^(\S+)\s*([\s\S]*)$/.exec(text.trim());
  const head = (m?.[1] ?? '').toLowerCase().replace(/[:,!?.]+$/, '');
  const args = (m?.[2] ?? '').trim();
  const c = classify(text);
  // "remind me when it closes" asks a question; "stop reminding me" is about all reminders.
  const asks = c.intent !== null && !PERSONAL_INTENTS.has(c.intent);
  switch (head) {
    case 'remind':
      return asks ? null : remindOrFollow(env, args, classify(args), ctx);
    case 'reminders':
      return { kind: 'list' };
    case 'forget':
      return REMINDERS_WORD.test(args)
        ? { kind: 'forget' }
        : usage("'forget reminders' deletes your personal reminders; 'profile forget' deletes your profile.", [
            'forget reminders',
          ]);
    case 'applied':
      // "Applied physics jobs?" is a question: the command names its posting exactly (an id or
      // a file, as its buttons do) or not at all (the conversation's posting).
      if (args !== '' && !idIn(env, args) && fileIn(env, args).length === 0) return null;
      return withPosting(env, args, ctx, 'applied <posting>', APPLIED, (posting) => ({ kind: 'applied', posting }));
    case 'stop':
      if (ALL.test(args)) return { kind: 'forget' };
      if (c.intent === 'forget-reminders') break;
      return withPosting(env, args, ctx, 'stop <posting>', STOP, (posting) => ({ kind: 'stop', posting }));
    case 'snooze':
      return snooze(env, args, ctx);
    case 'subscribe':
      return follow(args.replace(/^me\b\s*/i, ''), classify(args));
  }
  if (!c.intent || !PERSONAL_INTENTS.has(c.intent)) return null;
  switch (c.intent) {
    case 'my-reminders':
      return { kind: 'list' };
    case 'forget-reminders': {
      // "stop reminding me about the XRootD job": that posting; "stop reminding me": all of them.
      const named = namedPosting(env, text, c, undefined, STOP);
      return named ? stopOrAnswer(named) : { kind: 'forget' };
    }
    case 'applied':
      return withPosting(env, text, ctx, 'applied <posting>', APPLIED, (posting) => ({ kind: 'applied', posting }), c);
    case 'follow':
      return follow(text, c);
    default:
      return remindOrFollow(env, text, c, ctx);
  }
}

function stopOrAnswer(named: Posting | Draft): PersonalRequest {
  return 'id' in named ? { kind: 'stop', posting: named } : { kind: 'answer', draft: named };
}

function usage(text: string, suggestions: string[]): PersonalRequest {
  return { kind: 'answer', draft: draft([{ kind: 'paragraph', text }], [], { suggestions }) };
}

/** Reminder days in the text, and the text without them; `error` for days out of range. */
function offsetsIn(text: string): { offsets: number[] | null; rest: string; error?: string } {
  let offsets: number[] | null = null;
  const rest = text.replace(OFFSETS, (all, list: string) => {
    if (offsets) return all;
    offsets = list.split(/\s*(?:,|and|&)\s*/i).map(Number);
    return ' ';
  });
  const found = offsets as number[] | null;
  if (found?.some((n) => !Number.isInteger(n) || n < 0 || n > MAX_OFFSET))
    return {
      offsets: null,
      rest,
      error: `Reminder days are whole numbers from 0 to ${MAX_OFFSET}, like: remind <posting> 14,7,1`,
    };
  return { offsets: found ? [...new Set(found)].sort((a, b) => b - a) : null, rest };
}

function remindOrFollow(env: AnswerEnv, text: string, c: Classified, ctx: AskContext): PersonalRequest {
  const { offsets, rest, error } = offsetsIn(text);
  if (error) return usage(error, ['remind <posting> 14,7,1']);
  const rc = rest === text ? c : classify(rest);
  // "remind me about the CMS postings": a kind of posting, followed as a personal filter.
  if (rc.plural && !idIn(env, rest)) return follow(rest, rc, offsets);
  const named = namedPosting(env, rest, rc, ctx);
  if (!named)
    return usage(
      "Which posting? Say 'remind <posting>' (optionally with the days before its deadline, like 'remind <posting> 14,7,1'), or 'subscribe me to <words>' for every posting that matches them.",
      ['reminders'],
    );
  if (!('id' in named)) return { kind: 'answer', draft: named };
  return { kind: 'remind', posting: named, offsets };
}

/** A personal filter from the words that are no cue, stop word, posting noun or day count. */
function follow(text: string, c: Classified, given: number[] | null = null): PersonalRequest {
  const { offsets, rest, error } = given ? { offsets: given, rest: text } : offsetsIn(text);
  if (error) return usage(error, ['subscribe me to <words>']);
  const rc = rest === c.text ? c : classify(rest);
  const kept = rc.words.filter((w, i) => !rc.cue[i] && indexTerm(w.norm) !== null && !isPostingNoun(w.norm));
  const filter = kept
    .map((w) => w.raw)
    .join(' ')
    .slice(0, MAX_FILTER)
    .trim();
  return { kind: 'follow', filter: filter === '' ? null : filter, offsets };
}

function snooze(env: AnswerEnv, args: string, ctx: AskContext): PersonalRequest {
  const m = SNOOZE.exec(args);
  const weeks = m?.[2]?.toLowerCase().startsWith('w') ?? false;
  const days = m ? Number(m[1]) * (weeks ? 7 : 1) : 1;
  if (days < 1 || days > MAX_SNOOZE_DAYS)
    return usage(`Snooze for 1 to ${MAX_SNOOZE_DAYS} days, like: snooze <posting> 3d`, []);
  const rest = m ? args.slice(0, m.index) : args;
  const verb: Verb = { label: `Snooze ${days} day${days === 1 ? '' : 's'}`, command: (id) => `snooze ${id} ${days}d` };
  return withPosting(env, rest, ctx, 'snooze <posting> 1d', verb, (posting) => ({ kind: 'snooze', posting, days }));
}

function withPosting(
  env: AnswerEnv,
  text: string,
  ctx: AskContext,
  syntax: string,
  verb: Verb,
  make: (p: Posting) => PersonalRequest,
  c: Classified = classify(text),
): PersonalRequest {
  const named = namedPosting(env, text, c, ctx, verb);
  if (!named) return usage(`Usage: ${syntax}. Name the posting by its id or a few of its words.`, ['reminders']);
  return 'id' in named ? make(named) : { kind: 'answer', draft: named };
}

/**
 * The one posting the text names (outside its cue words), the conversation's posting when it
 * names none (with `ctx`), a reply to choose among several, or null when nothing is named.
 */
function namedPosting(
  env: AnswerEnv,
  text: string,
  c: Classified,
  ctx: AskContext | undefined,
  verb: Verb = REMIND,
): Posting | Draft | null {
  const byId = idIn(env, text);
  if (byId) return byId;
  const inFile = fileIn(env, text);
  if (inFile.length > 1) return answerFile(env, inFile[0]?.source.file ?? '', inFile);
  if (inFile[0]) return inFile[0];
  const naming = c.words.filter((w, i) => !c.cue[i] && !isPostingNoun(w.norm));
  const terms = termsOf(naming);
  if (terms.length > 0) {
    const r = env.index.resolve(terms);
    const said = naming
      .filter((w) => indexTerm(w.norm) !== null)
      .map((w) => w.raw)
      .join(' ');
    if (r.kind === 'one') return r.match.posting;
    if (r.kind === 'none') return answerNoMatch(env, said, terms);
    return chooseOne(
      env,
      clip(said, 80),
      r.matches.map((x) => x.posting),
      verb,
    );
  }
  if (ctx?.topic) return env.index.byExactId(ctx.topic.postingId) ?? null;
  return null;
}

/** What a choice between postings offers: a button label and the exact command per posting. */
interface Verb {
  label: string;
  command: (id: string) => string;
}
const REMIND: Verb = { label: 'Remind me', command: (id) => `remind ${id}` };
const APPLIED: Verb = { label: 'I applied', command: (id) => `applied ${id}` };
const STOP: Verb = { label: 'Stop', command: (id) => `stop ${id}` };

/** Several postings match: each with a button that names it exactly. */
function chooseOne(env: AnswerEnv, said: string, ps: Posting[], verb: Verb): Draft {
  const shown = ps.slice(0, 5);
  return draft(
    [
      {
        kind: 'list',
        title: `${ps.length} postings match '${said}' equally well; which one do you mean?`,
        items: shown.map((p) => ({ posting: refOf(env, p), text: p.title, detail: `say '${verb.command(p.id)}'` })),
      },
      {
        kind: 'actions',
        actions: shown.map((p) => ({
          label: `${verb.label}: ${clip(shortName(env, p), 50)}`,
          command: verb.command(p.id),
        })),
      },
    ],
    shown.map((p) => refOf(env, p)),
  );
}
