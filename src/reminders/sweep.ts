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
//
// A channel with more than DIGEST_OVER reminders at one sweep gets one digest message instead
// of a post each (./deliver-digest.ts): every reminder is still claimed on its own key, the
// claims of the digest in one transaction.
import { createHash } from 'node:crypto';
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
import { deliverDigest } from './deliver-digest.ts';
import { remindersDigestReply } from './digest-reply.ts';
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
  /**
   * A replica id: the channels are swept in an order of this replica's own (a hash of the id and
   * the channel) instead of by channel. Replicas sweeping at once then deliver different channels
   * instead of queueing on the same rows and finding them busy, and a channel another replica
   * has finished is skipped without a claim (its reminders read as sent).
   */
  orderFor?: string;
}

export interface SweepReport {
  /** The calendar day of the sweep in the time zone. */
  date: string;
  /** Reminders current at this sweep (before checking what was already delivered). */
  due: number;
  /** Posted by this sweep (each reminder of a digest counts). */
  sent: number;
  /** Messages posted: a reminder alone is one, a digest of many is one. */
  posts: number;
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

const postingDeadline = (postingId: string, deadline: string) => `${postingId}\u0000${deadline}`;

interface ChannelRecords {
  /**
   * For each (posting, deadline), the smallest offset attempted: a current reminder with a
   * larger one is superseded. Maps, so a channel with hundreds of records and hundreds of
   * current reminders is not a product of the two.
   */
  attempted: Map<string, number>;
  /** Keys recorded as sent: a sent reminder never goes back, so it needs no claim (no write). */
  sent: Set<string>;
}

function channelRecords(delivered: Delivery[]): ChannelRecords {
  const attempted = new Map<string, number>();
  const sent = new Set<string>();
  for (const d of delivered) {
    const k = postingDeadline(d.postingId, d.deadline);
    attempted.set(k, Math.min(attempted.get(k) ?? Number.POSITIVE_INFINITY, d.daysBefore));
    if (d.state === 'sent') sent.add(`${k}\u0000${d.daysBefore}`);
  }
  return { attempted, sent };
}

const alreadySent = (r: CurrentReminder, records: ChannelRecords) =>
  records.sent.has(`${postingDeadline(r.posting.id, r.deadline)}\u0000${r.daysBefore}`);

/** A smaller offset for the same deadline was already attempted: this one is superseded. */
function superseded(r: CurrentReminder, { attempted }: ChannelRecords): boolean {
  return (attempted.get(postingDeadline(r.posting.id, r.deadline)) ?? Number.POSITIVE_INFINITY) < r.daysBefore;
}

/** An announcement about this posting and deadline went out on or after the offset's day. */
function coveredByAnnouncement(
  r: CurrentReminder,
  announced: Map<string, AnnouncementDelivery[]>,
  timeZone: string,
): boolean {
  const offsetDay = addDays(r.deadline, -r.daysBefore);
  return (announced.get(r.posting.id) ?? []).some(
    (a) =>
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

/**
 * A channel with more reminders than this at one sweep gets them as one digest message (the
 * DIGEST_CAP soonest listed, "and N more"), each still claimed on its own key. A channel that
 * subscribes to a large corpus would otherwise get hundreds of posts at once, which no reader
 * wants and the platforms' rate limits (about one message a second per channel on Slack) make
 * take minutes.
 */
export const DIGEST_OVER = 10;

/** The idempotency key of a digest of a channel's reminders (PostOptions.key). */
export function reminderDigestKeyString(platform: Platform, channelId: string, digestId: string): string {
  return `positions-reminder:${[platform, channelId, digestId].map(encodeURIComponent).join(':')}`;
}

/** Delivers the reminders current at `now`, each exactly once. Store and platform errors are logged, never thrown. */
export async function sweepReminders(deps: DeliveryDeps): Promise<SweepReport> {
  const { store, now, timeZone, log, metrics } = deps;
  const today = localDate(now, timeZone);
  const report: SweepReport = { date: today, due: 0, sent: 0, posts: 0, failed: 0, skipped: 0, busy: 0, recovered: 0 };
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
  if (deps.orderFor !== undefined) {
    const replica = deps.orderFor;
    const rank = new Map(
      subs.map((s) => [
        s,
        createHash('sha256').update(`${replica}\u0000${s.platform}\u0000${s.channelId}`).digest('hex'),
      ]),
    );
    subs.sort((a, b) => ((rank.get(a) as string) < (rank.get(b) as string) ? -1 : 1));
  }

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
    let records: ChannelRecords;
    const announced = new Map<string, AnnouncementDelivery[]>();
    try {
      delivered = await store.deliveries({ platform: sub.platform, channelId: sub.channelId });
      records = channelRecords(delivered);
      for (const a of await store.announcements({ platform: sub.platform, channelId: sub.channelId }))
        announced.set(a.postingId, [...(announced.get(a.postingId) ?? []), a]);
    } catch (err) {
      stopFor(err);
      report.due += current.length;
      report.skipped += current.length;
      continue;
    }
    if (userMarks.length > 0)
      current = personalReminders({ current, matching, marks: userMarks, delivered, now, timeZone });
    report.due += current.length;
    const todo = current.filter(
      (r) => !alreadySent(r, records) && !superseded(r, records) && !coveredByAnnouncement(r, announced, timeZone),
    );
    const keyOf = (r: CurrentReminder): ReminderKey => ({
      platform: sub.platform,
      channelId: sub.channelId,
      postingId: r.posting.id,
      deadline: r.deadline,
      daysBefore: r.daysBefore,
    });
    if (todo.length > DIGEST_OVER) {
      if (down.has(sub.platform)) {
        report.skipped += todo.length;
        continue;
      }
      const outcome = await deliverDigest({
        items: todo,
        store,
        now,
        refOf: (r) => ({ kind: 'reminder', key: keyOf(r) }),
        keyOf: (r) => reminderKeyString(keyOf(r)),
        idOf: (r) => `${r.posting.id}\u0000${r.deadline}\u0000${r.daysBefore}`,
        poster,
        channelId: sub.channelId,
        keyFor: (digestId) => reminderDigestKeyString(sub.platform, sub.channelId, digestId),
        reply: (rs) => remindersDigestReply(rs, today),
        ...(deps.claimOptions ? { claimOptions: deps.claimOptions } : {}),
        log,
        what: { platform: sub.platform, channelId: sub.channelId, reminders: 'digest' },
      });
      if (outcome.storeError) {
        stopFor(outcome.storeError);
        report.skipped += todo.length;
        continue;
      }
      if (outcome.recovered) report.recovered += 1;
      report.sent += outcome.sent.length;
      report.posts += outcome.posts;
      report.failed += outcome.failed.length;
      report.skipped += outcome.busy.length;
      report.busy += outcome.busy.length;
      if (outcome.sent.length > 0) metrics?.remindersSent.inc({ platform: sub.platform }, outcome.sent.length);
      if (outcome.failed.length > 0) metrics?.remindersFailed.inc({ platform: sub.platform }, outcome.failed.length);
      const inARow = outcome.failed.length > 0 ? (failedInARow.get(sub.platform) ?? 0) + 1 : 0;
      failedInARow.set(sub.platform, inARow);
      if (inARow >= MAX_FAILURES_IN_A_ROW) down.add(sub.platform);
      continue;
    }
    for (const r of todo) {
      if (storeError) {
        report.skipped += 1;
        continue;
      }
      if (down.has(sub.platform)) {
        report.skipped += 1;
        continue;
      }
      const key = keyOf(r);
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
          report.posts += 1;
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
