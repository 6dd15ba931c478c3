// The Store on PostgreSQL (node-postgres, a pool), for several replicas on one database. A claim
// is one transaction: `INSERT ... ON CONFLICT DO NOTHING` makes the first claim, otherwise the
// row is locked with `FOR UPDATE SKIP LOCKED` (a row another replica is claiming this instant
// is busy) and decided by the rule both engines share (./decide-claim.ts), under a lease.
// Inbound events are deduplicated by the primary key of `seen_events`.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import type { Topic } from '../answers/reply.ts';
import type { Platform } from '../bot/types.ts';
import type { UserFacts } from '../eligibility/index.ts';
import { type ClaimRow, decideClaim, defaultOwner, leaseMsOf } from './decide-claim.ts';
import { describeDatabaseUrl, StoreOpenError } from './describe-store-error.ts';
import { migratePg } from './pg-migrations.ts';
import {
  type AnnouncementDelivery,
  type Claim,
  type ClaimOptions,
  CONVERSATIONS_KEEP_MS,
  type Delivery,
  type DeliveryState,
  type KnownPosting,
  type Outcome,
  PRUNE_EVERY,
  type ReminderKey,
  SEEN_EVENTS_KEEP_MS,
  type Store,
  type StoreOptions,
  type Subscription,
} from './store.ts';
import { postingIdsColumn, postingIdsOf, toPostingMark } from './stored-values.ts';

export interface PgStoreOptions extends StoreOptions {
  /** Connections in the pool (default 5). */
  poolSize?: number;
  /** How long a new connection may take before the call fails (default 5 s). */
  connectTimeoutMs?: number;
  /** A pooled connection that broke while idle (a server restart): logged, the pool replaces it. */
  onIdleError?: (err: Error) => void;
}

const MAX_ERROR_CHARS = 500;

type Row = Record<string, unknown>;

interface Target {
  table: 'reminder_deliveries' | 'announcements';
  columns: string[];
  values: unknown[];
}

function reminderTarget(k: ReminderKey): Target {
  return {
    table: 'reminder_deliveries',
    columns: ['platform', 'channel_id', 'posting_id', 'deadline', 'days_before'],
    values: [k.platform, k.channelId, k.postingId, k.deadline, k.daysBefore],
  };
}

function announcementTarget(platform: string, channelId: string, postingId: string, what: string): Target {
  return {
    table: 'announcements',
    columns: ['platform', 'channel_id', 'posting_id', 'what'],
    values: [platform, channelId, postingId, what],
  };
}

/** `a = $k AND b = $k+1 ...` for a target's key, its parameters numbered from `from`. */
function keyClause(t: Target, from: number): string {
  return t.columns.map((c, i) => `${c} = $${from + i}`).join(' AND ');
}

/**
 * Connects to `url`, runs the migrations under an advisory lock and returns the store. An
 * unreachable server, refused credentials or a missing database reject with a StoreOpenError
 * whose one line names DATABASE_URL (never the password).
 */
