// The whole bot process in-process: startBot with injected streams, a temp corpus copied from
// seeds/, a temp database, PORT=0 and a fixed clock.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/load-config.ts';
import { CorpusError } from '../../src/corpus/load-corpus.ts';
import { parseEnvText, type RunningBot, startBot } from '../../src/main.ts';

// Seven days before the CMS PPD posting's deadline (2020-01-30).
const NOW = new Date('2020-01-23T08:00:00Z');

let dir: string;
let running: RunningBot[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'positions-process-'));
  cpSync('seeds', join(dir, 'corpus'), { recursive: true });
  running = [];
});

afterEach(async () => {
  for (const bot of running) await bot.stop();
  rmSync(dir, { recursive: true, force: true });
});

interface Session {
  bot: RunningBot;
  input: PassThrough;
  out: () => string;
  logs: () => string;
  /** Resolves once the console output contains `text` (`times` times). */
  waitFor(text: string, times?: number): Promise<string>;
  waitForLog(text: string, times?: number): Promise<void>;
}

function collect(stream: PassThrough): { text: () => string; waitFor(s: string, n: number): Promise<string> } {
  let text = '';
  const waiters: (() => void)[] = [];
  stream.on('data', (d: Buffer) => {
    text += d.toString('utf8');
    for (const w of waiters.splice(0)) w();
  });
  const count = (s: string) => text.split(s).length - 1;
  return {
    text: () => text,
    waitFor(s, n) {
      return new Promise((resolve) => {
        const check = () => (count(s) >= n ? resolve(text) : waiters.push(check));
        check();
      });
    },
  };
}

async function start(env: Record<string, string> = {}): Promise<Session> {
  const input = new PassThrough();
  const output = new PassThrough();
  const logStream = new PassThrough();
  const out = collect(output);
  const logs = collect(logStream);
  const bot = await startBot({
    env: {
      PORT: '0',
      POSITIONS_CORPUS: join(dir, 'corpus'),
      POSITIONS_DB: join(dir, 'db', 'positions.db'),
      LOG_LEVEL: 'debug',
      ...env,
    },
    envFile: false,
    stdin: input,
    stdout: output,
    logStream,
    clock: () => NOW,
    watch: { debounceMs: 20, pollMs: 50 },
  });
  running.push(bot);
  return {
    bot,
    input,
    out: out.text,
    logs: logs.text,
    waitFor: (s, n = 1) => out.waitFor(s, n),
    waitForLog: async (s, n = 1) => {
      await logs.waitFor(s, n);
    },
  };
}

const NEW_POSTING = `---
title: "SKA Pipeline Developer"
deadline: 2020-02-20
location: "Perth, Australia"
---

The SKA Observatory seeks a pipeline developer for the science data processor.

## Requirements
- 2+ years of experience with Python
`;

describe('the bot process', () => {
  it('answers the console and stops at the end of its input', async () => {
    const s = await start();
    s.input.end('/positions help\n');
    await s.bot.done;
    expect(s.out()).toContain('I answer questions about 7 research job postings');
    expect(s.bot.health().status).toBe('stopping');
  });

  it('serves /healthz and /metrics', async () => {
    const s = await start();
    await s.bot.sweep();
    const health = await (await fetch(`http://127.0.0.1:${s.bot.port}/healthz`)).json();
    expect(health).toMatchObject({
      status: 'ok',
      postings: 7,
      adapters: [{ platform: 'console', state: 'connected' }],
      startedAt: NOW.toISOString(),
      lastSweep: { at: NOW.toISOString(), ok: true, report: { date: '2020-01-23' } },
    });
    const metrics = await fetch(`http://127.0.0.1:${s.bot.port}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    const body = await metrics.text();
    expect(body).toContain('positions_postings_loaded 7');
    expect(body).toContain('# TYPE positions_commands_answered_total counter');
  });

  it('announces a new corpus file once to a subscribed console channel', async () => {
    const s = await start();
    s.input.write('/in jobs\n/positions subscribe\n');
    await s.waitFor('Subscribed: this channel');
    writeFileSync(join(s.bot.config.corpusDir, 'ska.md'), NEW_POSTING);
    const text = await s.waitFor('[#jobs] ');
    expect(text.slice(text.indexOf('[#jobs] '))).toContain('SKA Pipeline Developer');
    // A later edit of the same file is not a new posting.
    writeFileSync(join(s.bot.config.corpusDir, 'ska.md'), `${NEW_POSTING}\nContact: jobs at skao.example.int\n`);
    await s.waitForLog('corpus file loaded', 2);
    expect(s.out().split('[#jobs] ')).toHaveLength(2);
    expect(s.bot.health().postings).toBe(8);
  });

  it('does not send a due reminder twice across a restart on the same database', async () => {
    const first = await start();
    first.input.write('/in jobs\n/positions subscribe\n');
    await first.waitFor('Subscribed: this channel');
    await first.bot.sweep();
    expect(first.out().split('[#jobs] Deadline reminder')).toHaveLength(2);
    await first.bot.stop();

    const second = await start();
    await second.bot.sweep();
    await second.bot.sweep();
    expect(second.out()).not.toContain('[#jobs]');
    expect(second.bot.health().lastSweep?.ok).toBe(true);
  });

  it('refuses a bad setting with a ConfigError that names it', async () => {
    await expect(start({ PORT: 'abc' })).rejects.toThrow(ConfigError);
    await expect(start({ PORT: 'abc' })).rejects.toThrow(/^PORT: /);
    await expect(start({ REMINDER_CRON: 'every day' })).rejects.toThrow(/^REMINDER_CRON: /);
  });

  it('refuses a missing corpus folder in one clear sentence', async () => {
    await expect(start({ POSITIONS_CORPUS: join(dir, 'nowhere') })).rejects.toThrow(CorpusError);
    await expect(start({ POSITIONS_CORPUS: join(dir, 'nowhere') })).rejects.toThrow(/does not exist/);
  });
});

describe('.env files', () => {
  it('reads KEY=value lines with comments, export and quotes', () => {
    expect(
      parseEnvText(
        '# settings\nPORT=3001\nexport LOG_LEVEL=debug # chatty\nSLACK_SIGNING_SECRET="a b#c"\nEMPTY=\nbad line\n',
      ),
    ).toEqual({ PORT: '3001', LOG_LEVEL: 'debug', SLACK_SIGNING_SECRET: 'a b#c', EMPTY: '' });
  });

  it('lets the environment win over the file', async () => {
    const envFile = join(dir, '.env');
    writeFileSync(envFile, 'PORT=abc\nLOG_LEVEL=warn\n');
    await expect(
      startBot({ env: { PORT: 'also-bad' }, envFile, stdin: new PassThrough(), stdout: new PassThrough() }),
    ).rejects.toThrow(/got "also-bad"/);
  });
});
