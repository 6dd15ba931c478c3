// The Store on PostgreSQL (node-postgres, a pool), for several replicas on one database. A claim
// (of one delivery or a batch) is one transaction: a multi-row `INSERT ... ON CONFLICT DO
// NOTHING` over `unnest` arrays makes the first claims; the rows that existed are locked with
// `FOR UPDATE SKIP LOCKED` (a row another replica is claiming this instant is busy) and decided
// by the rule both engines share (./decide-claim.ts), under a lease.
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
import { withTransaction } from './pg-transaction.ts';
import {
  type Claim,
  type ClaimOptions,
  CONVERSATIONS_KEEP_MS,
  type DeliveryRef,
  type DeliveryState,
  type KnownPosting,
  type Outcome,
  PRUNE_EVERY,
  SEEN_EVENTS_KEEP_MS,
  type Store,
  type StoreOptions,
} from './store.ts';
import { postingIdsColumn, toAnnouncement, toDelivery, toPostingMark, toSubscription } from './stored-values.ts';

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

/** A delivery table and the columns of its key, with their types for `unnest`. */
interface Table {
  name: 'reminder_deliveries' | 'announcements';
  columns: readonly string[];
  types: readonly string[];
}

const REMINDERS: Table = {
  name: 'reminder_deliveries',
  columns: ['platform', 'channel_id', 'posting_id', 'deadline', 'days_before'],
  types: ['text', 'text', 'text', 'text', 'int'],
};
const ANNOUNCEMENTS: Table = {
  name: 'announcements',
  columns: ['platform', 'channel_id', 'posting_id', 'what'],
  types: ['text', 'text', 'text', 'text'],
};

/** The table of a delivery and its key's values, in the table's column order. */
function rowKey(ref: DeliveryRef): { table: Table; values: (string | number)[] } {
  return ref.kind === 'reminder'
    ? {
        table: REMINDERS,
        values: [ref.key.platform, ref.key.channelId, ref.key.postingId, ref.key.deadline, ref.key.daysBefore],
      }
    : { table: ANNOUNCEMENTS, values: [ref.platform, ref.channelId, ref.postingId, ref.what] };
}

const idOf = (values: readonly unknown[]) => JSON.stringify(values.map((v) => (typeof v === 'number' ? v : String(v))));

