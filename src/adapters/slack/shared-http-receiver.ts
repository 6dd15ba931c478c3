// Slack's HTTP mode on the bot's one HTTP server: a Bolt Receiver (init/start/stop) whose
// transport is the `POST /slack/events` route of src/adapters/http-server.ts, so the same port
// serves /healthz, /metrics and Slack. Requests are verified with Bolt's own verifySlackRequest
// (v0 HMAC-SHA256 of "v0:timestamp:body", constant-time compare, timestamps over 5 minutes old
// refused) and acknowledged with Bolt's HTTPResponseAck, like Bolt's HTTPReceiver does.
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
import type { HttpServer } from '../http-server.ts';

export const EVENTS_PATH = '/slack/events';

export interface SharedHttpReceiverOptions {
  http: HttpServer;
  signingSecret: string;
  logger: SlackLogger;
  /** The clock the request timestamp is checked against. */
  clock?: Clock;
  /** Largest request body accepted (bytes). */
  bodyLimit?: number;
}

const FORM = 'application/x-www-form-urlencoded';

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/** Slack's HTTP transport as a Bolt Receiver on our shared server (registers its route now). */
export function createSharedHttpReceiver(options: SharedHttpReceiverOptions): Receiver {
  const { http, signingSecret, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const bodyLimit = options.bodyLimit ?? 1024 * 1024;
  let app: App | undefined;
  let running = false;

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!app || !running) {
      HTTPModuleFunctions.buildNoBodyResponse(res, 503);
      return;
    }
    let raw: string;
    let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.bufferIncomingMessage>>;
    try {
      buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, bodyLimit);
      raw = buffered.rawBody.toString('utf8');
    } catch (err) {
      const tooLarge = HTTPModuleFunctions.isRawBodyError(err) && err.statusCode === 413;
      logger.warn(`slack request body not read: ${String(err)}`);
      HTTPModuleFunctions.buildNoBodyResponse(res, tooLarge ? 413 : 400);
      return;
    }
    // Slack's SSL check carries no signature; nothing else in it is looked at (as in Bolt).
    if (header(req, 'content-type') === FORM && new URLSearchParams(raw).get('ssl_check') === '1') {
      HTTPModuleFunctions.buildSSLCheckResponse(res);
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
      HTTPModuleFunctions.buildNoBodyResponse(res, 401);
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
