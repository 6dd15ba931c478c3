// The reminder sweep: for every subscribed channel, the reminder that is current for each
// matching posting (./due.ts `currentReminders`), delivered exactly once (./deliver.ts).
//
// Catch-up rule: at a sweep, for each (channel, posting, deadline) the one reminder to send is
// the most recent offset whose day has come (the smallest offset >= days left). So after
// downtime only the latest missed offset goes out, once, saying the true days left (offsets
// 14, 7, 1 and the bot down from day -15 to day -5: the 7-day reminder on day -5, "5 days
// left"; the 14-day one never). An offset is never sent after a smaller one was. A channel
// that subscribes late is treated the same way: it gets the current reminder at once (only
// that one), then the next offsets on their days. Nothing goes out on the deadline day unless
// 0 is an offset. A reminder already covered by an announcement of the posting (new posting or
// changed deadline) sent on or after the offset's day is not repeated: run announceChanges
// before sweepReminders.
import type { Logger } from 'pino';
import type { ChannelPoster, Platform } from '../bot/types.ts';
import type { Posting } from '../corpus/posting.ts';
import type { Metrics } from '../observability/metrics.ts';
import { describeStoreError } from '../store/describe-store-error.ts';
import type {
  AnnouncementDelivery,
  ClaimOptions,
  Delivery,
  PostingMark,
  ReminderKey,
  Store,
  Subscription,
} from '../store/store.ts';
import { addDays, localDate } from '../time/calendar.ts';
import { deliverOnce } from './deliver.ts';
import { type CurrentReminder, currentReminders } from './due.ts';
import { subscriptionMatches } from './filter.ts';
import { reminderReply } from './messages.ts';
import { isPersonal, personalReminders, personalUser } from './personal.ts';
import { reminderActions } from './reminder-actions.ts';

export interface DeliveryDeps {
  store: Store;
  postings: Posting[];
  posters: Map<Platform, ChannelPoster> | ChannelPoster[];
  now: Date;
  timeZone: string;
  log: Logger;
  metrics?: Metrics;
  /** Attempts and the claim lease (defaults: 5 attempts, 60 s). */
  claimOptions?: ClaimOptions;
}

export interface SweepReport {
  /** The calendar day of the sweep in the time zone. */
  date: string;
  /** Reminders current at this sweep (before checking what was already delivered). */
  due: number;
  /** Posted by this sweep. */
  sent: number;
  /** Posts that failed (retried on the next sweep, up to the attempt limit). */
  failed: number;
  /** Not attempted: a store error, no poster for the platform, or claimed by a running sweep. */
  skipped: number;
  /** Of those, claimed under a live lease (another replica delivering, or one whose lease has not lapsed yet). */
  busy: number;
  /** Claims a crash had left behind, resolved (found posted, or posted again). */
  recovered: number;
  /** Store trouble that cut the sweep short, in words. */
  storeError?: string;
}

/** How long delivery records are kept after their deadline. */
const KEEP_DAYS = 90;

/** The idempotency key of a reminder, stable across restarts (PostOptions.key). */
export function reminderKeyString(key: ReminderKey): string {
  const parts = [key.platform, key.channelId, key.postingId, key.deadline, String(key.daysBefore)];
  return `positions-reminder:${parts.map(encodeURIComponent).join(':')}`;
}

export function posterLookup(posters: DeliveryDeps['posters']): (p: Platform) => ChannelPoster | undefined {
  const map = posters instanceof Map ? posters : new Map(posters.map((p) => [p.platform, p] as const));
  return (platform) => map.get(platform);
}

/** The postings once each (the first of a duplicated id), in a stable order. */
export function uniquePostings(postings: Posting[]): Posting[] {
  const seen = new Set<string>();
  const out: Posting[] = [];
  for (const p of postings) {
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    out.push(p);
  }
  return out;
}