/** The refs by table, each key once, in one order every replica shares (see `claimIn`). */
function byTable(refs: DeliveryRef[]): Map<Table, Map<string, (string | number)[]>> {
  const out = new Map<Table, Map<string, (string | number)[]>>();
  for (const ref of refs) {
    const { table, values } = rowKey(ref);
    const keys = out.get(table) ?? new Map<string, (string | number)[]>();
    out.set(table, keys);
    keys.set(idOf(values), values);
  }
  for (const [table, keys] of out) out.set(table, new Map([...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  return out;
}

/** The keys as one array per column, the parameters of `unnest($1::text[], ...)`. */
function columnsOf(table: Table, rows: (string | number)[][]): unknown[][] {
  return table.columns.map((_, i) => rows.map((r) => r[i]));
}

/** `unnest($from::text[], ...) AS u(a, b, ...)`: the keys as a relation. */
function unnestOf(table: Table, from: number): string {
  const args = table.types.map((t, i) => `$${from + i}::${t}[]`).join(', ');
  return `unnest(${args}) AS u(${table.columns.join(', ')})`;
}

/** `d.a = u.a AND ...`: a row of table `d` matched to the keys `u`. */
function joinOf(table: Table): string {
  return table.columns.map((c) => `d.${c} = u.${c}`).join(' AND ');
}

/**
 * `UPDATE table SET <set>` on the rows of the keys (parameters $1.. as `unnest`) that also
 * match `filter` (on `d`). Each key is looked up by the primary key and locked (in the keys'
 * order), then the locked row versions are updated. Written out so because a plain `UPDATE ...
 * FROM unnest(...) WHERE ... AND state = 'claimed' AND owner = $n` is planned from an estimate
 * that few rows are claimed by this owner: a scan of the table joined to each key in turn, 90 ms
 * for 349 keys against 20,000 rows and growing with the table.
 */
function updateKeys(table: Table, set: string, filter: string): string {
  return `WITH k AS (
      SELECT x.ctid AS tid FROM ${unnestOf(table, 1)}
      CROSS JOIN LATERAL (SELECT d.ctid FROM ${table.name} d WHERE ${joinOf(table)} AND ${filter} FOR UPDATE) x
    )
    UPDATE ${table.name} SET ${set} WHERE ctid = ANY(ARRAY(SELECT tid FROM k))`;
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
  const inTransaction = <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => withTransaction(pool, fn);

  /**
   * Claims `keys` of one table inside the transaction `c`; returns each key's claim by id. The
   * multi-row INSERT waits only for rows other transactions are inserting; every replica inserts
   * in the same (sorted) order, so two batches that overlap queue instead of deadlocking. The
   * rows that existed are locked with SKIP LOCKED (never waits: a row locked by a claim being
   * made this instant is busy) and decided by the shared rule.
   */
  async function claimIn(
    c: pg.PoolClient,
    table: Table,
    keys: Map<string, (string | number)[]>,
    now: Date,
    options: ClaimOptions | undefined,
  ): Promise<Map<string, Claim>> {
    const at = now.toISOString();
    const leaseNow = leaseClock();
    const leaseUntil = leaseNow + leaseMsOf(options);
    const n = table.columns.length;
    const rows = [...keys.values()];
    const out = new Map<string, Claim>();
    const inserted = await c.query(
      `INSERT INTO ${table.name} (${table.columns.join(', ')}, state, attempts, owner, claimed_at, last_attempt_at, lease_until)
       SELECT ${table.columns.map((col) => `u.${col}`).join(', ')}, 'claimed', 1, $${n + 1}, $${n + 2}, $${n + 2}, $${n + 3}
       FROM ${unnestOf(table, 1)}
       ON CONFLICT DO NOTHING
       RETURNING ${table.columns.join(', ')}`,
      [...columnsOf(table, rows), owner, at, leaseUntil],
    );
    for (const r of inserted.rows as Row[])
      out.set(idOf(table.columns.map((col) => r[col])), {
        status: 'post',
        previous: 'none',
        attempts: 1,
        claimedAt: at,
      });
    const existing = rows.filter((values) => !out.has(idOf(values)));
    if (existing.length === 0) return out;
    const found = await c.query(
      `SELECT ${table.columns.map((col) => `d.${col}`).join(', ')}, d.state, d.attempts, d.claimed_at, d.lease_until
       FROM ${table.name} d JOIN ${unnestOf(table, 1)} ON ${joinOf(table)}
       FOR UPDATE OF d SKIP LOCKED`,
      columnsOf(table, existing),
    );
    const reclaim: { values: (string | number)[]; attempts: number }[] = [];
    const giveUp: (string | number)[][] = [];
    for (const r of found.rows as Row[]) {
      const values = table.columns.map((col) => r[col] as string | number);
      const current: ClaimRow = {
        state: r.state as DeliveryState,
        attempts: Number(r.attempts),
        claimedAt: String(r.claimed_at),
        leaseUntil: r.lease_until === null ? null : Number(r.lease_until),
      };
      const decision = decideClaim(current, leaseNow, options);
      // A row can only be absent if it was deleted since the INSERT: leave it for the next run.
      if (decision === 'insert') continue;
      if (decision.status === 'post') reclaim.push({ values, attempts: decision.attempts });
      else if (decision.status === 'done' && decision.state === 'failed' && current.state === 'claimed')
        giveUp.push(values);
      out.set(idOf(values), decision);
    }
    if (reclaim.length > 0)
      await c.query(
        `UPDATE ${table.name} d SET state = 'claimed', attempts = u.attempts, owner = $${n + 2}, last_attempt_at = $${n + 3},
           lease_until = $${n + 4}
         FROM unnest(${table.types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')}, $${n + 1}::int[])
           AS u(${table.columns.join(', ')}, attempts)
         WHERE ${joinOf(table)}`,
        [
          ...columnsOf(
            table,
            reclaim.map((x) => x.values),
          ),
          reclaim.map((x) => x.attempts),
          owner,
          at,
          leaseUntil,
        ],
      );
    if (giveUp.length > 0)
      await c.query(
        `UPDATE ${table.name} d SET state = 'failed', error = COALESCE(d.error, 'given up: outcome unknown')
         FROM ${unnestOf(table, 1)} WHERE ${joinOf(table)}`,
        columnsOf(table, giveUp),
      );
    return out;
  }

  async function claimAll(refs: DeliveryRef[], now: Date, options: ClaimOptions | undefined): Promise<Claim[]> {
    if (refs.length === 0) return [];
    const tables = byTable(refs);
    const claims = await inTransaction(async (c) => {
      const out = new Map<string, Claim>();
      for (const [table, keys] of tables)
        for (const [id, claim] of await claimIn(c, table, keys, now, options)) out.set(`${table.name}${id}`, claim);
      return out;
    });
    // Each key's claim goes to its first ref; a repeat, or a row locked by another claim, is busy.
    const given = new Set<string>();
    return refs.map((ref): Claim => {
      const { table, values } = rowKey(ref);
      const id = `${table.name}${idOf(values)}`;
      const claim = claims.get(id);
      if (!claim || given.has(id)) return { status: 'busy' };
      given.add(id);
      return claim;
    });
  }

  /** One statement per table (a transaction if there are two). */
  async function eachTable(
    refs: DeliveryRef[],
    statement: (table: Table, rows: (string | number)[][]) => [string, unknown[]],
  ): Promise<number> {
    const tables = [...byTable(refs)].map(([table, keys]) => statement(table, [...keys.values()]));
    if (tables.length === 1) {
      const [text, values] = tables[0] as [string, unknown[]];
      return (await query(text, values)).rowCount ?? 0;
    }
    return inTransaction(async (c) => {
      let changed = 0;
      for (const [text, values] of tables) changed += (await c.query(text, values)).rowCount ?? 0;
      return changed;
    });
  }

  async function markAll(refs: DeliveryRef[], outcome: Outcome, now: Date): Promise<void> {
    if (refs.length === 0) return;
    const at = now.toISOString();
    await eachTable(refs, (table, rows) => {
      const n = table.columns.length;
      return [
        updateKeys(
          table,
          `state = $${n + 1}, sent_at = $${n + 2}, error = $${n + 3}, last_attempt_at = $${n + 4}, lease_until = NULL`,
          `d.state = 'claimed' AND d.owner = $${n + 5}`,
        ),
        [
          ...columnsOf(table, rows),
          outcome.ok ? 'sent' : 'failed',
          outcome.ok ? at : null,
          outcome.ok ? null : outcome.error.slice(0, MAX_ERROR_CHARS),
          at,
          owner,
        ],
      ];
    });
  }

  async function renewAll(refs: DeliveryRef[], leaseMs: number | undefined): Promise<number> {
    if (refs.length === 0) return 0;
    const leaseUntil = leaseClock() + leaseMsOf(leaseMs === undefined ? undefined : { leaseMs });
    return eachTable(refs, (table, rows) => {
      const n = table.columns.length;
      return [
        updateKeys(table, `lease_until = $${n + 1}`, `d.state = 'claimed' AND d.owner = $${n + 2}`),
        [...columnsOf(table, rows), leaseUntil, owner],
      ];
    });
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

    async claimReminder(key, now, options) {
      return (await claimAll([{ kind: 'reminder', key }], now, options))[0] as Claim;
    },
    markReminder(key, outcome, now) {
      return markAll([{ kind: 'reminder', key }], outcome, now);
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
      return r.rows.map(toDelivery);
    },
    async pruneDeliveries(deadlineBefore) {
      return (await query('DELETE FROM reminder_deliveries WHERE deadline < $1', [deadlineBefore])).rowCount ?? 0;
    },

    async renewLease(ref, leaseMs) {
      return (await renewAll([ref], leaseMs)) > 0;
    },
    claimDeliveries: claimAll,
    markDeliveries: markAll,
    renewLeases: renewAll,

    async claimAnnouncement(platform, channelId, postingId, what, now, options) {
      return (
        await claimAll([{ kind: 'announcement', platform, channelId, postingId, what }], now, options)
      )[0] as Claim;
    },
    markAnnouncement(platform, channelId, postingId, what, outcome, now) {
      return markAll([{ kind: 'announcement', platform, channelId, postingId, what }], outcome, now);
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
      return r.rows.map(toAnnouncement);
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

    async calendarToken(platform, channelId, fresh, now) {
      await query(
        `INSERT INTO calendar_feeds (platform, channel_id, token, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, channel_id) DO NOTHING`,
        [platform, channelId, fresh, now.toISOString()],
      );
      const r = await query('SELECT token FROM calendar_feeds WHERE platform = $1 AND channel_id = $2', [
        platform,
        channelId,
      ]);
      return r.rows[0] ? String(r.rows[0].token) : fresh;
    },
    async resetCalendarToken(platform, channelId, fresh, now) {
      await query(
        `INSERT INTO calendar_feeds (platform, channel_id, token, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (platform, channel_id) DO UPDATE SET token = excluded.token, created_at = excluded.created_at`,
        [platform, channelId, fresh, now.toISOString()],
      );
    },
    async calendarFeed(token) {
      const r = await query('SELECT platform, channel_id FROM calendar_feeds WHERE token = $1', [textKey(token)]);
      const row = r.rows[0] as Row | undefined;
      return row ? { platform: row.platform as Platform, channelId: String(row.channel_id) } : null;
    },
    async eventSequences(events) {
      const occurs = new Map(events.map((e) => [e.postingId, e.occurs] as const));
      const ids = [...occurs.keys()];
      const out = new Map<string, number>();
      if (ids.length === 0) return out;
      const select = 'SELECT posting_id, occurs, sequence FROM calendar_events WHERE posting_id = ANY($1::text[])';
      // Read first: a feed is fetched far more often than a deadline changes.
      for (const row of (await query(select, [ids])).rows as Row[])
        if (occurs.get(String(row.posting_id)) === row.occurs) out.set(String(row.posting_id), Number(row.sequence));
      const changed = ids.filter((id) => !out.has(id));
      if (changed.length === 0) return out;
      // The row lock of ON CONFLICT DO UPDATE makes replicas that see one change at once raise it once.
      await query(
        `INSERT INTO calendar_events (posting_id, occurs, sequence)
         SELECT id, occurs, 0 FROM unnest($1::text[], $2::text[]) AS t(id, occurs)
         ON CONFLICT (posting_id) DO UPDATE SET occurs = excluded.occurs, sequence = calendar_events.sequence + 1
         WHERE calendar_events.occurs IS DISTINCT FROM excluded.occurs`,
        [changed, changed.map((id) => occurs.get(id))],
      );
      for (const row of (await query(select, [changed])).rows as Row[])
        out.set(String(row.posting_id), Number(row.sequence));
      return out;
    },
    async deploymentSecret(name, fresh) {
      await query('INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
        `secret:${name}`,
        fresh,
      ]);
      const r = await query('SELECT value FROM meta WHERE key = $1', [`secret:${name}`]);
      return r.rows[0] ? String(r.rows[0].value) : fresh;
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

/** PostgreSQL text cannot hold NUL, which keys use as a separator: an injective escape. */
function textKey(key: string): string {
  return key.replace(/%/g, '%25').replace(/\u0000/g, '%00');
}