export async function openPgStore(url: string, options: PgStoreOptions = {}): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 5,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
  });
  // Without a listener, an idle connection cut by the server would crash the process.
  pool.on('error', (err) => options.onIdleError?.(err));
  try {
    await migratePg(pool);
  } catch (err) {
    await pool.end().catch(() => {});
    if ((err as { code?: string }).code === 'SCHEMA_TOO_NEW') throw err;
    throw new StoreOpenError(describeDatabaseUrl(url, err), { cause: err });
  }
  const owner = options.owner ?? defaultOwner(hostname(), process.pid, randomUUID());
  const leaseClock = options.leaseClock ?? Date.now;
  let writes = 0;
  let closed = false;

  const query = (text: string, values: unknown[] = []) => pool.query(text, values);

  /** Runs `fn` in one transaction on one connection; a broken connection is not reused. */
  async function inTransaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    // A connection cut while checked out fails the running query; the event itself is no crash.
    client.on('error', ignore);
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const out = await fn(client);
      await client.query('COMMIT');
      return out;
    } catch (err) {
      broken = err as Error;
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.off('error', ignore);
      client.release(broken);
    }
  }

  function claim(t: Target, now: Date, options: ClaimOptions | undefined): Promise<Claim> {
    return inTransaction(async (c): Promise<Claim> => {
      const at = now.toISOString();
      const leaseNow = leaseClock();
      const leaseUntil = leaseNow + leaseMsOf(options);
      const n = t.columns.length;
      const inserted = await c.query(
        `INSERT INTO ${t.table} (${t.columns.join(', ')}, state, attempts, owner, claimed_at, last_attempt_at, lease_until)
         VALUES (${t.columns.map((_, i) => `$${i + 1}`).join(', ')}, 'claimed', 1, $${n + 1}, $${n + 2}, $${n + 2}, $${n + 3})
         ON CONFLICT DO NOTHING`,
        [...t.values, owner, at, leaseUntil],
      );
      if (inserted.rowCount === 1) return { status: 'post', previous: 'none', attempts: 1, claimedAt: at };
      const found = await c.query(
        `SELECT state, attempts, claimed_at, lease_until FROM ${t.table} WHERE ${keyClause(t, 1)}
         FOR UPDATE SKIP LOCKED`,
        t.values,
      );
      const row = found.rows[0] as Row | undefined;
      // Locked by a claim being made this instant in another transaction.
      if (!row) return { status: 'busy' };
      const current: ClaimRow = {
        state: row.state as DeliveryState,
        attempts: Number(row.attempts),
        claimedAt: String(row.claimed_at),
        leaseUntil: row.lease_until === null ? null : Number(row.lease_until),
      };
      const decision = decideClaim(current, leaseNow, options);
      if (decision === 'insert') return { status: 'busy' };
      if (decision.status === 'post') {
        await c.query(
          `UPDATE ${t.table} SET state = 'claimed', attempts = $${n + 1}, owner = $${n + 2}, last_attempt_at = $${n + 3},
             lease_until = $${n + 4} WHERE ${keyClause(t, 1)}`,
          [...t.values, decision.attempts, owner, at, leaseUntil],
        );
      } else if (decision.status === 'done' && decision.state === 'failed' && current.state === 'claimed') {
        await c.query(
          `UPDATE ${t.table} SET state = 'failed', error = COALESCE(error, 'given up: outcome unknown')
           WHERE ${keyClause(t, 1)}`,
          t.values,
        );
      }
      return decision;
    });
  }

  async function mark(t: Target, outcome: Outcome, now: Date): Promise<void> {
    const n = t.columns.length;
    const at = now.toISOString();
    await query(
      `UPDATE ${t.table} SET state = $${n + 1}, sent_at = $${n + 2}, error = $${n + 3}, last_attempt_at = $${n + 4},
         lease_until = NULL
       WHERE ${keyClause(t, 1)} AND state = 'claimed' AND owner = $${n + 5}`,
      [
        ...t.values,
        outcome.ok ? 'sent' : 'failed',
        outcome.ok ? at : null,
        outcome.ok ? null : outcome.error.slice(0, MAX_ERROR_CHARS),
        at,
        owner,
      ],
    );
  }

  async function housekeep(now: Date): Promise<void> {
    if (writes++ % PRUNE_EVERY !== 0) return;
    await query('DELETE FROM seen_events WHERE seen_at < $1', [
      new Date(now.getTime() - SEEN_EVENTS_KEEP_MS).toISOString(),
    ]);
    await query('DELETE FROM conversations WHERE updated_at < $1', [
      new Date(now.getTime() - CONVERSATIONS_KEEP_MS).toISOString(),
    ]);
  }

  function where(filter: Record<string, unknown>, columns: Record<string, string>): [string, unknown[]] {
    const parts: string[] = [];
    const values: unknown[] = [];
    for (const [field, column] of Object.entries(columns)) {
      const v = filter[field];
      if (v === undefined) continue;
      values.push(v);
      parts.push(`${column} = $${values.length}`);
    }
    return [parts.length ? `WHERE ${parts.join(' AND ')}` : '', values];
  }

  return {
    engine: 'postgres',
    owner,
    async subscribe(sub) {
      const offsets = [...new Set(sub.offsets.filter((n) => Number.isInteger(n) && n >= 0))].sort((a, b) => b - a);
      await query(
        `INSERT INTO subscriptions (platform, channel_id, offsets, filter, posting_ids, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (platform, channel_id) DO UPDATE SET offsets = excluded.offsets, filter = excluded.filter,
           posting_ids = excluded.posting_ids, created_by = excluded.created_by, created_at = excluded.created_at`,
        [
          sub.platform,
          sub.channelId,
          JSON.stringify(offsets),
          sub.filter,
          postingIdsColumn(sub.postingIds),
          sub.createdBy,
          sub.createdAt,
        ],
      );
    },
    async unsubscribe(platform, channelId) {
      const r = await query('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
      return (r.rowCount ?? 0) > 0;
    },
    async subscriptions(platform) {
      const r = platform
        ? await query('SELECT * FROM subscriptions WHERE platform = $1 ORDER BY channel_id', [platform])
        : await query('SELECT * FROM subscriptions ORDER BY platform, channel_id');
      return r.rows.map(toSubscription);
    },
    async subscription(platform, channelId) {
      const r = await query('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [
        platform,
        channelId,
      ]);
      return r.rows[0] ? toSubscription(r.rows[0]) : null;
    },

    claimReminder(key, now, options) {
      return claim(reminderTarget(key), now, options);
    },
    markReminder(key, outcome, now) {
      return mark(reminderTarget(key), outcome, now);
    },
    async deliveries(filter = {}) {
      const [clause, values] = where(filter, {
        platform: 'platform',
        channelId: 'channel_id',
        postingId: 'posting_id',
        deadline: 'deadline',
        daysBefore: 'days_before',
      });
      const r = await query(
        `SELECT * FROM reminder_deliveries ${clause} ORDER BY platform, channel_id, deadline, posting_id, days_before DESC`,
        values,
      );
      return r.rows.map(
        (row: Row): Delivery => ({
          platform: row.platform as Platform,
          channelId: String(row.channel_id),
          postingId: String(row.posting_id),
          deadline: String(row.deadline),
          daysBefore: Number(row.days_before),
          ...attemptOf(row),
        }),
      );
    },
    async pruneDeliveries(deadlineBefore) {
      return (await query('DELETE FROM reminder_deliveries WHERE deadline < $1', [deadlineBefore])).rowCount ?? 0;
    },

    async renewLease(ref, leaseMs) {
      const t =
        ref.kind === 'reminder'
          ? reminderTarget(ref.key)
          : announcementTarget(ref.platform, ref.channelId, ref.postingId, ref.what);
      const n = t.columns.length;
      const leaseUntil = leaseClock() + leaseMsOf(leaseMs === undefined ? undefined : { leaseMs });
      const r = await query(
        `UPDATE ${t.table} SET lease_until = $${n + 1} WHERE ${keyClause(t, 1)} AND state = 'claimed' AND owner = $${n + 2}`,
        [...t.values, leaseUntil, owner],
      );
      return (r.rowCount ?? 0) > 0;
    },

    claimAnnouncement(platform, channelId, postingId, what, now, options) {
      return claim(announcementTarget(platform, channelId, postingId, what), now, options);
    },
    markAnnouncement(platform, channelId, postingId, what, outcome, now) {
      return mark(announcementTarget(platform, channelId, postingId, what), outcome, now);
    },
    async announcements(filter = {}) {
      const [clause, values] = where(filter, {
        platform: 'platform',
        channelId: 'channel_id',
        postingId: 'posting_id',
      });
      const r = await query(
        `SELECT * FROM announcements ${clause} ORDER BY platform, channel_id, posting_id, what`,
        values,
      );
      return r.rows.map(
        (row: Row): AnnouncementDelivery => ({
          platform: row.platform as Platform,
          channelId: String(row.channel_id),
          postingId: String(row.posting_id),
          what: String(row.what),
          ...attemptOf(row),
        }),
      );
    },

    async knownPostings() {
      const r = await query('SELECT posting_id, title, deadline, first_seen FROM known_postings ORDER BY posting_id');
      return r.rows.map(
        (row: Row): KnownPosting => ({
          postingId: String(row.posting_id),
          title: String(row.title),
          deadline: row.deadline === null ? null : String(row.deadline),
          firstSeen: String(row.first_seen),
        }),
      );
    },
    async rememberPostings(postings, now) {
      const at = now.toISOString();
      // One statement for the lot (arrays, not one round trip per posting); the last of a
      // repeated id wins, as one row may not be updated twice in a statement.
      const byId = new Map(postings.map((p) => [p.postingId, p] as const));
      const ps = [...byId.values()];
      await inTransaction(async (c) => {
        await c.query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
          'postings_baseline',
          at,
        ]);
        if (ps.length === 0) return;
        await c.query(
          `INSERT INTO known_postings (posting_id, title, deadline, first_seen, last_seen)
           SELECT id, title, deadline, $4, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS t(id, title, deadline)
           ON CONFLICT (posting_id) DO UPDATE SET title = excluded.title, deadline = excluded.deadline,
             last_seen = excluded.last_seen`,
          [ps.map((p) => p.postingId), ps.map((p) => p.title), ps.map((p) => p.deadline), at],
        );
      });
    },
    async forgetPostings(postingIds) {
      if (postingIds.length === 0) return;
      await query('DELETE FROM known_postings WHERE posting_id = ANY($1::text[])', [postingIds]);
    },
    async postingsBaseline() {
      const r = await query('SELECT value FROM meta WHERE key = $1', ['postings_baseline']);
      return r.rows[0] ? String(r.rows[0].value) : null;
    },

    async profile(platform, userId) {
      const r = await query('SELECT facts FROM profiles WHERE platform = $1 AND user_id = $2', [platform, userId]);
      if (!r.rows[0]) return null;
      try {
        return JSON.parse(String(r.rows[0].facts)) as UserFacts;
      } catch {
        return null;
      }
    },
    async saveProfile(platform, userId, facts, now) {
      await query(
        `INSERT INTO profiles (platform, user_id, facts, updated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, user_id) DO UPDATE SET facts = excluded.facts, updated_at = excluded.updated_at`,
        [platform, userId, JSON.stringify(facts), now.toISOString()],
      );
    },
    async forgetProfile(platform, userId) {
      const r = await query('DELETE FROM profiles WHERE platform = $1 AND user_id = $2', [platform, userId]);
      return (r.rowCount ?? 0) > 0;
    },

    async markPosting(mark) {
      await query(
        `INSERT INTO posting_marks (platform, user_id, posting_id, state, until, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (platform, user_id, posting_id) DO UPDATE SET
           state = excluded.state, until = excluded.until, updated_at = excluded.updated_at`,
        [mark.platform, mark.userId, mark.postingId, mark.state, mark.until ?? null, mark.updatedAt],
      );
    },
    async unmarkPosting(platform, userId, postingId) {
      const r = await query('DELETE FROM posting_marks WHERE platform = $1 AND user_id = $2 AND posting_id = $3', [
        platform,
        userId,
        postingId,
      ]);
      return (r.rowCount ?? 0) > 0;
    },
    async postingMarks(filter = {}) {
      const [clause, values] = where(filter, { platform: 'platform', userId: 'user_id' });
      const r = await query(`SELECT * FROM posting_marks ${clause} ORDER BY platform, user_id, posting_id`, values);
      return r.rows.map(toPostingMark);
    },
    async forgetPostingMarks(platform, userId) {
      const r = await query('DELETE FROM posting_marks WHERE platform = $1 AND user_id = $2', [platform, userId]);
      return r.rowCount ?? 0;
    },

    async firstSighting(eventId, now) {
      await housekeep(now);
      const r = await query(
        'INSERT INTO seen_events (event_id, seen_at) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING',
        [textKey(eventId), now.toISOString()],
      );
      return r.rowCount === 1;
    },
    async conversationTopic(key, since) {
      const r = await query('SELECT topic FROM conversations WHERE key = $1 AND updated_at >= $2', [
        textKey(key),
        since.toISOString(),
      ]);
      if (!r.rows[0]) return null;
      try {
        return JSON.parse(String(r.rows[0].topic)) as Topic;
      } catch {
        return null;
      }
    },
    async saveConversationTopic(key, topic, now) {
      await housekeep(now);
      await query(
        `INSERT INTO conversations (key, topic, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (key) DO UPDATE SET topic = excluded.topic, updated_at = excluded.updated_at`,
        [textKey(key), JSON.stringify(topic), now.toISOString()],
      );
    },

    async ping() {
      await query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}

