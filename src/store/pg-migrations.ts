// The PostgreSQL schema as ordered migrations, the twin of ./migrations.ts (same tables, the
// PostgreSQL dialect). Several replicas starting at once on an empty database apply each
// migration exactly once: the whole run holds a transaction-scoped advisory lock, and
// PostgreSQL's DDL is transactional, so a replica that waited finds the work done.
// Text columns sort bytewise (COLLATE "C"), as SQLite's do, so both engines list in one order.
// Never edit a migration that has shipped: add the next one.
import type pg from 'pg';
import { type Migration, SchemaTooNewError } from './migrations.ts';
import { withTransaction } from './pg-transaction.ts';

/** The advisory lock key of migrations (any constant; 'posm' in ASCII). */
export const MIGRATION_LOCK_KEY = 0x706f736d;

export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions, deliveries and announcements with leases, known postings, profiles, events, conversations',
    sql: `
      CREATE TABLE subscriptions (
        platform    TEXT COLLATE "C" NOT NULL,
        channel_id  TEXT COLLATE "C" NOT NULL,
        offsets     TEXT COLLATE "C" NOT NULL,
        filter      TEXT COLLATE "C",
        created_by  TEXT COLLATE "C" NOT NULL,
        created_at  TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (platform, channel_id)
      );
      CREATE TABLE reminder_deliveries (
        platform         TEXT COLLATE "C" NOT NULL,
        channel_id       TEXT COLLATE "C" NOT NULL,
        posting_id       TEXT COLLATE "C" NOT NULL,
        deadline         TEXT COLLATE "C" NOT NULL,
        days_before      INTEGER NOT NULL,
        state            TEXT COLLATE "C" NOT NULL CHECK (state IN ('claimed', 'sent', 'failed')),
        attempts         INTEGER NOT NULL,
        owner            TEXT COLLATE "C" NOT NULL,
        claimed_at       TEXT COLLATE "C" NOT NULL,
        last_attempt_at  TEXT COLLATE "C" NOT NULL,
        lease_until      BIGINT,
        sent_at          TEXT COLLATE "C",
        error            TEXT COLLATE "C",
        PRIMARY KEY (platform, channel_id, posting_id, deadline, days_before)
      );
      CREATE TABLE announcements (
        platform         TEXT COLLATE "C" NOT NULL,
        channel_id       TEXT COLLATE "C" NOT NULL,
        posting_id       TEXT COLLATE "C" NOT NULL,
        what             TEXT COLLATE "C" NOT NULL,
        state            TEXT COLLATE "C" NOT NULL CHECK (state IN ('claimed', 'sent', 'failed')),
        attempts         INTEGER NOT NULL,
        owner            TEXT COLLATE "C" NOT NULL,
        claimed_at       TEXT COLLATE "C" NOT NULL,
        last_attempt_at  TEXT COLLATE "C" NOT NULL,
        lease_until      BIGINT,
        sent_at          TEXT COLLATE "C",
        error            TEXT COLLATE "C",
        PRIMARY KEY (platform, channel_id, posting_id, what)
      );
      CREATE TABLE known_postings (
        posting_id  TEXT COLLATE "C" PRIMARY KEY,
        title       TEXT COLLATE "C" NOT NULL,
        deadline    TEXT COLLATE "C",
        first_seen  TEXT COLLATE "C" NOT NULL,
        last_seen   TEXT COLLATE "C" NOT NULL
      );
      CREATE TABLE profiles (
        platform    TEXT COLLATE "C" NOT NULL,
        user_id     TEXT COLLATE "C" NOT NULL,
        facts       TEXT COLLATE "C" NOT NULL,
        updated_at  TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (platform, user_id)
      );
      CREATE TABLE meta (
        key    TEXT COLLATE "C" PRIMARY KEY,
        value  TEXT COLLATE "C" NOT NULL
      );
      CREATE TABLE seen_events (
        event_id  TEXT COLLATE "C" PRIMARY KEY,
        seen_at   TEXT COLLATE "C" NOT NULL
      );
      CREATE INDEX seen_events_at ON seen_events (seen_at);
      CREATE TABLE conversations (
        key         TEXT COLLATE "C" PRIMARY KEY,
        topic       TEXT COLLATE "C" NOT NULL,
        updated_at  TEXT COLLATE "C" NOT NULL
      );
      CREATE INDEX conversations_at ON conversations (updated_at);
    `,
  },
  {
    version: 2,
    name: 'personal reminders: posting ids of a subscription, per-user posting marks',
    sql: `
      ALTER TABLE subscriptions ADD COLUMN posting_ids TEXT COLLATE "C";
      CREATE TABLE posting_marks (
        platform    TEXT COLLATE "C" NOT NULL,
        user_id     TEXT COLLATE "C" NOT NULL,
        posting_id  TEXT COLLATE "C" NOT NULL,
        state       TEXT COLLATE "C" NOT NULL CHECK (state IN ('applied', 'stopped', 'snoozed')),
        until       TEXT COLLATE "C",
        updated_at  TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (platform, user_id, posting_id)
      );
    `,
  },
  {
    version: 3,
    name: 'calendar feed tokens, calendar event sequences',
    sql: `
      CREATE TABLE calendar_feeds (
        platform    TEXT COLLATE "C" NOT NULL,
        channel_id  TEXT COLLATE "C" NOT NULL,
        token       TEXT COLLATE "C" NOT NULL UNIQUE,
        created_at  TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (platform, channel_id)
      );
      CREATE TABLE calendar_events (
        posting_id  TEXT COLLATE "C" PRIMARY KEY,
        occurs      TEXT COLLATE "C" NOT NULL,
        sequence    INTEGER NOT NULL
      );
    `,
  },
];

/** Applies the migrations the database lacks, under the advisory lock; returns the version. */
export async function migratePg(
  pool: pg.Pool,
  migrations: readonly Migration[] = PG_MIGRATIONS,
  now = new Date(),
): Promise<number> {
  return withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version     INTEGER PRIMARY KEY,
      name        TEXT NOT NULL,
      applied_at  TEXT NOT NULL
    )`);
    const latest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
    const current = Number((await client.query('SELECT MAX(version) AS v FROM schema_version')).rows[0]?.v ?? 0);
    if (current > latest) {
      throw new SchemaTooNewError(
        `the database is at schema version ${current}, newer than this bot knows (${latest}): run a newer bot, or point DATABASE_URL at another database`,
      );
    }
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        now.toISOString(),
      ]);
    }
    return Math.max(current, latest);
  });
}
