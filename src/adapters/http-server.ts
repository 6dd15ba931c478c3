// The one HTTP server of the bot process: /healthz, /metrics and the platform endpoints
// (/slack/events in Slack's HTTP mode, /mattermost/command) are routes on it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type BodyGuard, type BodyGuardOptions, createBodyGuard } from './body-guard.ts';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface HttpServer {
  /** Adds a route; `path` is matched exactly, without the query string. */
  route(method: string, path: string, handler: RouteHandler): void;
  /** Adds a route for every path that starts with `prefix` (exact routes win; the longest prefix next). */
  routePrefix(method: string, prefix: string, handler: RouteHandler): void;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
  readonly server: Server;
  /** The one reader of request bodies: its cap on unauthenticated bodies covers every route. */
  readonly bodies: BodyGuard;
}

export interface HttpServerOptions {
  body?: BodyGuardOptions;
  /** The request line and headers must arrive within this time (ms); slowloris gets 408. */
  headersTimeoutMs?: number;
  /** Open connections at most; more are closed at once (each idle one costs a socket and buffers). */
  maxConnections?: number;
}

export function createHttpServer(
  onError: (err: unknown) => void = () => {},
  options: HttpServerOptions = {},
): HttpServer {
  const routes = new Map<string, RouteHandler>();
  const prefixes: { method: string; prefix: string; handler: RouteHandler }[] = [];
  const bodies = createBodyGuard(options.body);
  const headersTimeout = options.headersTimeoutMs ?? 10_000;
  const server = createServer(
    {
      // Given here: Node reads them when the server is made, and checks them only every
      // connectionsCheckingInterval (30 s by default).
      headersTimeout,
      // Node's own bound on a whole request, above the body guard's timeout.
      requestTimeout: Math.max(headersTimeout, (options.body?.timeoutMs ?? 10_000) + 5_000),
      connectionsCheckingInterval: Math.min(1_000, headersTimeout),
    },
    (req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const handler =
        routes.get(`${req.method} ${path}`) ??
        prefixes.find((p) => p.method === req.method && path.startsWith(p.prefix))?.handler;
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      Promise.resolve()
        .then(() => handler(req, res))
        .catch((err: unknown) => {
          onError(err);
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
          res.end('internal error\n');
        });
    },
  );
  server.maxConnections = options.maxConnections ?? 1024;
  return {
    server,
    bodies,
    route(method, path, handler) {
      routes.set(`${method.toUpperCase()} ${path}`, handler);
    },
    routePrefix(method, prefix, handler) {
      prefixes.push({ method: method.toUpperCase(), prefix, handler });
      prefixes.sort((a, b) => b.prefix.length - a.prefix.length);
    },
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve((server.address() as AddressInfo).port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
