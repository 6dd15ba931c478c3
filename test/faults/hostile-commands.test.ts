// Fault: commands crafted to hurt, through the real HTTP endpoint of the running bot (startBot
// with the real Mattermost adapter, against the loopback Mattermost server): over-long texts,
// control characters, regex-breaking patterns, markup that could ping a channel, unknown
// subcommands, and requests without the command token.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_PATH } from '../../src/adapters/mattermost/mattermost-adapter.ts';
import { type RunningBot, startBot } from '../../src/main.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';

const COMMAND_TOKEN = 'cmd-token-hostile';
const NOW = new Date('2020-01-23T08:00:00Z');

let dir: string;
let server: MattermostTestServer;
let bot: RunningBot;
const logLines: { level: number; msg: string; [k: string]: unknown }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'positions-fault-hostile-'));
  cpSync('seeds', join(dir, 'corpus'), { recursive: true });
  server = await startMattermostServer();
  const logStream = new PassThrough();
  logStream.on('data', (d: Buffer) => {
    for (const line of d.toString('utf8').split('\n')) if (line.trim()) logLines.push(JSON.parse(line));
  });
  bot = await startBot({
    env: {
      PORT: '0',
      POSITIONS_CORPUS: join(dir, 'corpus'),
      POSITIONS_DB: join(dir, 'db', 'positions.db'),
      LOG_LEVEL: 'debug',
      RATE_LIMIT_PER_MINUTE: '1000',
      MATTERMOST_URL: server.url,
      MATTERMOST_TOKEN: server.botToken,
      MATTERMOST_COMMAND_TOKEN: COMMAND_TOKEN,
    },
    envFile: false,
    logStream,
    clock: () => NOW,
  });
});
afterAll(async () => {
  await bot?.stop();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  text: string;
}

async function command(
  text: string,
  auth: { token?: string; header?: string } = { token: COMMAND_TOKEN },
): Promise<Answer> {
  const form = new URLSearchParams({
    ...(auth.token !== undefined ? { token: auth.token } : {}),
    team_id: 'team00000000000000000000000',
    channel_id: 'channel0000000000000000000',
    channel_name: 'town-square',
    user_id: 'user00000000000000000000001',
    user_name: 'mallory',
    command: '/positions',
    text,
  });
  const res = await fetch(`http://127.0.0.1:${bot.port}${COMMAND_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      ...(auth.header ? { authorization: auth.header } : {}),
    },
    body: form.toString(),
  });
  const body = await res.text();
  let reply = '';
  if (res.headers.get('content-type') === 'application/json')
    reply = String((JSON.parse(body) as { text?: unknown }).text ?? '');
  // The reply is Mattermost markdown: read it without its backslash escapes.
  return { status: res.status, text: reply.replace(/\\([\\`*_{}[\]()<>#+\-.!|])/g, '$1') };
}

async function answered(): Promise<number> {
  const m = await bot.metrics.commandsAnswered.get();
  return m.values.reduce((s, v) => s + v.value, 0);
}

const errorsLogged = () => logLines.filter((l) => l.level >= 50);

describe('hostile commands through the Mattermost endpoint', () => {
  it('answers a 100 kB command with a clear "too long" reply', async () => {
    const { status, text } = await command(`search ${'a'.repeat(100_000)}`);
    expect(status).toBe(200);
    expect(text).toMatch(/too long \(100,007 characters\); I read questions of up to 2,000 characters/);
  });

  it('answers control characters, regex-breaking patterns and markup, and pings no one', async () => {
    const nasty = [
      '\u0000\u0001\u0002\u0007\u001b[31m',
      'search \u0000python\u0000',
      'show \u202ereversed\u202d',
      '((((((((((a*)*)*)*)*)*)*)*)*)*$',
      `search ${'(a+)+'.repeat(50)}b`,
      'search [a-z',
      'search \\',
      '.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*.*!',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a template injection attempt, as typed
      'eligible %s%s%n${7*7}{{7*7}}',
      'show @channel @here @all',
      'search <!channel> <https://evil.example|Innocent>',
      "search '; DROP TABLE subscriptions; --",
      '\r\n\r\nlist\r\n',
      '🙂'.repeat(500),
    ];
    for (const text of nasty) {
      const a = await command(text);
      expect(a.status, JSON.stringify(text)).toBe(200);
      expect(a.text.trim(), JSON.stringify(text)).not.toBe('');
      expect(a.text, JSON.stringify(text)).not.toMatch(/(^|[^\w`\u200b\u200d])@(channel|here|all)\b/);
      // No control or direction-override character is echoed back.
      expect(a.text, JSON.stringify(text)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202a-\u202e]/);
    }
    expect(errorsLogged()).toEqual([]);
  });

  it('answers unknown subcommands with what to say instead', async () => {
    for (const text of [
      'frobnicate the widgets',
      'xyzzy',
      'list --delete-everything',
      'subscribe 0,999',
      'profile frobnicate',
    ]) {
      const a = await command(text);
      expect(a.status).toBe(200);
      expect(a.text, text).toMatch(/help|search <words>|list|subscribe \d|profile/);
    }
    const usage = await command('help');
    expect(usage.text).toContain('list [open|closed|all]');
  });

  it('refuses a missing or wrong command token with 401, and nothing reaches the bot', async () => {
    const before = await answered();
    const refusedBefore = logLines.filter((l) => l.msg === 'mattermost command refused: missing or wrong token').length;
    const answeredLogsBefore = logLines.filter((l) => l.msg === 'answered').length;
    const attempts = [
      await command('list', {}),
      await command('list', { token: '' }),
      await command('list', { token: 'cmd-token-hostilf' }),
      await command('list', { token: `${COMMAND_TOKEN} ` }),
      await command('list', { header: 'Token wrong-token' }),
      await command('list', { header: `Bearer ${COMMAND_TOKEN}` }),
    ];
    for (const a of attempts) expect(a).toEqual({ status: 401, text: '' });
    expect(await answered()).toBe(before);
    expect(logLines.filter((l) => l.msg === 'answered').length).toBe(answeredLogsBefore);
    expect(logLines.filter((l) => l.msg === 'mattermost command refused: missing or wrong token').length).toBe(
      refusedBefore + attempts.length,
    );
    // The right token, in the form or in the header, is answered.
    expect((await command('list')).status).toBe(200);
    expect((await command('list', { header: `Token ${COMMAND_TOKEN}` })).status).toBe(200);
    expect(await answered()).toBe(before + 2);
  });
});
