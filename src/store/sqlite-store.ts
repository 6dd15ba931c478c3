// The Store on SQLite (better-sqlite3): one file, WAL, durable commits, owner-only permissions.
// Claims (one, or a batch under one commit) are IMMEDIATE transactions under a lease
// (./decide-claim.ts), so a reminder is claimed by one sweep at most, in one process or several
// on the same file, and a busy or full database rejects before anything is claimed (the caller
// then posts nothing). better-sqlite3 is synchronous: each call runs at once and its result is
// wrapped in a promise.
import { randomUUID } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Topic } from '../answers/reply.ts';
import type { Platform } from '../bot/types.ts';
import type { UserFacts } from '../eligibility/index.ts';
import { type ClaimRow, decideClaim, defaultOwner, leaseMsOf } from './decide-claim.ts';
import { migrate } from './migrations.ts';
import type {
  Claim,
  ClaimOptions,
  DeliveryRef,
  DeliveryState,
  KnownPosting,
  Outcome,
  ReminderKey,
  Store,
  StoreOptions,
} from './store.ts';
import { CONVERSATIONS_KEEP_MS, PRUNE_EVERY, SEEN_EVENTS_KEEP_MS } from './store.ts';
import { postingIdsColumn, toAnnouncement, toDelivery, toPostingMark, toSubscription } from './stored-values.ts';

export interface SqliteStoreOptions extends StoreOptions {
  /**
   * How long a write waits for another connection's lock before SQLITE_BUSY (default 500 ms).
   * better-sqlite3 waits synchronously, blocking the event loop: a long wait would stall every
   * chat answer, while a sweep that gets SQLITE_BUSY simply leaves its reminders for the next run.
   */
  busyTimeoutMs?: number;
}

const BASELINE = 'postings_baseline';
const MAX_ERROR_CHARS = 500;

interface DeliveryRow {
  state: DeliveryState;
  attempts: number;
  claimed_at: string;
  lease_until: number | null;
}

const claimRow = (r: DeliveryRow | undefined): ClaimRow | undefined =>
  r && { state: r.state, attempts: r.attempts, claimedAt: r.claimed_at, leaseUntil: r.lease_until };

function ownerOnly(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(p)) chmodSync(p, 0o600);
}

/**
 * Opens (creating it and its folder if needed) the SQLite store at `path`, or an in-memory one
 * for ':memory:'. The file is readable by its owner only (mode 0600): it holds user profiles.
 */
export async function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Promise<Store> {
  return openSqliteStoreSync(path, options);
}

