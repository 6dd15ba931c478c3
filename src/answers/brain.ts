// The brain: text in, a platform-free Reply out. The first word may be a command (./commands.ts:
// help, list, show, search, deadlines, skills, contact, eligible, share); anything else is a
// question in the asker's words (./answer-question.ts), routed by intent (./intents.ts). Pure
// apart from the clock, which comes in the context; `answer` never throws.
import type { Posting } from '../corpus/posting.ts';
import { renderPlain } from '../render/plain-text.ts';
import { localDate } from '../time/calendar.ts';
import { answerHelp } from './answer-help.ts';
import { commandWord, runCommand } from './commands.ts';
import { type AnswerEnv, type AskContext, type Draft, draft } from './context.ts';
import { type PersonalRequest, readPersonalRequest } from './personal-request.ts';
import type { Reply } from './reply.ts';
import { PostingIndex } from './search-index.ts';

export type { AskContext } from './context.ts';
export type { PersonalRequest } from './personal-request.ts';

export interface Brain {
  answer(text: string, ctx: AskContext): Reply;
  /** A changed or new file's postings replace the ones it had; [] removes them. */
  replaceFile(file: string, postings: Posting[]): void;
  postings(): Posting[];
  /**
   * The command a first word stands for, typos corrected ("subscirbe" -> "subscribe"), among
   * the brain's commands and the bot's own (subscribe, profile...); else the word as it is.
   */
  commandWord(word: string): string;
  /** The message as a request about the asker's own reminders, or null (./personal-request.ts). */
  personal(text: string, ctx: AskContext): PersonalRequest | null;
}

export interface BrainOptions {
  timeZone: string;
}

/** Longer messages are not read: a question fits in far less. */
export const MAX_INPUT = 2000;

export function createBrain(postings: Posting[], options: BrainOptions): Brain {
  const index = new PostingIndex(postings);
  const timeZone = options.timeZone;
  const envAt = (now: Date): AnswerEnv => ({ index, now, timeZone, today: localDate(now, timeZone) });
  return {
    answer(text: string, ctx: AskContext): Reply {
      try {
        const now = ctx?.now instanceof Date && !Number.isNaN(ctx.now.getTime()) ? ctx.now : new Date();
        const context = ctx ?? { now, userId: '' };
        const d = route(envAt(now), typeof text === 'string' ? text : '', context);
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
    commandWord(word: string): string {
      return commandWord(envAt(new Date()), word);
    },
    personal(text: string, ctx: AskContext): PersonalRequest | null {
      return text.length > MAX_INPUT ? null : readPersonalRequest(envAt(ctx.now), text, ctx);
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
    .replace(/^\s*positions(?=\s*$|\s+(?:help|list|show|search|deadlines|skills|contact|eligible|share)\b)/i, '')
    .trim();
  if (text === '') return answerHelp(env);
  return runCommand(env, text, ctx);
}
