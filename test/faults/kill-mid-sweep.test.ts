// Fault: the process is killed (SIGKILL) in the middle of a reminder sweep. `positions start
// --now` runs as a real process against the loopback Mattermost server behind a faulty front that
// stores the third reminder post and never answers it, so the kill lands after two reminders
// were posted and recorded and with one claimed but not recorded. A restart on the same database
// sweeps at once (after the dead process's one-second lease): the unrecorded one is found in the channel (GET channel posts since) and not
// posted again, the rest go out, and every due reminder is in the channel exactly once.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_PROP } from '../../src/adapters/mattermost/mattermost-adapter.ts';
import { openSqliteStoreSync } from '../../src/store/sqlite-store.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';
import { type FaultyFront, startFaultyFront } from './faulty-front.ts';

const BIN = resolve('bin/positions.mjs');
const TOWN = 'townsquare0000000000000000';
// Seven days before the postings' deadline (30 June 2025): each one's 7-day reminder is due.
const NOW = '2025-06-23T08:00:00Z';
const TOPICS = ['monitoring', 'alignment', 'trigger', 'databases', 'grid computing'];

let dir: string;
let server: MattermostTestServer;
let front: FaultyFront;
const children: ChildProcess[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'positions-fault-kill-'));
  mkdirSync(join(dir, 'corpus'));
  for (const [i, topic] of TOPICS.entries()) {
    writeFileSync(
      join(dir, 'corpus', `job-${i + 1}.md`),
      `---\ntitle: "Software engineer for CMS ${topic}"\n---\n\nA software engineer position in ${topic} at CERN in Geneva, Switzerland.\n\nApply by 30 June 2025.\n\nContact: jane.doe@cern.ch\n`,
    );
  }
  server = await startMattermostServer();
  server.addChannel({ id: TOWN, type: 'O', name: 'town-square' });
  front = await startFaultyFront(server.url);
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await front?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Run {
  child: ChildProcess;
  stderr: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitForLog(text: string): Promise<void>;
}

function startProcess(dbPath: string): Run {
  // The test's environment without chat credentials; the temp dir as working folder, so no
  // .env file of the project is read.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(SLACK_|MATTERMOST_|POSITIONS_|PORT$|TZ_REMINDERS$|LOG_LEVEL$)/.test(k),
    ),
  );
  const child = spawn(process.execPath, [BIN, 'start', '--now', NOW], {
    cwd: dir,
    env: {
      ...base,
      PORT: '0',
      POSITIONS_CORPUS: join(dir, 'corpus'),
      POSITIONS_DB: dbPath,
      MATTERMOST_URL: front.url,
      MATTERMOST_TOKEN: server.botToken,
      MATTERMOST_COMMAND_TOKEN: 'cmd-token',
      // A short lease: the dead process's claim lapses a second after its last renewal.
      CLAIM_LEASE_SECONDS: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  children.push(child);
  let err = '';
  const waiters: (() => void)[] = [];
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString('utf8');
    for (const w of waiters.splice(0)) w();
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) =>
    child.on('close', (code, signal) => res({ code, signal })),
  );
  return {
    child,
    stderr: () => err,
    exit,
    waitForLog(text) {
      return new Promise((res, rej) => {
        const check = () => (err.includes(text) ? res() : waiters.push(check));
        void exit.then(() => (err.includes(text) ? res() : rej(new Error(`exited before logging '${text}':\n${err}`))));
        check();
      });
    },
  };
}

function keysInChannel(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of server.posts.filter((p) => p.channel_id === TOWN)) {
    const key = String(p.props[KEY_PROP]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function logLines(text: string): { level: number; msg: string; [k: string]: unknown }[] {
  return text
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l));
}

describe('a process killed in the middle of a reminder sweep', () => {
  it('delivers every due reminder exactly once after a restart on the same database', async () => {
    const dbPath = join(dir, 'db', 'positions.db');
    const seed = openSqliteStoreSync(dbPath);
    await seed.subscribe({
      platform: 'mattermost',
      channelId: TOWN,
      offsets: [14, 7, 1],
      filter: null,
      createdBy: 'u1',
      createdAt: '2025-06-01T08:00:00Z',
    });
    seed.close();

    // First life: the third reminder post reaches the channel, its answer never comes; then -9.
    const reached = front.holdPost(3);
    const first = startProcess(dbPath);
    await Promise.race([reached, first.exit.then(() => Promise.reject(new Error(first.stderr())))]);
    first.child.kill('SIGKILL');
    expect((await first.exit).signal).toBe('SIGKILL');

    expect(keysInChannel().size).toBe(3);
    const heldKey = String(front.posts[2]?.body.props?.[KEY_PROP]);
    const afterCrash = openSqliteStoreSync(dbPath);
    const states = (await afterCrash.deliveries()).map((d) => d.state);
    afterCrash.close();
    expect(states.sort()).toEqual(['claimed', 'sent', 'sent']);

    // Second life, once the first one's lease has lapsed: its catch-up sweep at start finishes the job.
    await new Promise((r) => setTimeout(r, 1_100));
    const postsBefore = front.posts.length;
    const second = startProcess(dbPath);
    await second.waitForLog('"msg":"reminder sweep done"');
    second.child.kill('SIGTERM');
    expect((await second.exit).code).toBe(0);

    const lines = logLines(second.stderr());
    const done = lines.find((l) => l.msg === 'reminder sweep done');
    expect(done).toMatchObject({ due: 5, sent: 2, failed: 0, recovered: 1 });
    expect(
      lines.find((l) => l.msg === 'an earlier attempt had been posted: recorded without posting again'),
    ).toMatchObject({ key: heldKey });
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
    // The held reminder was not posted again (not even deduplicated by the server).
    expect(front.posts.slice(postsBefore).map((p) => p.body.props?.[KEY_PROP])).not.toContain(heldKey);

    const keys = keysInChannel();
    expect(keys.size).toBe(5);
    expect([...keys.values()]).toEqual([1, 1, 1, 1, 1]);
    const final = openSqliteStoreSync(dbPath);
    expect((await final.deliveries()).map((d) => d.state)).toEqual(['sent', 'sent', 'sent', 'sent', 'sent']);
    await final.close();
  }, 30_000);
});
