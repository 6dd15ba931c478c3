// A chat server that cannot be reached, or refuses the token, stops the start with one line
// naming the variable to check and what was tried, quickly, and without printing a secret.
import { createServer } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/adapters/http-server.ts';
import { createMattermostAdapter } from '../../src/adapters/mattermost/mattermost-adapter.ts';
import { createSlackAdapter } from '../../src/adapters/slack/slack-adapter.ts';
import { PlatformUnreachable, printableUrl } from '../../src/adapters/unreachable-error.ts';
import { createMetrics } from '../../src/observability/metrics.ts';
import { corpusHandler } from '../adapters/mattermost/corpus-handler.ts';
import { type MattermostTestServer, startMattermostServer } from '../servers/mattermost-server.ts';
import { type SlackTestServer, startSlackServer } from '../servers/slack-api-server.ts';

/** A port nothing listens on (taken, then freed). */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function startError(start: () => Promise<void>): Promise<PlatformUnreachable> {
  try {
    await start();
  } catch (err) {
    expect(err).toBeInstanceOf(PlatformUnreachable);
    return err as PlatformUnreachable;
  }
  throw new Error('the start did not fail');
}

const log = pino({ level: 'silent' });
let mm: MattermostTestServer;
let slack: SlackTestServer;
beforeAll(async () => {
  [mm, slack] = await Promise.all([startMattermostServer(), startSlackServer()]);
});
afterAll(async () => {
  await mm?.close();
  await slack?.close();
});

describe('an unusable chat server at start', () => {
  it('Mattermost unreachable: names MATTERMOST_URL and the address tried, never a password in it', async () => {
    const port = await closedPort();
    const adapter = createMattermostAdapter({
      handler: await corpusHandler(),
      http: createHttpServer(),
      log,
      metrics: createMetrics(),
      config: { url: `http://admin:hunter2@127.0.0.1:${port}`, token: 'secret-token-1', commandToken: 'c' },
    });
    // (The config refuses such a URL already; the adapter must not leak it either.)
    const err = await startError(() => adapter.start());
    expect(err.message).toMatch(
      /^MATTERMOST_URL: cannot reach Mattermost at http:\/\/127\.0\.0\.1:\d+\/api\/v4\/users\/me/,
    );
    expect(err.message).not.toMatch(/hunter2|secret-token/);
    const plain = createMattermostAdapter({
      handler: await corpusHandler(),
      http: createHttpServer(),
      log,
      metrics: createMetrics(),
      config: { url: `http://127.0.0.1:${port}/`, token: 't', commandToken: 'c' },
    });
    expect((await startError(() => plain.start())).message).toBe(
      `MATTERMOST_URL: cannot reach Mattermost at http://127.0.0.1:${port}/api/v4/users/me (ECONNREFUSED); check the address and that the server is up`,
    );
  });

  it('Mattermost refusing the token: names MATTERMOST_TOKEN', async () => {
    const adapter = createMattermostAdapter({
      handler: await corpusHandler(),
      http: createHttpServer(),
      log,
      metrics: createMetrics(),
      config: { url: mm.url, token: 'not-the-bot-token', commandToken: 'c' },
    });
    const err = await startError(() => adapter.start());
    expect(err.message).toMatch(/^MATTERMOST_TOKEN: the server at .* refused the token \(HTTP 401\)/);
    expect(err.message).not.toContain('not-the-bot-token');
  });

  it('Slack API unreachable: names SLACK_API_URL, in seconds rather than minutes', async () => {
    const port = await closedPort();
    const adapter = createSlackAdapter({
      handler: await corpusHandler(),
      http: createHttpServer(),
      log,
      metrics: createMetrics(),
      config: { botToken: 'xoxb-secret-9', appToken: 'xapp-1', apiUrl: `http://127.0.0.1:${port}/api/` },
    });
    const t0 = Date.now();
    const err = await startError(() => adapter.start());
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(err.message).toMatch(
      new RegExp(
        `^SLACK_API_URL: cannot reach http://127\\.0\\.0\\.1:${port}/api/auth\\.test \\(ECONNREFUSED\\) after 3 attempts`,
      ),
    );
    expect(err.message).not.toContain('xoxb-secret');
  });

  it('Slack refusing the token: names SLACK_BOT_TOKEN', async () => {
    const adapter = createSlackAdapter({
      handler: await corpusHandler(),
      http: createHttpServer(),
      log,
      metrics: createMetrics(),
      config: { botToken: 'xoxb-wrong', appToken: slack.appToken, apiUrl: slack.apiUrl },
    });
    const err = await startError(() => adapter.start());
    expect(err.message).toMatch(/^SLACK_BOT_TOKEN: Slack refused auth\.test \(invalid_auth\)/);
  });

  it('prints URLs without user, password or query', () => {
    expect(printableUrl('https://bot:pw@mm.example.org:8065/sub/?token=x#y')).toBe('https://mm.example.org:8065/sub');
  });
});
