// Three bot processes on one database (either engine), each reaching the loopback Mattermost
// server through its own faulty front, the reminder schedule every two seconds and a two-second
// lease. The first process is stopped mid-sweep (its second post reaches the channel, its answer
// never comes) and, while it hangs there renewing its lease, two more start: they deliver the
// rest and leave its claim alone. Then it is killed with SIGKILL: once its lease lapses a live
// replica takes the claim over, finds the post in the channel and records it without posting
// again (or the restarted process does). Every reminder is in the channel exactly
// once; a direct message, seen by all three sockets, is answered once.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEY_PROP } from '../../src/adapters/mattermost/mattermost-adapter.ts';
import type { Store } from '../../src/store/store.ts';
import { type FaultyFront, startFaultyFront } from '../faults/faulty-front.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';
import { type BotProcess, logLines, startBotProcess } from './bot-process.ts';

const TOWN = 'townsquare0000000000000000';
const DM = 'dmchannel00000000000000000';
// Seven days before the postings' deadline (30 June 2025): each one's 7-day reminder is due.
const NOW = '2025-06-23T08:00:00Z';
const TOPICS = [
  'monitoring',
  'alignment',
  'trigger',
  'databases',
  'grid computing',
  'calibration',
  'storage',
  'networks',
];

export interface ReplicaDatabase {
  /** The environment that points a process at the database. */
  env: Record<string, string>;
  /** A store on it, for the test's own seeding and checks. */
  open(): Promise<Store>;
  close(): Promise<void>;
}

export function describeThreeReplicas(engine: string, makeDatabase: (dir: string) => Promise<ReplicaDatabase | null>) {
  let dir: string;
  let server: MattermostTestServer;
  let fronts: FaultyFront[] = [];
  let db: ReplicaDatabase | null = null;
  const processes: BotProcess[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'positions-replicas-'));
    db = await makeDatabase(dir);
    mkdirSync(join(dir, 'corpus'));
    for (const [i, topic] of TOPICS.entries()) {
      writeFileSync(
        join(dir, 'corpus', `job-${i + 1}.md`),
        `---\ntitle: "Software engineer for CMS ${topic}"\n---\n\nA software engineer position in ${topic} at CERN in Geneva, Switzerland.\n\nApply by 30 June 2025.\n\nContact: jane.doe@cern.ch\n`,
      );
    }
    server = await startMattermostServer();
    server.addChannel({ id: TOWN, type: 'O', name: 'town-square' });
    server.addChannel({ id: DM, type: 'D', name: 'botuserid__someone' });
    fronts = await Promise.all([0, 1, 2].map(() => startFaultyFront(server.url)));
  });
  afterAll(async () => {
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exit));
    for (const f of fronts) await f.close();
    await server?.close();
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const start = (i: number) => {
    const p = startBotProcess(
      ['--now', NOW],
      {
        ...(db as ReplicaDatabase).env,
        POSITIONS_CORPUS: join(dir, 'corpus'),
        MATTERMOST_URL: (fronts[i] as FaultyFront).url,
        MATTERMOST_TOKEN: server.botToken,
        MATTERMOST_COMMAND_TOKEN: 'cmd-token',
        REMINDER_CRON: '*/2 * * * * *',
        CLAIM_LEASE_SECONDS: '2',
      },
      dir,
    );
    processes.push(p);
    return p;
  };

  const keysInChannel = () => {
    const counts = new Map<string, number>();
    for (const p of server.posts.filter((p) => p.channel_id === TOWN)) {
      const key = String(p.props[KEY_PROP]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  };

  describe(`three replicas on ${engine}`, () => {
    it('post each reminder exactly once though one is killed mid-sweep and restarted', async (ctx) => {
      if (!db) return ctx.skip();
      const seed = await db.open();
      await seed.subscribe({
        platform: 'mattermost',
        channelId: TOWN,
        offsets: [14, 7, 1],
        filter: null,
        createdBy: 'u1',
        createdAt: '2025-06-01T08:00:00Z',
      });
      await seed.close();

      // The first replica's second post reaches the channel; its answer never comes.
      const held = (fronts[0] as FaultyFront).holdPost(2);
      const first = start(0);
      await Promise.race([held, first.exit.then(() => Promise.reject(new Error(first.stderr())))]);
      const second = start(1);
      const third = start(2);
      // Both sweep at start and on the schedule; the hung replica's claim stays busy meanwhile.
      await Promise.all([
        second.waitForLog('"msg":"reminder sweep done"'),
        third.waitForLog('"msg":"reminder sweep done"'),
      ]);
      expect(keysInChannel().size).toBe(TOPICS.length);
      first.child.kill('SIGKILL');
      expect((await first.exit).signal).toBe('SIGKILL');

      // Restarted at once: within the lease and a sweep, a live replica (or the restarted one)
      // takes the dead one's claim over, finds its post in the channel and records it.
      const again = start(0);
      const check = await db.open();
      try {
        const deadline = Date.now() + 20_000;
        for (;;) {
          const states = (await check.deliveries()).map((d) => d.state);
          if (states.length === TOPICS.length && states.every((s) => s === 'sent')) break;
          if (Date.now() > deadline) throw new Error(`not all sent: ${states.join(',')}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      } finally {
        await check.close();
      }
      await again.waitForLog('"msg":"reminder sweep done"');
      const recovered = [second, third, again].flatMap((p) =>
        logLines(p.stderr()).filter(
          (l) => l.msg === 'an earlier attempt had been posted: recorded without posting again',
        ),
      );
      expect(recovered).toHaveLength(1);
      const counts = keysInChannel();
      expect(counts.size).toBe(TOPICS.length);
      expect([...counts.values()]).toEqual(TOPICS.map(() => 1));
      for (const p of [second, third, again]) expect(logLines(p.stderr()).filter((l) => l.level >= 50)).toEqual([]);

      // Each live replica says it can serve: its store answers and its WebSocket is connected.
      for (const p of [second, third, again]) {
        const res = await fetch(`http://127.0.0.1:${await p.port()}/readyz`);
        expect(res.status).toBe(200);
        expect(await res.json()).toMatchObject({ ready: true, store: { ok: true }, adapters: { mattermost: true } });
      }

      // A direct message reaches all three sockets and is answered once ('help' fits one post).
      const before = server.posts.length;
      const botAnswers = () =>
        server.posts.slice(before).filter((p) => p.channel_id === DM && p.user_id === server.botUserId);
      const asked = server.userPosts('someone000000000000000000a', DM, 'help');
      await server.waitFor(() => botAnswers().length >= 1, 10_000);
      await new Promise((r) => setTimeout(r, 800));
      expect(botAnswers().map((p) => p.root_id)).toEqual([asked.id]);
      const again2 = server.userPosts('someone000000000000000000a', DM, 'help');
      await server.waitFor(() => botAnswers().length >= 2, 10_000);
      await new Promise((r) => setTimeout(r, 800));
      expect(botAnswers().map((p) => p.root_id)).toEqual([asked.id, again2.id]);
    }, 45_000);
  });
}
