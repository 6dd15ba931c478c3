import type { Logger } from 'pino';
import type { MessageHandler } from '../bot/types.ts';
import type { HomeService } from '../home/home-service.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { HttpServer } from './http-server.ts';

/** What every platform adapter is given by the process (src/main.ts); it reaches for nothing else. */
export interface AdapterDeps {
  handler: MessageHandler;
  http: HttpServer;
  log: Logger;
  metrics: Metrics;
  /**
   * True for the first sighting of an inbound event id in the whole deployment (the shared store):
   * a Slack retry or a Mattermost DM seen by every replica's socket is answered once. Absent: this
   * process's own memory decides.
   */
  firstSighting?: (eventId: string) => Promise<boolean>;
  /** The personal home and subscribe form (Slack App Home and modal, Mattermost dialog); absent: off. */
  home?: HomeService;
}
