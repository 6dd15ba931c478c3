// /healthz tells each adapter's state: 'ok' (200) only while every adapter works, 'degraded'
// (503) while one is starting or reconnecting, so a monitor sees a bot that cannot talk.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from '../../src/main.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';

let dir: string;
let server: MattermostTestServer;
let bot: RunningBot;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'positions-health-'));
  cpSync('seeds', join(dir, 'corpus'), { recursive: true });
  server = await startMattermostServer();
  bot = await startBot({
    env: {
      PORT: '0',
      HOST: '127.0.0.1',
      POSITIONS_CORPUS: join(dir, 'corpus'),
      POSITIONS_DB: join(dir, 'db', 'positions.db'),
      MATTERMOST_URL: server.url,
      MATTERMOST_TOKEN: server.botToken,
      MATTERMOST_COMMAND_TOKEN: 'cmd',
    },
    envFile: false,
    logStream: new PassThrough().resume(),
    clock: () => new Date('2020-01-23T08:00:00Z'),
  });
});
afterAll(async () => {
  await bot?.stop();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const healthz = async () => {
  const res = await fetch(`http://127.0.0.1:${bot.port}/healthz`);
  return { code: res.status, body: (await res.json()) as { status: string; adapters: { state: string }[] } };
};

describe('/healthz', () => {
  it('reports each adapter, and is not ok while the Mattermost WebSocket is down', { timeout: 30_000 }, async () => {
    await server.waitFor(() => server.openConnections() === 1);
    expect(await healthz()).toMatchObject({
      code: 200,
      body: { status: 'ok', adapters: [{ platform: 'mattermost', state: 'connected' }] },
    });
    server.dropConnections();
    await new Promise((r) => setTimeout(r, 100));
    expect(await healthz()).toMatchObject({
      code: 503,
      body: { status: 'degraded', adapters: [{ platform: 'mattermost', state: 'reconnecting' }] },
    });
    // The client reconnects with backoff (a few seconds), and the bot is ok again.
    await server.waitFor(() => server.openConnections() === 1, 20_000);
    await new Promise((r) => setTimeout(r, 100));
    expect((await healthz()).code).toBe(200);
  });
});
