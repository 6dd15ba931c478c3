// Personal reminders in the console: a "remind me" line, a sweep that prints the reminder as a
// direct message with its buttons as command lines, and those commands typed as they are.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleAdapter } from '../../../src/adapters/console/console-adapter.ts';
import { createBrain } from '../../../src/answers/brain.ts';
import { createBot } from '../../../src/bot/create-bot.ts';
import { silentLogger } from '../../../src/observability/logger.ts';
import { createMetrics } from '../../../src/observability/metrics.ts';
import { sweepReminders } from '../../../src/reminders/sweep.ts';
import { openSqliteStoreSync } from '../../../src/store/sqlite-store.ts';
import { june, POSTINGS } from '../../bot/personal-fixtures.ts';
import { TZ } from '../../reminders/helpers.ts';

describe('personal reminders in the console', () => {
  it('prints a reminder with its buttons as commands, and accepts them as typed', async () => {
    let now = june(6);
    const store = openSqliteStoreSync(':memory:');
    const bot = createBot({
      brain: createBrain(POSTINGS, { timeZone: TZ }),
      store,
      clock: () => now,
      config: { reminderOffsets: [14, 7, 1], rateLimitPerMinute: 100, timeZone: TZ },
      log: silentLogger(),
      metrics: createMetrics(),
    });
    const input = new PassThrough();
    const output = new PassThrough();
    let out = '';
    output.on('data', (d: Buffer) => {
      out += d.toString('utf8');
    });
    const adapter = createConsoleAdapter({ handler: bot, log: silentLogger(), input, output, user: 'ana' });
    await adapter.start();
    const typed = async (line: string, expected: string) => {
      input.write(`${line}\n`);
      const deadline = Date.now() + 5_000;
      while (!out.includes(expected) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(out).toContain(expected);
    };
    const sweep = () =>
      sweepReminders({ store, postings: POSTINGS, posters: [adapter], now, timeZone: TZ, log: silentLogger() });

    await typed('remind me about the XRootD job', "I'll remind you in a direct message");
    expect((await sweep()).sent).toBe(1);
    expect(out).toContain('[direct message to ana] Deadline reminder: 14 days left');
    expect(out).toContain('  [Snooze 1 day] snooze xrootd-monitoring 1d');
    expect(out).toContain('  [I applied] applied xrootd-monitoring');
    await typed('snooze xrootd-monitoring 1d', 'Snoozed: one more reminder');
    now = june(7);
    expect((await sweep()).sent).toBe(1);
    expect(out).toContain('[direct message to ana] Deadline reminder: 13 days left');
    await typed('applied xrootd-monitoring', 'Noted: you applied');
    now = june(13);
    expect((await sweep()).sent).toBe(0);
    input.end();
    await adapter.ended;
    store.close();
  });
});
