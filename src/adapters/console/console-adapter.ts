// The console: chat with the bot in a terminal or through a pipe, like Hubot's shell. Lines come
// from an injected input (process.stdin by default), answers go to an injected output.
//   /positions <text>   a slash command (kind 'command'), answered as only you would see it
//   <text>              a direct message; after `/in <channel>`, a message in that channel that
//                       mentions the bot (as "@positions <text>" would)
//   /as <user>          speak as another user (profiles and rate limits are per user)
//   /in <channel>       speak in a channel (subscriptions live there); `/in` alone: back to DMs
//   /help, /quit
// It is a ChannelPoster too: reminders and announcements for console channels are printed as
// "[#channel] ...", personal reminders as "[direct message to alice] ...", with their buttons
// as lines of commands ("[Snooze 1 day] snooze <id> 1d") that the console accepts as typed. Lines are answered in order; at the end of the input the answers still
// being worked out are printed, then `ended` resolves.
import { createInterface, type Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Logger } from 'pino';
import type { Reply } from '../../answers/reply.ts';
import type { Adapter, Inbound, MessageHandler } from '../../bot/types.ts';
import { isPersonal, personalUser } from '../../reminders/personal.ts';
import { renderPlain } from '../../render/plain-text.ts';

export interface ConsoleAdapterOptions {
  handler: MessageHandler;
  log: Logger;
  input?: Readable;
  output?: Writable;
  /** Who speaks at first; `/as` changes it. */
  user?: string;
  /** Show a prompt: by default only when the input is a terminal. */
  prompt?: boolean;
  /** The line the chat opens with (computed at start, when the corpus is loaded). */
  welcome?: () => string;
}

export interface ConsoleAdapter extends Adapter {
  /** Resolves when the input ended (or `/quit`) and every answer to it was printed. */
  readonly ended: Promise<void>;
}

export const CONSOLE_HELP = `Console commands:
  /positions <text>   a slash command, e.g. /positions deadlines
  <text>              a direct message to the bot (in a channel: a message mentioning the bot)
  /as <user>          speak as another user
  /in <channel>       speak in a channel, e.g. /in jobs (then /positions subscribe); /in alone: back to direct messages
  /help               this help
  /quit               leave (so does the end of the input)
Say 'help' for what the bot answers.`;

const MAX_NAME = 64;

export function createConsoleAdapter(options: ConsoleAdapterOptions): ConsoleAdapter {
  const { handler, log } = options;
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const showPrompt = options.prompt ?? (input as Readable & { isTTY?: boolean }).isTTY === true;
  let user = cleanName(options.user ?? 'you') || 'you';
  let channel: string | null = null;
  let rl: Interface | null = null;
  let queue: Promise<void> = Promise.resolve();
  let closed = false;
  let resolveEnded: () => void = () => {};
  const ended = new Promise<void>((resolve) => {
    resolveEnded = resolve;
  });

  const write = (text: string): void => {
    if (!output.writable) return;
    output.write(text);
  };
  const where = (): string => (channel ? `#${channel}` : 'direct');
  const prompt = (): void => {
    if (showPrompt && !closed) write(`${user} (${where()})> `);
  };

  async function onLine(raw: string): Promise<void> {
    const line = raw.replace(/\r$/, '').trim();
    if (line === '') return;
    const m = /^\/(\S+)\s*([\s\S]*)$/.exec(line);
    const cmd = m?.[1]?.toLowerCase();
    const rest = (m?.[2] ?? '').trim();
    if (m && cmd !== 'positions') {
      switch (cmd) {
        case 'help':
          write(`${CONSOLE_HELP}\n`);
          return;
        case 'quit':
        case 'exit':
          rl?.close();
          return;
        case 'as': {
          const name = cleanName(rest);
          if (!name) {
            write(`Usage: /as <user>. You are ${user}.\n`);
            return;
          }
          user = name;
          write(`(you are now ${user})\n`);
          return;
        }
        case 'in': {
          const name = cleanName(rest.replace(/^#/, ''));
          channel = name || null;
          write(
            channel
              ? `(now in #${channel}: a line is a message mentioning the bot; /positions runs a command here)\n`
              : '(back to direct messages)\n',
          );
          return;
        }
        default:
          write(`Unknown console command /${cmd}. Type /help.\n`);
          return;
      }
    }
    const inbound: Inbound = {
      platform: 'console',
      userId: user,
      userName: user,
      channelId: channel ?? `dm-${user}`,
      isDirect: channel === null,
      kind: m ? 'command' : 'message',
      text: m ? rest : line,
    };
    const reply = await handler.handle(inbound);
    if (reply.silent) return;
    // In a terminal a blank line sets each answer apart from the next prompt.
    write(`${renderPlain(reply)}\n${showPrompt ? '\n' : ''}`);
  }

  function enqueue(line: string): void {
    queue = queue
      .then(() => onLine(line))
      .catch((err: unknown) => {
        log.error({ err: err instanceof Error ? err.message : String(err) }, 'console line not answered');
        write('Sorry, something went wrong on my side.\n');
      })
      .then(prompt);
  }

  return {
    platform: 'console',
    ended,

    async start() {
      rl = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
      rl.on('line', enqueue);
      rl.on('close', () => {
        closed = true;
        // Answers to lines already read are still printed before the console counts as ended.
        void queue.then(() => resolveEnded());
      });
      if (options.welcome) write(`${options.welcome()}\n`);
      prompt();
    },

    async stop() {
      if (rl && !closed) rl.close();
      closed = true;
      await queue;
      resolveEnded();
    },

    async postToChannel(channelId: string, reply: Reply): Promise<void> {
      const text = renderPlain(reply);
      const indented = text.replace(/\n/g, '\n  ');
      // A personal reminder ('@alice') is a direct message to that user; its buttons are lines
      // with the commands that do what they do, typed as they are.
      const to = isPersonal(channelId) ? `direct message to ${personalUser(channelId)}` : `#${channelId}`;
      write(`${showPrompt ? '\n' : ''}[${to}] ${indented}\n`);
      prompt();
    },
  };
}

function cleanName(s: string): string {
  return s
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_NAME);
}
