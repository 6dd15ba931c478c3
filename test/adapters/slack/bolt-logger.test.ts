import { PassThrough } from 'node:stream';
import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/adapters/slack/bolt-logger.ts';
import { createLogger } from '../../../src/observability/logger.ts';

describe("the Slack libraries' logger", () => {
  it('keeps the libraries at info even at LOG_LEVEL=debug: their debug lines hold message texts', () => {
    const stream = new PassThrough();
    let raw = '';
    stream.on('data', (d: Buffer) => {
      raw += d.toString('utf8');
    });
    const slackLog = createBoltLogger(createLogger({ level: 'debug', destination: stream }));
    expect(slackLog.getLevel()).toBe(LogLevel.INFO);
    slackLog.debug('Received a message on the WebSocket: {"text":"I am Italian with a PhD"}');
    slackLog.info('Now connected to Slack');
    slackLog.warn('a warning');
    expect(raw).not.toContain('Italian');
    expect(raw).toContain('Now connected to Slack');
    expect(raw).toContain('"lib":"slack"');
  });

  it('follows a stricter level', () => {
    expect(createBoltLogger(createLogger({ level: 'warn', destination: new PassThrough() })).getLevel()).toBe(
      LogLevel.WARN,
    );
  });
});
