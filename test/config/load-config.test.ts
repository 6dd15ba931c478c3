import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.ts';

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

  it('picks Socket Mode or HTTP mode for Slack from the tokens', () => {
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(socket.slack?.appToken).toBe('xapp-1');
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(http.slack?.appToken).toBeUndefined();
    expect(http.slack?.signingSecret).toBe('s');
  });
});
