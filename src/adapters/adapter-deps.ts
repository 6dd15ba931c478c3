import type { Logger } from 'pino';
import type { MessageHandler } from '../bot/types.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { HttpServer } from './http-server.ts';

/** What every platform adapter is given by the process (src/main.ts); it reaches for nothing else. */
export interface AdapterDeps {
  handler: MessageHandler;
  http: HttpServer;
  log: Logger;
  metrics: Metrics;
}
