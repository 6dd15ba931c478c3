// Bolt, the Socket Mode client and the Web API client log through @slack/logger's interface;
// this sends their lines to our pino logger. At debug they log whole envelopes, message texts
// and answers (profile facts included), which our logger must never hold: the libraries stay
// at info at most, whatever LOG_LEVEL says.
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from 'pino';

function levelOf(log: Logger): LogLevel {
  switch (log.level) {
    case 'trace':
    case 'debug':
    case 'info':
      return LogLevel.INFO;
    case 'warn':
      return LogLevel.WARN;
    default:
      return LogLevel.ERROR;
  }
}

const line = (msg: unknown[]) => msg.map((m) => (typeof m === 'string' ? m : String(m))).join(' ');

/** A @slack/logger Logger writing to `log`; setLevel is ignored (the process sets the level). */
export function createBoltLogger(log: Logger): SlackLogger {
  let child = log.child({ lib: 'slack' });
  return {
    debug: () => {},
    info: (...msg) => child.info(line(msg)),
    warn: (...msg) => child.warn(line(msg)),
    error: (...msg) => child.error(line(msg)),
    setLevel: () => {},
    getLevel: () => levelOf(log),
    setName: (name) => {
      child = log.child({ lib: name });
    },
  };
}
