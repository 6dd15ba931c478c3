// Reading request bodies on a port anyone can reach. A body is read only after the headers
// passed what can be checked without it, and at most `maxPending` bodies are being read for
// requests not yet authenticated (their signature or token needs the body), each within
// `limit` bytes and `timeoutMs`: stalled or huge uploads cannot grow memory without bound.
// Refusals are an HTTP status (413, 408, 503), never a reset: the rest of the body is
// drained for a moment so the client reads the answer.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface BodyGuardOptions {
  /** Largest body accepted (bytes). */
  limit?: number;
  /** Bodies of unauthenticated requests read at the same time; more get 503. */
  maxPending?: number;
  /** The whole body must arrive within this time (ms), or 408. */
  timeoutMs?: number;
}

export class BodyRefused extends Error {
  override name = 'BodyRefused';
  readonly status: 408 | 413 | 503;
  constructor(status: 408 | 413 | 503, reason: string) {
    super(reason);
    this.status = status;
  }
}

/** The metric label of a refusal status. */
export const REFUSAL_REASON: Record<number, string> = {
  401: 'unauthorized',
  408: 'too_slow',
  413: 'too_large',
  503: 'busy',
};

export interface BodyGuard {
  /** Reads the body of a request whose sender is not authenticated yet (counted against maxPending). */
  readUnauthenticated(req: IncomingMessage): Promise<Buffer>;
  /** Reads the body of a request already authenticated by its headers (size and time limits only). */
  readAuthenticated(req: IncomingMessage): Promise<Buffer>;
  /** Bodies being read right now for unauthenticated requests. */
  pending(): number;
}

export const BODY_DEFAULTS: Required<BodyGuardOptions> = {
  limit: 1 << 20,
  maxPending: 32,
  timeoutMs: 10_000,
};

/** How long a refused request's remaining body is drained before the socket is closed (ms). */
const DRAIN_MS = 2_000;

export function createBodyGuard(options: BodyGuardOptions = {}): BodyGuard {
  const { limit, maxPending, timeoutMs } = { ...BODY_DEFAULTS, ...options };
  let pending = 0;

  function read(req: IncomingMessage): Promise<Buffer> {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      return Promise.reject(new BodyRefused(413, `declared body of ${declared} bytes over ${limit}`));
    }
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      const finish = (err: Error | null, body?: Buffer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('error', onError);
        if (err) reject(err);
        else resolve(body as Buffer);
      };
      const timer = setTimeout(
        () => finish(new BodyRefused(408, `body not complete after ${timeoutMs} ms`)),
        timeoutMs,
      );
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) {
          chunks.length = 0;
          finish(new BodyRefused(413, `body over ${limit} bytes`));
          return;
        }
        chunks.push(chunk);
      };
      const onEnd = () => finish(null, Buffer.concat(chunks));
      const onError = (err: Error) => finish(err);
      req.on('data', onData);
      req.on('end', onEnd);
      req.on('error', onError);
    });
  }

  return {
    async readUnauthenticated(req) {
      if (pending >= maxPending) throw new BodyRefused(503, `${pending} unauthenticated bodies already being read`);
      pending++;
      try {
        return await read(req);
      } finally {
        pending--;
      }
    },
    readAuthenticated: read,
    pending: () => pending,
  };
}

/**
 * Answers `status` with no body and closes the connection; the unread rest of the body is discarded for a
 * short while first, so the client is not reset before it reads the answer.
 */
export function refuseRequest(req: IncomingMessage, res: ServerResponse, status: number): void {
  if (!res.headersSent) res.writeHead(status, { connection: 'close' });
  res.end();
  if (req.readableEnded || req.destroyed) return;
  const stop = setTimeout(() => req.destroy(), DRAIN_MS);
  stop.unref();
  req.on('end', () => clearTimeout(stop));
  req.on('close', () => clearTimeout(stop));
  req.resume();
}

/**
 * The JSON body of a request nobody vouches for yet (a button click, a dialog submission), or
 * undefined when it was refused (too large, too slow: answered and counted) or is not JSON (400).
 */
export async function readJsonBody(
  bodies: BodyGuard,
  req: IncomingMessage,
  res: ServerResponse,
  refused: (reason: string) => void,
): Promise<unknown> {
  let raw: Buffer;
  try {
    raw = await bodies.readUnauthenticated(req);
  } catch (err) {
    if (!(err instanceof BodyRefused)) throw err;
    refused(REFUSAL_REASON[err.status] ?? 'refused');
    refuseRequest(req, res, err.status);
    return undefined;
  }
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    res.writeHead(400, { 'content-type': 'application/json', 'content-length': 2 }).end('{}');
    return undefined;
  }
}
