// `positions start [--now DATE]`: runs the bot until SIGINT/SIGTERM (or, in the console, the end
// of the input). Configuration comes from the environment and an optional `.env` file.
// --now starts the bot's clock at DATE, from where it runs on: for trying reminders and
// announcements at a chosen day, and for tests that spawn the process.
import { PlatformUnreachable } from '../adapters/unreachable-error.ts';
import { ConfigError } from '../config/load-config.ts';
import { CorpusError } from '../corpus/load-corpus.ts';
import { startBot } from '../main.ts';
import { parseNow, UsageError } from './ask.ts';
import type { CliIo } from './io.ts';

const USAGE = 'usage: positions start [--now DATE]';

export async function runStart(args: string[], io: CliIo): Promise<number> {
  let clock: (() => Date) | undefined;
  try {
    for (let i = 0; i < args.length; i++) {
      const a = args[i] as string;
      const nowText = a.startsWith('--now=') ? a.slice(6) : a === '--now' ? args[++i] : undefined;
      if (nowText === undefined) {
        if (a === '--now') throw new UsageError('--now needs a value');
        throw new UsageError(`unknown argument '${a}'`);
      }
      const offset = parseNow(nowText).getTime() - Date.now();
      clock = () => new Date(Date.now() + offset);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`positions start: ${err.message} (${USAGE})\n`);
      return 2;
    }
    throw err;
  }
  try {
    const bot = await startBot({
      env: io.env,
      stdin: io.stdin,
      stdout: io.stdout,
      handleSignals: true,
      ...(clock ? { clock } : {}),
    });
    await bot.done;
    return 0;
  } catch (err) {
    if (err instanceof ConfigError) {
      io.err(`positions start: ${err.message}\n`);
      return 2;
    }
    if (err instanceof CorpusError || err instanceof PlatformUnreachable) {
      io.err(`positions start: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
