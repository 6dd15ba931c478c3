// Prometheus metrics (prom-client), one registry per process so tests can make their own.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  commandsAnswered: Counter<'platform' | 'kind'>;
  commandLatency: Histogram<'platform'>;
  remindersSent: Counter<'platform'>;
  remindersFailed: Counter<'platform'>;
  announcementsSent: Counter<'platform'>;
  postingsLoaded: Gauge;
  parseWarnings: Gauge;
  reconnects: Counter<'platform'>;
  rateLimited: Counter<'platform'>;
  /** Requests refused before they reached the bot: bad signature, replay, too large, too slow, busy. */
  requestsRefused: Counter<'platform' | 'reason'>;
  /** Frames or envelopes from a chat server that could not be read (skipped, the connection goes on). */
  malformedFrames: Counter<'platform'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const r = [registry];
  return {
    registry,
    commandsAnswered: new Counter({
      name: 'positions_commands_answered_total',
      help: 'Commands and messages answered',
      labelNames: ['platform', 'kind'],
      registers: r,
    }),
    commandLatency: new Histogram({
      name: 'positions_command_latency_seconds',
      help: 'Time to answer a command',
      labelNames: ['platform'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 3],
      registers: r,
    }),
    remindersSent: new Counter({
      name: 'positions_reminders_sent_total',
      help: 'Reminders delivered',
      labelNames: ['platform'],
      registers: r,
    }),
    remindersFailed: new Counter({
      name: 'positions_reminders_failed_total',
      help: 'Reminder posts that failed (retried on the next run)',
      labelNames: ['platform'],
      registers: r,
    }),
    announcementsSent: new Counter({
      name: 'positions_announcements_sent_total',
      help: 'New-posting and changed-deadline announcements delivered',
      labelNames: ['platform'],
      registers: r,
    }),
    postingsLoaded: new Gauge({ name: 'positions_postings_loaded', help: 'Postings in the corpus', registers: r }),
    parseWarnings: new Gauge({
      name: 'positions_parse_warnings',
      help: 'Warnings from the last corpus load',
      registers: r,
    }),
    reconnects: new Counter({
      name: 'positions_reconnects_total',
      help: 'Platform connections re-established after a drop',
      labelNames: ['platform'],
      registers: r,
    }),
    rateLimited: new Counter({
      name: 'positions_rate_limited_total',
      help: 'Commands refused by the per-user rate limit',
      labelNames: ['platform'],
      registers: r,
    }),
    requestsRefused: new Counter({
      name: 'positions_requests_refused_total',
      help: 'HTTP requests refused before reaching the bot (unauthorized, replay, too_large, too_slow, busy)',
      labelNames: ['platform', 'reason'],
      registers: r,
    }),
    malformedFrames: new Counter({
      name: 'positions_malformed_frames_total',
      help: 'WebSocket frames or Socket Mode envelopes that could not be read and were skipped',
      labelNames: ['platform'],
      registers: r,
    }),
  };
}