function ignore(): void {}

/** PostgreSQL text cannot hold NUL, which keys use as a separator: an injective escape. */
function textKey(key: string): string {
  return key.replace(/%/g, '%25').replace(/\u0000/g, '%00');
}

function toSubscription(row: Row): Subscription {
  let offsets: number[] = [];
  try {
    const parsed: unknown = JSON.parse(String(row.offsets));
    if (Array.isArray(parsed)) offsets = parsed.filter((n): n is number => Number.isInteger(n) && n >= 0);
  } catch {
    // A damaged row keeps the subscription, without reminders, rather than failing every read.
  }
  const postingIds = postingIdsOf(row.posting_ids);
  return {
    platform: row.platform as Platform,
    channelId: String(row.channel_id),
    offsets,
    filter: row.filter === null ? null : String(row.filter),
    ...(postingIds.length > 0 ? { postingIds } : {}),
    createdBy: String(row.created_by),
    createdAt: String(row.created_at),
  };
}

function attemptOf(r: Row) {
  return {
    state: r.state as DeliveryState,
    attempts: Number(r.attempts),
    claimedAt: String(r.claimed_at),
    lastAttemptAt: String(r.last_attempt_at),
    sentAt: r.sent_at === null ? null : String(r.sent_at),
    error: r.error === null ? null : String(r.error),
  };
}
