// /readyz (can this replica serve now?) beside /healthz (is it alive?), and a DATABASE_URL that
// cannot be opened: one line naming the variable, never its password, exit 2.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runStart } from '../../src/cli/start.ts';
import { type RunningBot, startBot } from '../../src/main.ts';
import { createTestDatabase } from '../store/pg-test-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'positions-ready-'));
cpSync('seeds', join(dir, 'corpus'), { recursive: true });
const pg = await createTestDatabase();
const running: RunningBot[] = [];
afterEach(async () => {
  for (const bot of running.splice(0)) await bot.stop();
});
afterAll(async () => {
  await pg?.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string>): Promise<RunningBot> {
  const bot = await startBot({
    env: { PORT: '0', POSITIONS_CORPUS: join(dir, 'corpus'), LOG_LEVEL: 'silent', ...env },
    envFile: false,
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    logStream: new PassThrough(),
    clock: () => new Date('2020-01-23T08:00:00Z'),
  });
  running.push(bot);
  return bot;
}

const get = async (bot: RunningBot, path: string) => {
  const res = await fetch(`http://127.0.0.1:${bot.port}${path}`);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('/readyz', () => {
  it('is ready when the store answers and the adapters are up; /healthz stays liveness', async () => {
    const bot = await start({ POSITIONS_DB: join(dir, 'ready.db') });
    const ready = await get(bot, '/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      ready: true,
      store: { engine: 'sqlite', ok: true },
      adapters: { console: true },
    });
    expect(String(ready.body.replica)).toMatch(/:\d+:/);
    expect((await get(bot, '/healthz')).status).toBe(200);
  });

  it.skipIf(pg === null)('is not ready while PostgreSQL refuses connections, and ready again after', async () => {
    const db = pg as NonNullable<typeof pg>;
    const bot = await start({ DATABASE_URL: db.url });
    expect(await get(bot, '/readyz')).toMatchObject({ status: 200, body: { store: { engine: 'postgres', ok: true } } });
    await db.admin(`ALTER DATABASE ${db.name} ALLOW_CONNECTIONS false`);
    try {
      await db.admin(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [db.name],
      );
      const down = await get(bot, '/readyz');
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({ ready: false, store: { ok: false } });
      expect((await get(bot, '/healthz')).status).toBe(200);
    } finally {
      await db.admin(`ALTER DATABASE ${db.name} ALLOW_CONNECTIONS true`);
    }
    expect((await get(bot, '/readyz')).status).toBe(200);
  });
});

describe('a DATABASE_URL that cannot be opened', () => {
  it('stops the start with one line naming DATABASE_URL, without the password, exit 2', async () => {
    let err = '';
    const code = await runStart([], {
      env: {
        PORT: '0',
        POSITIONS_CORPUS: join(dir, 'corpus'),
        LOG_LEVEL: 'silent',
        DATABASE_URL: 'postgres://bot:hunter2-secret@127.0.0.1:1/positions',
      },
      stdin: new PassThrough(),
      stdout: new PassThrough(),
      out: () => {},
      err: (s: string) => {
        err += s;
      },
    });
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(/DATABASE_URL: cannot reach PostgreSQL at 127\.0\.0\.1:1\/positions/);
    expect(err).not.toContain('hunter2');
  });
});
