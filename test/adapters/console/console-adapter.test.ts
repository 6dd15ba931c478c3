import { PassThrough } from 'node:stream';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ConsoleAdapter, createConsoleAdapter } from '../../../src/adapters/console/console-adapter.ts';
import { createBrain } from '../../../src/answers/brain.ts';
import { createBot } from '../../../src/bot/create-bot.ts';
import type { Inbound, MessageHandler } from '../../../src/bot/types.ts';
import { loadCorpus } from '../../../src/corpus/load-corpus.ts';
import type { Posting } from '../../../src/corpus/posting.ts';
import { silentLogger } from '../../../src/observability/logger.ts';
import { createMetrics } from '../../../src/observability/metrics.ts';
import { sweepReminders } from '../../../src/reminders/sweep.ts';
import { openSqliteStoreSync } from '../../../src/store/sqlite-store.ts';
import type { Store } from '../../../src/store/store.ts';

const TZ = 'Europe/Zurich';
// Seven days before the CMS PPD posting's deadline (2020-01-30).
const NOW = new Date('2020-01-23T08:00:00Z');

let seeds: Posting[];
beforeAll(async () => {
  seeds = (await loadCorpus('seeds')).postings;
});

let store: Store;
let bot: MessageHandler;
let seen: Inbound[];
let input: PassThrough;
let out: string;
let adapter: ConsoleAdapter;

beforeEach(async () => {
  store = openSqliteStoreSync(':memory:');
  const real = createBot({
    brain: createBrain(seeds, { timeZone: TZ }),
    store,
    clock: () => NOW,
    config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute: 30, timeZone: TZ },
    log: silentLogger(),
    metrics: createMetrics(),
  });
  seen = [];
  // Records what the adapter hands over, then lets the real bot answer.
  bot = {
    handle(msg) {
      seen.push(msg);
      return real.handle(msg);
    },
  };
  input = new PassThrough();
  const output = new PassThrough();
  out = '';
  output.on('data', (d: Buffer) => {
    out += d.toString('utf8');
  });
  adapter = createConsoleAdapter({ handler: bot, log: silentLogger(), input, output, user: 'ana' });
  await adapter.start();
});

/** Writes lines, ends the input and waits until every answer is printed. */
async function run(...lines: string[]): Promise<string> {
  input.end(lines.map((l) => `${l}\n`).join(''));
  await adapter.ended;
  return out;
}

describe('console adapter', () => {
  it('runs /positions as a slash command and a plain line as a direct message', async () => {
    const text = await run('/positions help', 'hello');
    expect(text).toContain('I answer questions about 7 research job postings');
    expect(text).toContain('Hello! I answer questions about 7 research job postings');
    expect(seen).toEqual([
      {
        platform: 'console',
        userId: 'ana',
        userName: 'ana',
        channelId: 'dm-ana',
        isDirect: true,
        kind: 'command',
        text: 'help',
      },
      {
        platform: 'console',
        userId: 'ana',
        userName: 'ana',
        channelId: 'dm-ana',
        isDirect: true,
        kind: 'message',
        text: 'hello',
      },
    ]);
    // Piped input: no prompt.
    expect(text).not.toContain('ana (direct)>');
  });

  it('prints its own help for /help and a hint for unknown console commands', async () => {
    const text = await run('/help', '/frobnicate');
    expect(text).toContain('Console commands:');
    expect(text).toContain('/as <user>');
    expect(text).toContain('Unknown console command /frobnicate. Type /help.');
    expect(seen).toEqual([]);
  });

  it('switches the speaker with /as and the channel with /in', async () => {
    const text = await run('/as bob', '/in #jobs', '/positions subscribe', 'deadlines', '/in', 'hello');
    expect(text).toContain('(you are now bob)');
    expect(text).toContain('(now in #jobs');
    expect(text).toContain('Subscribed: this channel will get a reminder 14, 7 and 1 days before');
    expect(text).toContain('(back to direct messages)');
    expect(seen.map((m) => [m.userId, m.channelId, m.isDirect, m.kind])).toEqual([
      ['bob', 'jobs', false, 'command'],
      ['bob', 'jobs', false, 'message'],
      ['bob', 'dm-bob', true, 'message'],
    ]);
    expect(await store.subscription('console', 'jobs')).toMatchObject({ createdBy: 'bob', offsets: [14, 7, 1] });
  });

  it('answers lines in order and prints every answer before it ends', async () => {
    const text = await run('/positions list', '/positions deadlines', '/positions help');
    const list = text.indexOf('7 postings:');
    const help = text.indexOf('I answer questions about 7');
    expect(list).toBeGreaterThanOrEqual(0);
    expect(help).toBeGreaterThan(list);
  });

  it('stops reading at /quit', async () => {
    input.write('/quit\n');
    await adapter.ended;
    input.end('/positions help\n');
    expect(seen).toEqual([]);
  });

  it('prints reminders that a sweep posts to a console channel', async () => {
    await run('/in jobs', '/positions subscribe');
    const report = await sweepReminders({
      store,
      postings: seeds,
      posters: [adapter],
      now: NOW,
      timeZone: TZ,
      log: silentLogger(),
    });
    expect(report.sent).toBe(1);
    const printed = out.split('\n').filter((l) => l.startsWith('[#jobs] '));
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain('Deadline reminder: 7 days left');
    expect(out.slice(out.indexOf('[#jobs] '))).toContain('M&O Cat.A open position in the CMS PPD Group');
  });
});
