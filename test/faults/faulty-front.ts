// A faulty front for the loopback Mattermost server (test/servers/mattermost-server.ts): a proxy
// that passes every REST call and the WebSocket through, except that POST /api/v4/posts can be
// refused for a while (500, or 429 with Retry-After as Mattermost's rate limiter answers), taken
// by the server but answered with an error, or taken and its answer held forever (the bot waits
// for an answer that never comes, as it would when it dies mid-post). The shared server stays as
// it is; the faults live here.
import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';

export type PostFault =
  /** Refused before it reaches the server. */
  | { kind: 'refuse'; status: 500 | 502 | 503 }
  /** Mattermost's rate limiter: 429, plain `limit exceeded`, Retry-After and X-Ratelimit-*. */
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  /** Stored by the server, but the bot gets a 502 (a proxy timing out after the write). */
  | { kind: 'lost-answer' };

export interface FaultyFront {
  url: string;
  /** Every POST /api/v4/posts from now on gets `fault`, until `recover()`. */
  failPosts(fault: PostFault): void;
  recover(): void;
  /**
   * The `n`th POST /api/v4/posts from now (1-based) reaches the server, which stores it, but its
   * answer is never sent. Resolves once the server has stored it.
   */
  holdPost(n: number): Promise<void>;
  /** Bodies of the POST /api/v4/posts seen (parsed), in order, with what was done with them. */
  posts: { body: { channel_id?: string; props?: Record<string, unknown> }; outcome: string }[];
  close(): Promise<void>;
}

async function readAll(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function forward(
  target: URL,
  req: IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: IncomingMessage['headers']; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const out = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host, 'content-length': String(body.length) },
      },
      (res) => {
        readAll(res).then((b) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: b }), reject);
      },
    );
    out.on('error', reject);
    out.end(body);
  });
}

export async function startFaultyFront(backendUrl: string): Promise<FaultyFront> {
  const target = new URL(backendUrl);
  let fault: PostFault | null = null;
  let hold: { left: number; reached: () => void } | null = null;
  const posts: FaultyFront['posts'] = [];
  const held: ServerResponse[] = [];
  const sockets = new Set<Socket>();

  const server = createServer(async (req, res) => {
    try {
      const body = await readAll(req);
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'POST' && path === '/api/v4/posts') {
        let parsed: FaultyFront['posts'][number]['body'] = {};
        try {
          parsed = JSON.parse(body.toString('utf8'));
        } catch {
          // Passed on as it is: the server says what is wrong with it.
        }
        const entry = { body: parsed, outcome: 'passed' };
        posts.push(entry);
        if (fault?.kind === 'refuse') {
          entry.outcome = `refused ${fault.status}`;
          res
            .writeHead(fault.status, { 'Content-Type': 'application/json' })
            .end(JSON.stringify({ id: 'app.internal', message: 'Internal error', status_code: fault.status }));
          return;
        }
        if (fault?.kind === 'rate-limit') {
          entry.outcome = 'refused 429';
          res
            .writeHead(429, {
              'Content-Type': 'text/plain',
              'Retry-After': String(fault.retryAfterSeconds),
              'X-Ratelimit-Limit': '10',
              'X-Ratelimit-Remaining': '0',
              'X-Ratelimit-Reset': String(fault.retryAfterSeconds),
            })
            .end('limit exceeded\n');
          return;
        }
        if (hold && --hold.left === 0) {
          const reached = hold.reached;
          hold = null;
          await forward(target, req, body);
          entry.outcome = 'stored, answer held';
          held.push(res);
          reached();
          return;
        }
        if (fault?.kind === 'lost-answer') {
          await forward(target, req, body);
          entry.outcome = 'stored, answered 502';
          res.writeHead(502, { 'Content-Type': 'text/html' }).end('<html>502 Bad Gateway</html>');
          return;
        }
      }
      const answer = await forward(target, req, body);
      const headers = { ...answer.headers };
      delete headers['transfer-encoding'];
      headers['content-length'] = String(answer.body.length);
      res.writeHead(answer.status, headers).end(answer.body);
    } catch {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  // The WebSocket: the upgrade request is replayed to the server and the bytes piped both ways.
  server.on('upgrade', (req, socket, head) => {
    const upstream = connect(Number(target.port), target.hostname, () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    sockets.add(upstream);
    const end = () => {
      upstream.destroy();
      socket.destroy();
    };
    upstream.on('error', end);
    socket.on('error', end);
    upstream.on('close', end);
    socket.on('close', end);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    posts,
    failPosts(f) {
      fault = f;
    },
    recover() {
      fault = null;
    },
    holdPost(n) {
      return new Promise((resolve) => {
        hold = { left: n, reached: resolve };
      });
    },
    close() {
      for (const res of held) res.destroy();
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
