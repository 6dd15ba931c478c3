// Fault: the database is locked (another connection holds BEGIN EXCLUSIVE) when the running
// bot's scheduled sweep claims its reminders. startBot in-process with the real Mattermost
// adapter against the loopback Mattermost server; `RunningBot.sweep()` is what the schedule
// runs. The locked sweep claims nothing, posts nothing and says so in one log line; once the
// lock is gone, the next sweep delivers each reminder once, and the bot kept answering.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_PATH, KEY_PROP } from '../../src/adapters/mattermost/mattermost-adapter.ts';
import { type RunningBot, startBot } from '../../src/main.ts';
import type { SweepReport } from '../../src/reminders/sweep.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';

const TOWN = 'townsquare0000000000000000';
const COMMAND_TOKEN = 'cmd-token-locked';
const TOPICS = ['monitoring', 'alignment', 'trigger'];

let dir: string;
let dbPath: string;
let server: MattermostTestServer;
let bot: RunningBot;
// 29 days before the deadlines at start: nothing is due; the test moves the clock.
let now = new Date('2025-06-01T07:00:00Z');
const logLines: { level: number; msg: string; [k: string]: unknown }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'positions-fault-locked-'));
  mkdirSync(join(dir, 'corpus'));
  for (const [i, topic] of TOPICS.entries()) {
    writeFileSync(
      join(dir, 'corpus', `job-${i + 1}.md`),
      `---\ntitle: "Software engineer for CMS ${topic}"\n---\n\nA software engineer position in ${topic} at CERN in Geneva, Switzerland.\n\nApply by 30 June 2025.\n`,
    );
  }
  dbPath = join(dir, 'db', 'positions.db');
  const seed = openSqliteStoreSync(dbPath);
  await seed.subscribe({
    platform: 'mattermost',
    channelId: TOWN,
    offsets: [14, 7, 1],
    filter: null,
    createdBy: 'u1',
    createdAt: '2025-05-01T08:00:00Z',
  });
  seed.close();
  server = await startMattermostServer();
  server.addChannel({ id: TOWN, type: 'O', name: 'town-square' });
  const logStream = new PassThrough();
  logStream.on('data', (d: Buffer) => {
    for (const line of d.toString('utf8').split('\n')) if (line.trim()) logLines.push(JSON.parse(line));
  });
  bot = await startBot({
    env: {
      PORT: '0',
      POSITIONS_CORPUS: join(dir, 'corpus'),
      POSITIONS_DB: dbPath,
      MATTERMOST_URL: server.url,
      MATTERMOST_TOKEN: server.botToken,
      MATTERMOST_COMMAND_TOKEN: COMMAND_TOKEN,
    },
    envFile: false,
    logStream,
    clock: () => now,
  });
  // The sweep at start, with nothing due.
  while (bot.health().lastSweep === null) await new Promise((r) => setTimeout(r, 10));
});
afterAll(async () => {
  await bot?.stop();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function listCommand(): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${bot.port}${COMMAND_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token: COMMAND_TOKEN, channel_id: TOWN, user_id: 'user1', text: 'list' }).toString(),
  });
  await res.text();
  return res.status;
}

describe('a locked database during a scheduled sweep', () => {
  it('posts nothing while locked, logs why, and delivers each reminder once after the lock is gone', async () => {
    expect(bot.health().lastSweep).toMatchObject({ ok: true, report: { due: 0, sent: 0 } });
    now = new Date('2025-06-23T07:00:00Z');

    const lock = new Database(dbPath);
    lock.exec('BEGIN EXCLUSIVE');
    let locked: SweepReport;
    try {
      locked = (await bot.sweep()) as SweepReport;
    } finally {
      lock.exec('COMMIT');
      lock.close();
    }
    expect(locked).toMatchObject({ due: 3, sent: 0, failed: 0, skipped: 3 });
    expect(locked.storeError).toMatch(/^the database is locked by another connection \(SQLITE_BUSY/);
    expect(server.posts).toHaveLength(0);
    const cut = logLines.filter((l) => l.level === 50 && l.msg.startsWith('reminder sweep cut short'));
    expect(cut).toHaveLength(1);
    expect(cut[0]?.msg).toBe(
      'reminder sweep cut short: the database is locked by another connection (SQLITE_BUSY); nothing was posted without a claim, 3 reminder(s) left for the next run',
    );
    // Nothing claimed: no row the next sweep would have to treat as a crash's leftover.
    const check = openSqliteStoreSync(dbPath);
    expect(await check.deliveries()).toEqual([]);
    check.close();
    expect(await listCommand()).toBe(200);

    expect(await bot.sweep()).toMatchObject({ due: 3, sent: 3, failed: 0, skipped: 0, recovered: 0 });
    expect(await bot.sweep()).toMatchObject({ due: 3, sent: 0, failed: 0, skipped: 0 });
    const keys = server.posts.filter((p) => p.channel_id === TOWN).map((p) => p.props[KEY_PROP]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(3);
    expect(bot.health()).toMatchObject({ status: 'ok', lastSweep: { ok: true } });
    expect(await listCommand()).toBe(200);
  }, 20_000);
});