/** The same, at once (for scripts and tests that seed a file before starting a process). */
export function openSqliteStoreSync(path: string, options: SqliteStoreOptions = {}): Store {
  const inMemory = path === ':memory:' || path === '';
  if (!inMemory) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    // Created 0600 before SQLite sees it, so the WAL and shm files, which SQLite gives the
    // database file's mode, are never readable by others either.
    closeSync(openSync(path, 'a', 0o600));
    ownerOnly(path);
  }
  const db = new Database(path);
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 500))}`);
    if (!inMemory) db.pragma('journal_mode = WAL');
    // FULL: a committed claim survives a power cut, so a reminder is never claimed twice.
    db.pragma('synchronous = FULL');
    // Deleted rows (forgotten profiles) are overwritten, not left in free pages.
    db.pragma('secure_delete = ON');
    migrate(db);
    if (!inMemory) ownerOnly(path);
  } catch (err) {
    db.close();
    throw err;
  }
  // Conversations and inbound event ids are short-lived: written on a second connection that
  // commits without waiting for the disk (WAL, synchronous NORMAL), so answering a question does
  // not cost an fsync. A power cut may lose the last few of them, never a claim. Delivery
  // outcomes and lease renewals are written there too (see `markAll`).
  const quick = inMemory ? db : new Database(path);
  if (quick !== db) {
    quick.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 500))}`);
    quick.pragma('synchronous = NORMAL');
    quick.pragma('secure_delete = ON');
  }

  // Whose claims these are: several processes may share the file, each with its own leases.
  const owner = options.owner ?? defaultOwner(hostname(), process.pid, randomUUID());
  const leaseClock = options.leaseClock ?? Date.now;

  const q = {
    subscribe: db.prepare(
      `INSERT INTO subscriptions (platform, channel_id, offsets, filter, posting_ids, created_by, created_at)
       VALUES (@platform, @channelId, @offsets, @filter, @postingIds, @createdBy, @createdAt)
       ON CONFLICT (platform, channel_id) DO UPDATE SET
         offsets = excluded.offsets, filter = excluded.filter, posting_ids = excluded.posting_ids,
         created_by = excluded.created_by, created_at = excluded.created_at`,
    ),
    unsubscribe: db.prepare('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?'),
    subsAll: db.prepare('SELECT * FROM subscriptions ORDER BY platform, channel_id'),
    subsOf: db.prepare('SELECT * FROM subscriptions WHERE platform = ? ORDER BY channel_id'),
    subOne: db.prepare('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?'),

    remGet: db.prepare(
      `SELECT state, attempts, claimed_at, lease_until FROM reminder_deliveries
       WHERE platform = @platform AND channel_id = @channelId AND posting_id = @postingId
         AND deadline = @deadline AND days_before = @daysBefore`,
    ),
    remInsert: db.prepare(
      `INSERT INTO reminder_deliveries
         (platform, channel_id, posting_id, deadline, days_before, state, attempts, owner, claimed_at, last_attempt_at, lease_until)
       VALUES (@platform, @channelId, @postingId, @deadline, @daysBefore, 'claimed', 1, @owner, @now, @now, @leaseUntil)
       ON CONFLICT DO NOTHING`,
    ),
    remReclaim: db.prepare(
      `UPDATE reminder_deliveries SET state = 'claimed', attempts = @attempts, owner = @owner, last_attempt_at = @now,
         lease_until = @leaseUntil
       WHERE platform = @platform AND channel_id = @channelId AND posting_id = @postingId
         AND deadline = @deadline AND days_before = @daysBefore`,
    ),
    remGiveUp: db.prepare(
      `UPDATE reminder_deliveries SET state = 'failed', error = COALESCE(error, 'given up: outcome unknown')
       WHERE platform = @platform AND channel_id = @channelId AND posting_id = @postingId
         AND deadline = @deadline AND days_before = @daysBefore`,
    ),
    remMark: quick.prepare(
      `UPDATE reminder_deliveries SET state = @state, sent_at = @sentAt, error = @error, last_attempt_at = @now,
         lease_until = NULL
       WHERE platform = @platform AND channel_id = @channelId AND posting_id = @postingId
         AND deadline = @deadline AND days_before = @daysBefore AND state = 'claimed' AND owner = @owner`,
    ),
    remRenew: quick.prepare(
      `UPDATE reminder_deliveries SET lease_until = @leaseUntil
       WHERE platform = @platform AND channel_id = @channelId AND posting_id = @postingId
         AND deadline = @deadline AND days_before = @daysBefore AND state = 'claimed' AND owner = @owner`,
    ),

    annGet: db.prepare(
      `SELECT state, attempts, claimed_at, lease_until FROM announcements
       WHERE platform = @platform AND channel_id = @channelId AND posting_id = @postingId AND what = @what`,
    ),
    annInsert: db.prepare(
      `INSERT INTO announcements
         (platform, channel_id, posting_id, what, state, attempts, owner, claimed_at, last_attempt_at, lease_until)
       VALUES (@platform, @channelId, @postingId, @what, 'claimed', 1, @owner, @now, @now, @leaseUntil)
       ON CONFLICT DO NOTHING`,
    ),
    annReclaim: db.prepare(
      `UPDATE announcements SET state = 'claimed', attempts = @attempts, owner = @owner, last_attempt_at = @now,
         lease_until = @leaseUntil
       WHERE platform = @platform AND channel_id = @channelId AND posting_id = @postingId AND what = @what`,
    ),
    annGiveUp: db.prepare(
      `UPDATE announcements SET state = 'failed', error = COALESCE(error, 'given up: outcome unknown')
       WHERE platform = @platform AND channel_id = @channelId AND posting_id = @postingId AND what = @what`,
    ),
    annMark: quick.prepare(
      `UPDATE announcements SET state = @state, sent_at = @sentAt, error = @error, last_attempt_at = @now,
         lease_until = NULL
       WHERE platform = @platform AND channel_id = @channelId AND posting_id = @postingId AND what = @what
         AND state = 'claimed' AND owner = @owner`,
    ),
    annRenew: quick.prepare(
      `UPDATE announcements SET lease_until = @leaseUntil
       WHERE platform = @platform AND channel_id = @channelId AND posting_id = @postingId AND what = @what
         AND state = 'claimed' AND owner = @owner`,
    ),

    known: db.prepare('SELECT posting_id, title, deadline, first_seen FROM known_postings ORDER BY posting_id'),
    remember: db.prepare(
      `INSERT INTO known_postings (posting_id, title, deadline, first_seen, last_seen)
       VALUES (@postingId, @title, @deadline, @now, @now)
       ON CONFLICT (posting_id) DO UPDATE SET title = excluded.title, deadline = excluded.deadline,
         last_seen = excluded.last_seen`,
    ),
    forget: db.prepare('DELETE FROM known_postings WHERE posting_id = ?'),
    metaGet: db.prepare('SELECT value FROM meta WHERE key = ?'),
    metaInit: db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING'),

    profileGet: db.prepare('SELECT facts FROM profiles WHERE platform = ? AND user_id = ?'),
    profileSave: db.prepare(
      `INSERT INTO profiles (platform, user_id, facts, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (platform, user_id) DO UPDATE SET facts = excluded.facts, updated_at = excluded.updated_at`,
    ),
    profileDelete: db.prepare('DELETE FROM profiles WHERE platform = ? AND user_id = ?'),

    markSave: db.prepare(
      `INSERT INTO posting_marks (platform, user_id, posting_id, state, until, updated_at)
       VALUES (@platform, @userId, @postingId, @state, @until, @updatedAt)
       ON CONFLICT (platform, user_id, posting_id) DO UPDATE SET
         state = excluded.state, until = excluded.until, updated_at = excluded.updated_at`,
    ),
    markDelete: db.prepare('DELETE FROM posting_marks WHERE platform = ? AND user_id = ? AND posting_id = ?'),
    marksForget: db.prepare('DELETE FROM posting_marks WHERE platform = ? AND user_id = ?'),

    pruneRem: db.prepare('DELETE FROM reminder_deliveries WHERE deadline < ?'),

    eventSeen: quick.prepare(
      'INSERT INTO seen_events (event_id, seen_at) VALUES (?, ?) ON CONFLICT (event_id) DO NOTHING',
    ),
    eventsPrune: quick.prepare('DELETE FROM seen_events WHERE seen_at < ?'),
    topicGet: quick.prepare('SELECT topic FROM conversations WHERE key = ? AND updated_at >= ?'),
    topicSave: quick.prepare(
      `INSERT INTO conversations (key, topic, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET topic = excluded.topic, updated_at = excluded.updated_at`,
    ),
    topicsPrune: quick.prepare('DELETE FROM conversations WHERE updated_at < ?'),
    ping: db.prepare('SELECT 1'),

    feedToken: db.prepare('SELECT token FROM calendar_feeds WHERE platform = ? AND channel_id = ?'),
    feedCreate: db.prepare(
      `INSERT INTO calendar_feeds (platform, channel_id, token, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (platform, channel_id) DO NOTHING`,
    ),
    feedReset: db.prepare(
      `INSERT INTO calendar_feeds (platform, channel_id, token, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (platform, channel_id) DO UPDATE SET token = excluded.token, created_at = excluded.created_at`,
    ),
    feedOf: db.prepare('SELECT platform, channel_id FROM calendar_feeds WHERE token = ?'),
    eventGet: db.prepare('SELECT occurs, sequence FROM calendar_events WHERE posting_id = ?'),
    eventSet: db.prepare(
      `INSERT INTO calendar_events (posting_id, occurs, sequence) VALUES (?, ?, 0)
       ON CONFLICT (posting_id) DO UPDATE SET occurs = excluded.occurs, sequence = calendar_events.sequence + 1
       WHERE calendar_events.occurs <> excluded.occurs`,
    ),
  };
  let writes = 0;

  /** The statements and parameters of one delivery's row. */
  function rowOf(ref: DeliveryRef) {
    return ref.kind === 'reminder'
      ? {
          get: q.remGet,
          insert: q.remInsert,
          reclaim: q.remReclaim,
          giveUp: q.remGiveUp,
          mark: q.remMark,
          renew: q.remRenew,
          params: remParams(ref.key) as Record<string, unknown>,
        }
      : {
          get: q.annGet,
          insert: q.annInsert,
          reclaim: q.annReclaim,
          giveUp: q.annGiveUp,
          mark: q.annMark,
          renew: q.annRenew,
          params: { platform: ref.platform, channelId: ref.channelId, postingId: ref.postingId, what: ref.what },
        };
  }

  /**
   * Claims in one IMMEDIATE transaction: the write lock is taken before any row is read, and one
   * commit (one fsync) covers the lot.
   */
  function claimAll(refs: DeliveryRef[], now: Date, options: ClaimOptions | undefined): Claim[] {
    return db
      .transaction((): Claim[] => {
        const at = now.toISOString();
        const leaseNow = leaseClock();
        const leaseUntil = leaseNow + leaseMsOf(options);
        return refs.map((ref): Claim => {
          const { get, insert, reclaim, giveUp, params } = rowOf(ref);
          // The first claim of a key is the common case: one statement, no read before it.
          if (insert.run({ ...params, owner, now: at, leaseUntil }).changes > 0)
            return { status: 'post', previous: 'none', attempts: 1, claimedAt: at };
          const row = get.get(params) as DeliveryRow | undefined;
          const decision = decideClaim(claimRow(row), leaseNow, options);
          // Not reached: the insert found the row in this same transaction.
          if (decision === 'insert') return { status: 'busy' };
          if (decision.status === 'post')
            reclaim.run({ ...params, attempts: decision.attempts, owner, now: at, leaseUntil });
          else if (decision.status === 'done' && decision.state === 'failed' && row?.state === 'claimed')
            giveUp.run(params);
          return decision;
        });
      })
      .immediate();
  }

  // Outcomes and lease renewals commit on the connection that does not wait for the disk: one
  // lost to a power cut leaves its claim 'claimed', and the claim's lease lapses and the claim is
  // taken over with the platform asked first, as after a crash. Only the claims must be durable
  // (a claim lost after its post went out would be posted again unasked): one fsync a batch.
  function markAll(refs: DeliveryRef[], outcome: Outcome, now: Date): void {
    const values = outcomeParams(outcome, now);
    quick
      .transaction(() => {
        for (const ref of refs) {
          const { mark, params } = rowOf(ref);
          mark.run({ ...params, ...values, owner });
        }
      })
      .immediate();
  }

  function renewAll(refs: DeliveryRef[], leaseMs: number | undefined): number {
    const leaseUntil = leaseClock() + leaseMsOf(leaseMs === undefined ? undefined : { leaseMs });
    return quick
      .transaction(() => {
        let ours = 0;
        for (const ref of refs) {
          const { renew, params } = rowOf(ref);
          ours += renew.run({ ...params, owner, leaseUntil }).changes;
        }
        return ours;
      })
      .immediate();
  }

  function outcomeParams(outcome: Outcome, now: Date) {
    const at = now.toISOString();
    return outcome.ok
      ? { state: 'sent', sentAt: at, error: null, now: at }
      : { state: 'failed', sentAt: null, error: outcome.error.slice(0, MAX_ERROR_CHARS), now: at };
  }

  const remParams = (k: ReminderKey) => ({
    platform: k.platform,
    channelId: k.channelId,
    postingId: k.postingId,
    deadline: k.deadline,
    daysBefore: k.daysBefore,
  });

  function where(filter: Record<string, unknown>, columns: Record<string, string>): [string, unknown[]] {
    const parts: string[] = [];
    const values: unknown[] = [];
    for (const [field, column] of Object.entries(columns)) {
      const v = filter[field];
      if (v === undefined) continue;
      parts.push(`${column} = ?`);
      values.push(v);
    }
    return [parts.length ? `WHERE ${parts.join(' AND ')}` : '', values];
  }

  let closed = false;

  /** Every PRUNE_EVERY writes (and the first), a cheap delete of what has expired. */
  function housekeep(now: Date): void {
    if (writes++ % PRUNE_EVERY !== 0) return;
    q.eventsPrune.run(new Date(now.getTime() - SEEN_EVENTS_KEEP_MS).toISOString());
    q.topicsPrune.run(new Date(now.getTime() - CONVERSATIONS_KEEP_MS).toISOString());
  }

  return {
    engine: 'sqlite',
    owner,
    async subscribe(sub) {
      const offsets = [...new Set(sub.offsets.filter((n) => Number.isInteger(n) && n >= 0))].sort((a, b) => b - a);
      const { postingIds: _ids, ...rest } = sub;
      q.subscribe.run({ ...rest, offsets: JSON.stringify(offsets), postingIds: postingIdsColumn(sub.postingIds) });
    },
    async unsubscribe(platform, channelId) {
      return q.unsubscribe.run(platform, channelId).changes > 0;
    },
    async subscriptions(platform) {
      const rows = (platform ? q.subsOf.all(platform) : q.subsAll.all()) as Record<string, unknown>[];
      return rows.map(toSubscription);
    },
    async subscription(platform, channelId) {
      const row = q.subOne.get(platform, channelId) as Record<string, unknown> | undefined;
      return row ? toSubscription(row) : null;
    },

    async claimReminder(key, now, options) {
      return claimAll([{ kind: 'reminder', key }], now, options)[0] as Claim;
    },
    async markReminder(key, outcome, now) {
      markAll([{ kind: 'reminder', key }], outcome, now);
    },
    async deliveries(filter = {}) {
      const [clause, values] = where(filter, {
        platform: 'platform',
        channelId: 'channel_id',
        postingId: 'posting_id',
        deadline: 'deadline',
        daysBefore: 'days_before',
      });
      const rows = db
        .prepare(
          `SELECT * FROM reminder_deliveries ${clause} ORDER BY platform, channel_id, deadline, posting_id, days_before DESC`,
        )
        .all(...values) as Record<string, unknown>[];
      return rows.map(toDelivery);
    },
    async pruneDeliveries(deadlineBefore) {
      return q.pruneRem.run(deadlineBefore).changes;
    },

    async claimAnnouncement(platform, channelId, postingId, what, now, options) {
      return claimAll([{ kind: 'announcement', platform, channelId, postingId, what }], now, options)[0] as Claim;
    },
    async markAnnouncement(platform, channelId, postingId, what, outcome, now) {
      markAll([{ kind: 'announcement', platform, channelId, postingId, what }], outcome, now);
    },
    async announcements(filter = {}) {
      const [clause, values] = where(filter, {
        platform: 'platform',
        channelId: 'channel_id',
        postingId: 'posting_id',
      });
      const rows = db
        .prepare(`SELECT * FROM announcements ${clause} ORDER BY platform, channel_id, posting_id, what`)
        .all(...values) as Record<string, unknown>[];
      return rows.map(toAnnouncement);
    },

    async knownPostings() {
      return (q.known.all() as Record<string, unknown>[]).map(
        (r): KnownPosting => ({
          postingId: String(r.posting_id),
          title: String(r.title),
          deadline: r.deadline === null ? null : String(r.deadline),
          firstSeen: String(r.first_seen),
        }),
      );
    },
    async rememberPostings(postings, now) {
      const at = now.toISOString();
      db.transaction(() => {
        q.metaInit.run(BASELINE, at);
        for (const p of postings) q.remember.run({ ...p, now: at });
      }).immediate();
    },
    async forgetPostings(postingIds) {
      db.transaction(() => {
        for (const id of postingIds) q.forget.run(id);
      }).immediate();
    },
    async postingsBaseline() {
      const row = q.metaGet.get(BASELINE) as { value: string } | undefined;
      return row?.value ?? null;
    },

    async profile(platform, userId) {
      const row = q.profileGet.get(platform, userId) as { facts: string } | undefined;
      if (!row) return null;
      try {
        return JSON.parse(row.facts) as UserFacts;
      } catch {
        return null;
      }
    },
    async saveProfile(platform, userId, facts, now) {
      q.profileSave.run(platform, userId, JSON.stringify(facts), now.toISOString());
    },
    async forgetProfile(platform, userId) {
      const deleted = q.profileDelete.run(platform, userId).changes > 0;
      if (deleted && !inMemory) {
        // The old row also lives in the WAL until a checkpoint: fold it in now. A busy reader
        // can delay this; the next checkpoint completes it.
        try {
          db.pragma('wal_checkpoint(TRUNCATE)');
        } catch {
          // Deletion is committed either way.
        }
      }
      return deleted;
    },

    async markPosting(mark) {
      q.markSave.run({ ...mark, until: mark.until ?? null });
    },
    async unmarkPosting(platform, userId, postingId) {
      return q.markDelete.run(platform, userId, postingId).changes > 0;
    },
    async postingMarks(filter = {}) {
      const [clause, values] = where(filter, { platform: 'platform', userId: 'user_id' });
      const rows = db
        .prepare(`SELECT * FROM posting_marks ${clause} ORDER BY platform, user_id, posting_id`)
        .all(...values) as Record<string, unknown>[];
      return rows.map(toPostingMark);
    },
    async forgetPostingMarks(platform, userId) {
      return q.marksForget.run(platform, userId).changes;
    },

    async renewLease(ref: DeliveryRef, leaseMs?: number) {
      return renewAll([ref], leaseMs) > 0;
    },
    async claimDeliveries(refs, now, options) {
      return refs.length === 0 ? [] : claimAll(refs, now, options);
    },
    async markDeliveries(refs, outcome, now) {
      if (refs.length > 0) markAll(refs, outcome, now);
    },
    async renewLeases(refs, leaseMs) {
      return refs.length === 0 ? 0 : renewAll(refs, leaseMs);
    },

    async firstSighting(eventId, now) {
      housekeep(now);
      return q.eventSeen.run(eventId, now.toISOString()).changes > 0;
    },
    async conversationTopic(key, since) {
      const row = q.topicGet.get(key, since.toISOString()) as { topic: string } | undefined;
      if (!row) return null;
      try {
        return JSON.parse(row.topic) as Topic;
      } catch {
        return null;
      }
    },
    async saveConversationTopic(key, topic, now) {
      housekeep(now);
      q.topicSave.run(key, JSON.stringify(topic), now.toISOString());
    },

    async calendarToken(platform, channelId, fresh, now) {
      q.feedCreate.run(platform, channelId, fresh, now.toISOString());
      const row = q.feedToken.get(platform, channelId) as { token: string } | undefined;
      return row?.token ?? fresh;
    },
    async resetCalendarToken(platform, channelId, fresh, now) {
      q.feedReset.run(platform, channelId, fresh, now.toISOString());
    },
    async calendarFeed(token) {
      const row = q.feedOf.get(token) as { platform: string; channel_id: string } | undefined;
      return row ? { platform: row.platform as Platform, channelId: row.channel_id } : null;
    },
    async eventSequences(events) {
      type EventRow = { occurs: string; sequence: number };
      const out = new Map<string, number>();
      // Read first: a feed is fetched far more often than a deadline changes, and a read takes no lock.
      const changed = events.filter((e) => {
        const row = q.eventGet.get(e.postingId) as EventRow | undefined;
        if (row?.occurs !== e.occurs) return true;
        out.set(e.postingId, row.sequence);
        return false;
      });
      if (changed.length > 0)
        db.transaction(() => {
          for (const e of changed) {
            q.eventSet.run(e.postingId, e.occurs);
            out.set(e.postingId, (q.eventGet.get(e.postingId) as EventRow).sequence);
          }
        }).immediate();
      return out;
    },
    async deploymentSecret(name, fresh) {
      q.metaInit.run(`secret:${name}`, fresh);
      return (q.metaGet.get(`secret:${name}`) as { value: string }).value;
    },

    async ping() {
      q.ping.get();
    },
    async close() {
      if (closed) return;
      closed = true;
      if (quick !== db) quick.close();
      db.close();
    },
  };
}

/** The columns a reminder delivery and an announcement share: how its posting went. */