/** A smaller offset for the same deadline was already attempted: this one is superseded. */
function superseded(r: CurrentReminder, delivered: Delivery[]): boolean {
  return delivered.some(
    (d) => d.postingId === r.posting.id && d.deadline === r.deadline && d.daysBefore < r.daysBefore,
  );
}

/** An announcement about this posting and deadline went out on or after the offset's day. */
function coveredByAnnouncement(r: CurrentReminder, announced: AnnouncementDelivery[], timeZone: string): boolean {
  const offsetDay = addDays(r.deadline, -r.daysBefore);
  return announced.some(
    (a) =>
      a.postingId === r.posting.id &&
      a.state === 'sent' &&
      a.sentAt !== null &&
      (a.what === 'new' || a.what.endsWith(`>${r.deadline}`)) &&
      localDate(new Date(a.sentAt), timeZone) >= offsetDay,
  );
}

/** Every user's posting marks, by platform and user. */
export async function marksByUser(store: Store): Promise<Map<string, PostingMark[]>> {
  const out = new Map<string, PostingMark[]>();
  for (const m of await store.postingMarks()) {
    const key = `${m.platform}\u0000${m.userId}`;
    const list = out.get(key) ?? [];
    list.push(m);
    out.set(key, list);
  }
  return out;
}

/** Failed posts in a row after which a platform gets no more posts in this sweep. */
export const MAX_FAILURES_IN_A_ROW = 3;

