import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';
import { createLogger, REDACTED } from '../../src/observability/logger.ts';

function capture(level = 'info') {
  const stream = new PassThrough();
  const lines: Record<string, unknown>[] = [];
  let raw = '';
  stream.on('data', (d: Buffer) => {
    raw += d.toString('utf8');
    for (const l of d.toString('utf8').split('\n')) if (l.trim()) lines.push(JSON.parse(l));
  });
  return { log: createLogger({ level, destination: stream }), lines, raw: () => raw };
}

describe('the logger', () => {
  it('redacts tokens, secrets and authorization headers wherever they are logged', () => {
    const { log, lines, raw } = capture();
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-secret-bot-token',
      SLACK_APP_TOKEN: 'xapp-secret-app-token',
      MATTERMOST_URL: 'http://mm.example',
      MATTERMOST_TOKEN: 'mm-secret-token',
      MATTERMOST_COMMAND_TOKEN: 'mm-secret-command',
    });
    log.info({ config }, 'configured');
    log.warn({ req: { headers: { authorization: 'Bearer secret-header', 'user-agent': 'curl' } } }, 'request');
    log.error({ env: { SLACK_SIGNING_SECRET: 'secret-signing' }, token: 'secret-top', password: 'secret-pw' }, 'oops');
    expect(raw()).not.toMatch(/secret/);
    expect(lines[0]).toMatchObject({
      msg: 'configured',
      config: {
        slack: { botToken: REDACTED, appToken: REDACTED },
        mattermost: { url: 'http://mm.example', token: REDACTED, commandToken: REDACTED },
      },
    });
    expect(lines[1]).toMatchObject({ req: { headers: { authorization: REDACTED, 'user-agent': 'curl' } } });
    expect(lines[2]).toMatchObject({ env: { SLACK_SIGNING_SECRET: REDACTED }, token: REDACTED, password: REDACTED });
  });

  it('writes nothing below its level', () => {
    const { log, lines } = capture('warn');
    log.info('hidden');
    log.warn('shown');
    expect(lines.map((l) => l.msg)).toEqual(['shown']);
  });
});
