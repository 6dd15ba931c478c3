// `positions ask [--json] [--now DATE] [--corpus DIR] [--user ID] -- TEXT` (shared/eval/CONTRACT.md):
// answers TEXT as /positions would. Exit 0 for every answered question; 2 for a usage error,
// 1 for a corpus folder that cannot be read; one line on stderr, never a stack trace.
import { createBrain } from '../answers/brain.ts';
import type { Reply } from '../answers/reply.ts';
import { CorpusError, loadCorpus } from '../corpus/load-corpus.ts';
import type { Posting } from '../corpus/posting.ts';
import type { UserFacts } from '../eligibility/index.ts';
import type { CliIo } from './io.ts';

export const DEFAULT_TIME_ZONE = 'Europe/Zurich';
/** Who asks when --user is not given. */
export const LOCAL_USER = 'local';

export interface CommonArgs {
  json: boolean;
  now: Date;
  corpus: string;
  user: string;
  timeZone: string;
  /** Words after `--` (or bare words). */
  rest: string[];
}

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses the options shared by ask and reminders; throws UsageError with a one-line message. */
export function parseCommonArgs(args: string[], io: CliIo, allowUser: boolean): CommonArgs {
  let json = false;
  let nowText: string | undefined;
  let corpus: string | undefined;
  let user: string | undefined;
  const rest: string[] = [];
  const value = (i: number, name: string): string => {
    const v = args[i];
    if (v === undefined || v === '--') throw new UsageError(`${name} needs a value`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const name = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    if (name === '--json' && inline === undefined) json = true;
    else if (name === '--now') nowText = inline ?? value(++i, '--now');
    else if (name === '--corpus') corpus = inline ?? value(++i, '--corpus');
    else if (name === '--user' && allowUser) user = inline ?? value(++i, '--user');
    else if (a.startsWith('-') && a.length > 1) throw new UsageError(`unknown option '${a}'`);
    else rest.push(a);
  }
  const timeZone = io.env.TZ_REMINDERS || DEFAULT_TIME_ZONE;
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
  } catch {
    throw new UsageError(`TZ_REMINDERS '${timeZone}' is not a time zone (e.g. Europe/Zurich)`);
  }
  return {
    json,
    now: nowText === undefined ? new Date() : parseNow(nowText),
    corpus: corpus || io.env.POSITIONS_CORPUS || 'seeds',
    user: user || LOCAL_USER,
    timeZone,
    rest,
  };
}

/** An ISO date (that calendar day, at noon UTC so it is the same day in Europe) or date-time. */
export function parseNow(s: string): Date {
  const t = s.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const d = new Date(`${t}T12:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === t) return d;
  } else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(t)) {
    const d = new Date(t);
    if (!Number.isNaN(d.getTime())) return d;
  }
  throw new UsageError(`--now '${s}' is not an ISO date or date-time (e.g. 2026-11-22 or 2026-11-22T09:00:00Z)`);
}

export async function loadPostings(dir: string): Promise<Posting[]> {
  return (await loadCorpus(dir)).postings;
}

export interface AskRunnerOptions {
  /** The stored profile of `--user`, when a store is available (the bot process adds one). */
  profileFor?: (userId: string) => UserFacts | undefined | Promise<UserFacts | undefined>;
}

/** The reply as the contract's JSON: text, postings, eligibility (only for eligibility questions). */
export function replyJson(reply: Reply): Record<string, unknown> {
  const out: Record<string, unknown> = { text: reply.text, postings: reply.postings };
  if (reply.eligibility) out.eligibility = reply.eligibility;
  out.suggestions = reply.suggestions;
  if (reply.topic) out.topic = reply.topic;
  return out;
}

export async function runAsk(args: string[], io: CliIo, options: AskRunnerOptions = {}): Promise<number> {
  let parsed: CommonArgs;
  try {
    parsed = parseCommonArgs(args, io, true);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(
        `positions ask: ${err.message} (usage: positions ask [--json] [--now DATE] [--corpus DIR] [--user ID] -- TEXT)\n`,
      );
      return 2;
    }
    throw err;
  }
  let postings: Posting[];
  try {
    postings = await loadPostings(parsed.corpus);
  } catch (err) {
    if (err instanceof CorpusError) {
      io.err(`positions ask: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  const profile = options.profileFor ? await options.profileFor(parsed.user) : undefined;
  const brain = createBrain(postings, { timeZone: parsed.timeZone });
  const reply = brain.answer(parsed.rest.join(' '), {
    now: parsed.now,
    userId: parsed.user,
    ...(profile ? { profile } : {}),
  });
  io.out(parsed.json ? `${JSON.stringify(replyJson(reply), null, 2)}\n` : `${reply.text}\n`);
  return 0;
}