/** Delivers the reminders current at `now`, each exactly once. Store and platform errors are logged, never thrown. */
export async function sweepReminders(deps: DeliveryDeps): Promise<SweepReport> {
  const { store, now, timeZone, log, metrics } = deps;
  const today = localDate(now, timeZone);
  const report: SweepReport = { date: today, due: 0, sent: 0, failed: 0, skipped: 0, busy: 0, recovered: 0 };
  const posterFor = posterLookup(deps.posters);
  const postings = uniquePostings(deps.postings);
  const missingPoster = new Set<Platform>();
  // A platform that fails several posts in a row is down: each post costs its retries and
  // backoff, so the rest wait for the next sweep instead of stalling this one.
  const failedInARow = new Map<Platform, number>();
  const down = new Set<Platform>();
  let storeError: unknown = null;
  const stopFor = (err: unknown) => {
    storeError = err;
    report.storeError = describeStoreError(err);
  };

  let subs: Subscription[] = [];
  // One user's marks (applied, stopped, snoozed) shape their personal reminders (./personal.ts).
  let marks: Map<string, PostingMark[]> = new Map();
  try {
    subs = await store.subscriptions();
    if (subs.some((s) => isPersonal(s.channelId))) marks = await marksByUser(store);
  } catch (err) {
    stopFor(err);
  }
  subs.sort((a, b) =>
    a.platform !== b.platform ? (a.platform < b.platform ? -1 : 1) : a.channelId < b.channelId ? -1 : 1,
  );

  // Channels often share a filter and offsets: match and compute each combination once.
  const matchingByFilter = new Map<string, Posting[]>();
  const currentByKey = new Map<string, CurrentReminder[]>();
  for (const sub of subs) {
    const filterKey = `${sub.filter ?? ''}\u0001${(sub.postingIds ?? []).join('\u0001')}`;
    let matching = matchingByFilter.get(filterKey);
    if (!matching) {
      matching = postings.filter((p) => subscriptionMatches(p, sub));
      matchingByFilter.set(filterKey, matching);
    }
    const currentKey = `${sub.offsets.join(',')}\u0000${filterKey}`;
    let current: CurrentReminder[] | undefined = currentByKey.get(currentKey);
    if (!current) {
      current = currentReminders(matching, { now, timeZone, offsets: sub.offsets });
      currentByKey.set(currentKey, current);
    }
    const userMarks = isPersonal(sub.channelId)
      ? (marks.get(`${sub.platform}\u0000${personalUser(sub.channelId)}`) ?? [])
      : [];
    const snoozes = userMarks.some((m) => m.state === 'snoozed');
    if (current.length === 0 && !snoozes) continue;
    const poster = posterFor(sub.platform);
    if (!poster) {
      missingPoster.add(sub.platform);
      report.due += current.length;
      report.skipped += current.length;
      continue;
    }
    if (storeError) {
      report.due += current.length;
      report.skipped += current.length;
      continue;
    }
    let delivered: Delivery[];
    let announced: AnnouncementDelivery[];
    try {
      delivered = await store.deliveries({ platform: sub.platform, channelId: sub.channelId });
      announced = await store.announcements({ platform: sub.platform, channelId: sub.channelId });
    } catch (err) {
      stopFor(err);
      report.due += current.length;
      report.skipped += current.length;
      continue;
    }
    if (userMarks.length > 0)
      current = personalReminders({ current, matching, marks: userMarks, delivered, now, timeZone });
    report.due += current.length;
    for (const r of current) {
      if (storeError) {
        report.skipped += 1;
        continue;
      }
      if (superseded(r, delivered) || coveredByAnnouncement(r, announced, timeZone)) continue;
      if (down.has(sub.platform)) {
        report.skipped += 1;
        continue;
      }
      const key: ReminderKey = {
        platform: sub.platform,
        channelId: sub.channelId,
        postingId: r.posting.id,
        deadline: r.deadline,
        daysBefore: r.daysBefore,
      };
      const what = {
        platform: key.platform,
        channelId: key.channelId,
        postingId: key.postingId,
        daysBefore: key.daysBefore,
      };
      const outcome = await deliverOnce({
        claim: () => store.claimReminder(key, now, deps.claimOptions),
        mark: (o) => store.markReminder(key, o, now),
        renew: () => store.renewLease({ kind: 'reminder', key }, deps.claimOptions?.leaseMs),
        poster,
        channelId: sub.channelId,
        key: reminderKeyString(key),
        reply: () =>
          reminderReply(r.posting, r.deadline, r.daysLeft, today, reminderActions(sub.channelId, r.posting.id)),
        ...(deps.claimOptions ? { claimOptions: deps.claimOptions } : {}),
        log,
        what: { ...what, reminder: true },
      });
      if (outcome.recovered) report.recovered += 1;
      const inARow = outcome.result === 'failed' ? (failedInARow.get(sub.platform) ?? 0) + 1 : 0;
      failedInARow.set(sub.platform, inARow);
      if (inARow >= MAX_FAILURES_IN_A_ROW) down.add(sub.platform);
      switch (outcome.result) {
        case 'sent':
          report.sent += 1;
          metrics?.remindersSent.inc({ platform: sub.platform });
          break;
        case 'failed':
          report.failed += 1;
          metrics?.remindersFailed.inc({ platform: sub.platform });
          break;
        case 'busy':
          report.skipped += 1;
          report.busy += 1;
          break;
        case 'store-error':
          stopFor(outcome.error);
          report.skipped += 1;
          break;
        case 'found':
        case 'done':
          break;
      }
    }
  }

  for (const platform of down)
    log.warn(
      { platform },
      `${platform} failed ${MAX_FAILURES_IN_A_ROW} posts in a row: its other reminders are left for the next sweep`,
    );
  for (const platform of missingPoster)
    log.warn({ platform }, `reminders for ${platform} channels skipped: the ${platform} adapter is not running`);
  if (storeError) {
    log.error(
      { err: String((storeError as Error).message ?? storeError), skipped: report.skipped },
      `reminder sweep cut short: ${report.storeError}; nothing was posted without a claim, ${report.skipped} reminder(s) left for the next run`,
    );
  } else {
    try {
      await store.pruneDeliveries(addDays(today, -KEEP_DAYS));
    } catch {
      // Housekeeping only; the next sweep tries again.
    }
  }
  log.info({ ...report }, 'reminder sweep done');
  return report;
}
