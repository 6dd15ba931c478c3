import { describe, expect, it } from 'vitest';
import { loadConfig, publicUrlOf } from '../../src/config/load-config.ts';

describe('loadConfig', () => {
  it('defaults to the console: no platform without credentials', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.timeZone).toBe('Europe/Zurich');
    expect(c.reminderOffsets).toEqual([14, 7, 1]);
    expect(c.slack).toBeUndefined();
    expect(c.mattermost).toBeUndefined();
  });

  it('names the variable of a wrong value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/^PORT: /);
    expect(() => loadConfig({ TZ_REMINDERS: 'Mars/Olympus' })).toThrow(/^TZ_REMINDERS: /);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/^SLACK_SIGNING_SECRET: /);
    expect(() => loadConfig({ MATTERMOST_TOKEN: 't' })).toThrow(/^MATTERMOST_URL: /);
  });

  it('takes PUBLIC_URL (default http://localhost:PORT) and the Mattermost button secret', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://positions.example.org/' }).publicUrl).toBe(
      'https://positions.example.org',
    );
    expect(() => loadConfig({ PUBLIC_URL: 'positions.example.org' })).toThrow(/^PUBLIC_URL: .*value not shown/);
    const mm = { MATTERMOST_URL: 'https://mm.example.org', MATTERMOST_TOKEN: 't' };
    expect(loadConfig(mm).mattermost?.actionSecret).toBeUndefined();
    expect(loadConfig({ ...mm, MATTERMOST_ACTIONS_SECRET: 'a-long-enough-secret' }).mattermost?.actionSecret).toBe(
      'a-long-enough-secret',
    );
    expect(() => loadConfig({ ...mm, MATTERMOST_ACTIONS_SECRET: 'short' })).toThrow(
      /^MATTERMOST_ACTIONS_SECRET: at least 16 characters \(value not shown, 5 characters\)$/,
    );
  });

  it('picks Socket Mode or HTTP mode for Slack from the tokens', () => {
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(socket.slack?.appToken).toBe('xapp-1');
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(http.slack?.appToken).toBeUndefined();
    expect(http.slack?.signingSecret).toBe('s');
  });
});

describe('loadConfig refuses, in one line naming the variable', () => {
  const message = (env: Record<string, string>) => {
    try {
      loadConfig(env);
    } catch (err) {
      return (err as Error).message;
    }
    return 'no error';
  };

  it('a port that is not plain decimal digits', () => {
    for (const bad of [' ', '0x10', '1e3', '80.0', '-1', '65536', '+80', '3 000']) {
      expect(message({ PORT: bad }), bad).toMatch(/^PORT: /);
    }
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080);
  });

  it('never echoes a secret or a URL that may hold a password', () => {
    const cases: Record<string, string>[] = [
      { SLACK_BOT_TOKEN: 'xoxp-very-secret-1234', SLACK_APP_TOKEN: 'xapp-1' },
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-other-secret-99' },
      { MATTERMOST_URL: 'not a url with hunter2', MATTERMOST_TOKEN: 't' },
      { MATTERMOST_URL: 'ftp://admin:hunter2@mm.example.org', MATTERMOST_TOKEN: 't' },
      { MATTERMOST_URL: 'https://admin:hunter2@mm.example.org', MATTERMOST_TOKEN: 't' },
    ];
    for (const env of cases) {
      const m = message(env);
      expect(m).toMatch(/^(SLACK_BOT_TOKEN|SLACK_APP_TOKEN|MATTERMOST_URL): /);
      expect(m).not.toMatch(/secret|hunter2/);
      expect(m).toContain('value not shown');
    }
    // A plain setting still shows what was given, to help.
    expect(message({ LOG_LEVEL: 'loud' })).toContain('"loud"');
  });

  it('a Slack or Mattermost credential set alone (it would silently give the console)', () => {
    expect(message({ SLACK_SIGNING_SECRET: 's' })).toMatch(/^SLACK_BOT_TOKEN: required with SLACK_SIGNING_SECRET/);
    expect(message({ SLACK_APP_TOKEN: 'xapp-1' })).toMatch(/^SLACK_BOT_TOKEN: required with SLACK_APP_TOKEN/);
    expect(message({ MATTERMOST_COMMAND_TOKEN: 'c' })).toMatch(/^MATTERMOST_URL: required/);
  });
});

describe('the interface the HTTP server binds', () => {
  it('is loopback in the console, every interface with a platform, HOST when set', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(loadConfig({ HOST: '::1', MATTERMOST_URL: 'http://mm', MATTERMOST_TOKEN: 't' }).host).toBe('::1');
  });
});

describe('PUBLIC_URL, where links to the bot start', () => {
  it('defaults to http://localhost:PORT, and with PORT=0 to the port really taken', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(publicUrlOf(loadConfig({ PORT: '0' }), 41234)).toBe('http://localhost:41234');
    expect(publicUrlOf(loadConfig({ PORT: '8080' }), 8080)).toBe('http://localhost:8080');
  });

  it('takes an https address with a path, without its trailing slash', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://bots.example.org/positions/' }).publicUrl).toBe(
      'https://bots.example.org/positions',
    );
    expect(publicUrlOf(loadConfig({ PORT: '0', PUBLIC_URL: 'https://p.example.org' }), 41234)).toBe(
      'https://p.example.org',
    );
  });

  it.each([
    'jobs.cern.test',
    'ftp://jobs.cern.test',
    'https://user:pw@jobs.cern.test',
    'https://jobs.cern.test/?x=1',
    'https://jobs.cern.test/#top',
    'https://jobs.cern.test/a|b',
    'https://jobs.cern.test/(x)',
  ])('refuses %s in one line that does not echo it', (url) => {
    expect(() => loadConfig({ PUBLIC_URL: url })).toThrow(/^PUBLIC_URL: an http:\/\/ or https:\/\/ address/);
    expect(() => loadConfig({ PUBLIC_URL: url })).not.toThrow(url);
  });
});
