// Slack's HTTP mode on the bot's one HTTP server: a Bolt Receiver (init/start/stop) whose
// transport is the `POST /slack/events` route of src/adapters/http-server.ts, so the same port
// serves /healthz, /metrics and Slack. Requests are verified with Bolt's own verifySlackRequest
// (v0 HMAC-SHA256 of "v0:timestamp:body", constant-time compare, timestamps over 5 minutes old
// refused) and acknowledged with Bolt's HTTPResponseAck, like Bolt's HTTPReceiver does.
// Before the body is read, the headers must carry a well-formed signature and a timestamp no
// more than 5 minutes off either way (Bolt only refuses old ones); the body is then read under
// the server's cap on unauthenticated bodies. A signature seen in the last 5 minutes is a
// replay: acknowledged, not processed again.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type App,
  HTTPModuleFunctions,
  HTTPResponseAck,
  type Receiver,
  type ReceiverEvent,
  type Logger as SlackLogger,
  verifySlackRequest,
} from '@slack/bolt';
import type { Clock } from '../../bot/types.ts';
import { BodyRefused, REFUSAL_REASON, refuseRequest } from '../body-guard.ts';
import type { HttpServer } from '../http-server.ts';
import { createReplayMemory } from './replay-memory.ts';

export const EVENTS_PATH = '/slack/events';

export interface SharedHttpReceiverOptions {
  http: HttpServer;
  signingSecret: string;
  logger: SlackLogger;
  /** The clock the request timestamp is checked against. */
  clock?: Clock;
  /** Called for each request refused before Bolt sees it, with its reason (metrics). */
  onRefused?: (reason: string) => void;
}

/** Slack's window for a request timestamp, both ways (seconds). */
const MAX_SKEW_SEC = 5 * 60;
const SIGNATURE = /^v0=[0-9a-f]{64}$/;
/** Slack's SSL check carries no signature; its body is a few short fields. */
const SSL_CHECK_LIMIT = 2048;

const FORM = 'application/x-www-form-urlencoded';

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/** Why the signature headers alone already refuse a request, or null. */
function headerRefusal(signature: string | undefined, stamp: string | undefined, nowMs: number): string | null {
  if (!signature || !SIGNATURE.test(signature)) return 'no well-formed v0 signature';
  if (!stamp || !/^\d{1,12}$/.test(stamp)) return 'no request timestamp';
  if (Math.abs(nowMs / 1000 - Number(stamp)) > MAX_SKEW_SEC) return 'request timestamp more than 5 minutes off';
  return null;
}

/** Slack's HTTP transport as a Bolt Receiver on our shared server (registers its route now). */
export function createSharedHttpReceiver(options: SharedHttpReceiverOptions): Receiver {
  const { http, signingSecret, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const seen = createReplayMemory(MAX_SKEW_SEC * 2 * 1000);
  let app: App | undefined;
  let running = false;

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!app || !running) {
      HTTPModuleFunctions.buildNoBodyResponse(res, 503);
      return;
    }
    const signature = header(req, 'x-slack-signature');
    const stamp = header(req, 'x-slack-request-timestamp');
    const unsigned = signature === undefined && stamp === undefined;
    if (!unsigned) {
      const refusal = headerRefusal(signature, stamp, clock().getTime());
      if (refusal) {
        logger.warn(`slack request refused before its body: ${refusal}`);
        options.onRefused?.('unauthorized');
        refuseRequest(req, res, 401);
        return;
      }
    } else if (Number(req.headers['content-length'] ?? 0) > SSL_CHECK_LIMIT) {
      options.onRefused?.('unauthorized');
      refuseRequest(req, res, 401);
      return;
    }
    let rawBody: Buffer;
    try {
      rawBody = await http.bodies.readUnauthenticated(req);
    } catch (err) {
      if (!(err instanceof BodyRefused)) throw err;
      logger.warn(`slack request body not read: ${err.message}`);
      options.onRefused?.(REFUSAL_REASON[err.status] ?? 'refused');
      refuseRequest(req, res, err.status);
      return;
    }
    const buffered = Object.assign(req, { rawBody });
    const raw = rawBody.toString('utf8');
    // Slack's SSL check carries no signature; nothing else in it is looked at (as in Bolt).
    if (unsigned) {
      if (header(req, 'content-type') === FORM && new URLSearchParams(raw).get('ssl_check') === '1') {
        HTTPModuleFunctions.buildSSLCheckResponse(res);
      } else {
        HTTPModuleFunctions.buildNoBodyResponse(res, 401);
      }
      return;
    }
    try {
      verifySlackRequest({
        signingSecret,
        body: raw,
        headers: {
          'x-slack-signature': header(req, 'x-slack-signature') ?? '',
          'x-slack-request-timestamp': Number(header(req, 'x-slack-request-timestamp')),
        },
        nowMilliseconds: clock().getTime(),
        logger,
      });
    } catch (err) {
      logger.warn(`slack request refused: ${err instanceof Error ? err.message : String(err)}`);
      options.onRefused?.('unauthorized');
      HTTPModuleFunctions.buildNoBodyResponse(res, 401);
      return;
    }
    // Signed and fresh, but already answered: a replay gets an empty acknowledgement only.
    if (!seen.remember(signature as string, clock().getTime())) {
      logger.warn('slack request replayed: acknowledged, not processed again');
      options.onRefused?.('replay');
      HTTPModuleFunctions.buildNoBodyResponse(res, 200);
      return;
    }
    // biome-ignore lint/suspicious/noExplicitAny: Bolt types request bodies as any; the listeners validate them with zod.
    let body: any;
    try {
      body = HTTPModuleFunctions.parseHTTPRequestBody(buffered);
    } catch (err) {
      logger.warn(`malformed slack request body: ${String(err)}`);
      HTTPModuleFunctions.buildNoBodyResponse(res, 400);
      return;
    }
    if (typeof body !== 'object' || body === null) {
      HTTPModuleFunctions.buildNoBodyResponse(res, 400);
      return;
    }
    if (body.type === 'url_verification') {
      HTTPModuleFunctions.buildUrlVerificationResponse(res, body);
      return;
    }
    const ack = new HTTPResponseAck({
      logger,
      processBeforeResponse: false,
      httpRequest: buffered,
      httpRequestBody: body,
      httpResponse: res,
    });
    const event: ReceiverEvent = {
      body,
      ack: ack.bind(),
      retryNum: HTTPModuleFunctions.extractRetryNumFromHTTPRequest(req),
      retryReason: HTTPModuleFunctions.extractRetryReasonFromHTTPRequest(req),
      customProperties: {},
    };
    try {
      await app.processEvent(event);
    } catch (error) {
      const acknowledged = await HTTPModuleFunctions.defaultProcessEventErrorHandler({
        error: error instanceof Error ? error : new Error(String(error)),
        logger,
        request: req,
        response: res,
        storedResponse: undefined,
      });
      if (acknowledged) ack.ack();
    }
  }

  http.route('POST', EVENTS_PATH, onRequest);

  return {
    init(a: App) {
      app = a;
    },
    async start() {
      running = true;
    },
    async stop() {
      running = false;
    },
  };
}
