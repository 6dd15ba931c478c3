// The process logger (pino), JSON lines on stderr so stdout stays free for the console chat.
// Tokens, secrets and authorization headers are redacted wherever they appear in a log object,
// so logging a config or a request by mistake does not leak a credential.
import type { Writable } from 'node:stream';
import { type DestinationStream, type Logger, pino } from 'pino';

const SECRET_KEYS = [
  'token',
  'botToken',
  'appToken',
  'commandToken',
  'signingSecret',
  'secret',
  'password',
  'authorization',
  'cookie',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'MATTERMOST_TOKEN',
  'MATTERMOST_COMMAND_TOKEN',
];

/** Each secret key at the top level and up to three objects deep (`config.slack.botToken`). */
export const REDACT_PATHS: string[] = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`, `*.*.*.${k}`]);

export const REDACTED = '[redacted]';

export interface LoggerOptions {
  level?: string;
  /** Where the JSON lines go: a stream (tests) or a file descriptor; stderr by default. */
  destination?: Writable | DestinationStream | number;
  /**
   * A log file (its folder is created): every line at `level` goes there, and only warnings and
   * errors to `destination`, so a console chat is not interleaved with JSON.
   */
  file?: string;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const dest = options.destination ?? 2;
  const main = typeof dest === 'number' ? pino.destination({ dest, sync: true }) : dest;
  const stream = options.file
    ? pino.multistream([
        { level: 'trace', stream: pino.destination({ dest: options.file, mkdir: true, sync: true }) },
        { level: 'warn', stream: main as DestinationStream },
      ])
    : main;
  return pino(
    {
      level: options.level ?? 'info',
      base: { name: 'positions' },
      redact: { paths: REDACT_PATHS, censor: REDACTED },
    },
    stream as DestinationStream,
  );
}

/** A logger that drops everything (tests that do not look at logs). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
