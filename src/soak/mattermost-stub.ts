// The least of a Mattermost server that lets the real Mattermost adapter start on loopback: the
// bot account (GET /api/v4/users/me), the WebSocket with its authentication challenge, `hello`
// and pongs (protocols.md B2, B3), and channel posts that are counted and dropped. The soak uses
// it; slash commands do not go through it (Mattermost posts them to the bot), so nothing here is
// on the measured path.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export interface MattermostStub {
  url: string;
  token: string;
  /** Channel posts received (reminders, DM answers). */
  posts(): number;
  close(): Promise<void>;
}

const BOT_USER_ID = 'soakbot0000000000000000000';

function json(res: ServerResponse, status: number, body: unknown): void {
  // Client4 reads the body as JSON only when the content type is exactly application/json.
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

export async function startMattermostStub(token = 'soak-bot-token'): Promise<MattermostStub> {
  let posts = 0;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const auth = /^bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
    req.resume();
    if (auth?.[1] !== token) {
      json(res, 401, { id: 'api.context.session_expired.app_error', message: 'Invalid session', status_code: 401 });
      return;
    }
    if (req.method === 'GET' && path === '/api/v4/users/me') {
      json(res, 200, { id: BOT_USER_ID, username: 'positions', is_bot: true });
      return;
    }
    if (req.method === 'POST' && path === '/api/v4/posts') {
      posts += 1;
      json(res, 201, { id: `post${posts}`, user_id: BOT_USER_ID, create_at: Date.now() });
      return;
    }
    if (req.method === 'GET' && /^\/api\/v4\/channels\/[a-z0-9]+\/posts$/.test(path)) {
      json(res, 200, { order: [], posts: {}, next_post_id: '', prev_post_id: '' });
      return;
    }
    json(res, 404, { id: 'api.context.404.app_error', message: 'not found', status_code: 404 });
  });

  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if ((req.url ?? '/').split('?')[0] !== '/api/v4/websocket') {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      let seq = 0;
      ws.on('message', (raw) => {
        let msg: { seq?: number; action?: string; data?: { token?: string } };
        try {
          msg = JSON.parse(String(raw));
        } catch {
          return;
        }
        if (msg.action === 'authentication_challenge') {
          if (msg.data?.token !== token) {
            ws.send(JSON.stringify({ status: 'FAIL', seq_reply: msg.seq, error: { message: 'not authenticated' } }));
            ws.close();
            return;
          }
          ws.send(JSON.stringify({ status: 'OK', seq_reply: msg.seq }));
          const hello = { connection_id: 'soak', server_version: '10.0.0.soak', server_hostname: 'loopback' };
          ws.send(JSON.stringify({ event: 'hello', data: hello, broadcast: {}, seq: seq++ }));
        } else if (msg.action === 'ping') {
          ws.send(JSON.stringify({ status: 'OK', seq_reply: msg.seq, data: { text: 'pong' } }));
        }
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    posts: () => posts,
    close() {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
