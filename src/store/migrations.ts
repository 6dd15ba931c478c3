// The store's schema as an ordered list of migrations. Each runs once, in its own transaction,
// and is recorded in `schema_version`; reopening a database applies only the ones it lacks.
// Never edit a migration that has shipped: add the next one.
import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'subscriptions, deliveries, announcements, known postings, profiles',
    sql: `
      CREATE TABLE subscriptions (
        platform    TEXT NOT NULL,
        channel_id  TEXT NOT NULL,
        offsets     TEXT NOT NULL,            -- JSON array of whole days, e.g. [14,7,1]
        filter      TEXT,
        created_by  TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        PRIMARY KEY (platform, channel_id)
      ) STRICT;

      -- One row per reminder: claimed before it is posted, then marked sent or failed.
      CREATE TABLE reminder_deliveries (
        platform         TEXT NOT NULL,
        channel_id       TEXT NOT NULL,
        posting_id       TEXT NOT NULL,
        deadline         TEXT NOT NULL,
        days_before      INTEGER NOT NULL,
        state            TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed')),
        attempts         INTEGER NOT NULL,
        owner            TEXT NOT NULL,       -- the store session (process) that holds the claim
        claimed_at       TEXT NOT NULL,       -- first claim
        last_attempt_at  TEXT NOT NULL,
        sent_at          TEXT,
        error            TEXT,
        PRIMARY KEY (platform, channel_id, posting_id, deadline, days_before)
      ) STRICT;

      CREATE TABLE announcements (
        platform         TEXT NOT NULL,
        channel_id       TEXT NOT NULL,
        posting_id       TEXT NOT NULL,
        what             TEXT NOT NULL,       -- 'new', or 'deadline:<old>><new>'
        state            TEXT NOT NULL CHECK (state IN ('claimed', 'sent', 'failed')),
        attempts         INTEGER NOT NULL,
        owner            TEXT NOT NULL,
        claimed_at       TEXT NOT NULL,
        last_attempt_at  TEXT NOT NULL,
        sent_at          TEXT,
        error            TEXT,
        PRIMARY KEY (platform, channel_id, posting_id, what)
      ) STRICT;

      CREATE TABLE known_postings (
        posting_id  TEXT PRIMARY KEY,
        title       TEXT NOT NULL,
        deadline    TEXT,
        first_seen  TEXT NOT NULL,
        last_seen   TEXT NOT NULL
      ) STRICT;

      CREATE TABLE profiles (
        platform    TEXT NOT NULL,
        user_id     TEXT NOT NULL,
        facts       TEXT NOT NULL,            -- JSON of UserFacts
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (platform, user_id)
      ) STRICT;

      -- Small facts about the store itself (e.g. when postings were first recorded).
      CREATE TABLE meta (
        key    TEXT PRIMARY KEY,
        value  TEXT NOT NULL
      ) STRICT;
    `,
  },
  {
    version: 2,
    name: 'claim leases, inbound events seen, conversations',
    sql: `
      -- A claim is its owner's until lease_until (ms since the epoch); NULL: an old claim, lapsed.
      ALTER TABLE reminder_deliveries ADD COLUMN lease_until INTEGER;
      ALTER TABLE announcements ADD COLUMN lease_until INTEGER;

      -- Inbound event ids answered once in the whole deployment (Slack retries, Mattermost DMs).
      CREATE TABLE seen_events (
        event_id  TEXT PRIMARY KEY,
        seen_at   TEXT NOT NULL
      ) STRICT;
      CREATE INDEX seen_events_at ON seen_events (seen_at);

      -- What a conversation last talked about, so a follow-up may reach any replica.
      CREATE TABLE conversations (
        key         TEXT PRIMARY KEY,
        topic       TEXT NOT NULL,            -- JSON of Topic
        updated_at  TEXT NOT NULL
      ) STRICT;
      CREATE INDEX conversations_at ON conversations (updated_at);
    `,
  },
  {
    version: 3,
    name: 'personal reminders: posting ids of a subscription, per-user posting marks',
    sql: `
      -- JSON array of posting ids asked for by name ("remind me about ..."); NULL for none.
      ALTER TABLE subscriptions ADD COLUMN posting_ids TEXT;

      -- What a user said about a posting: applied / stopped (no more reminders), snoozed until a day.
      CREATE TABLE posting_marks (
        platform    TEXT NOT NULL,
        user_id     TEXT NOT NULL,
        posting_id  TEXT NOT NULL,
        state       TEXT NOT NULL CHECK (state IN ('applied', 'stopped', 'snoozed')),
        until       TEXT,                     -- YYYY-MM-DD, for 'snoozed'
        updated_at  TEXT NOT NULL,
        PRIMARY KEY (platform, user_id, posting_id)
      ) STRICT;
    `,
  },
  {
    version: 4,
    name: 'calendar feed tokens, calendar event sequences',
    sql: `
      -- The secret token in a subscription's calendar feed URL (channel_id '@user': a person's).
      CREATE TABLE calendar_feeds (
        platform    TEXT NOT NULL,
        channel_id  TEXT NOT NULL,
        token       TEXT NOT NULL UNIQUE,
        created_at  TEXT NOT NULL,
        PRIMARY KEY (platform, channel_id)
      ) STRICT;

      -- Each posting's calendar event: when it occurs now, and its SEQUENCE, raised at each change.
      CREATE TABLE calendar_events (
        posting_id  TEXT PRIMARY KEY,
        occurs      TEXT NOT NULL,            -- the deadline date, or its instant when timed
        sequence    INTEGER NOT NULL
      ) STRICT;
    `,
  },
];

/** Thrown when the database was written by a newer bot than this one. */
export class SchemaTooNewError extends Error {
  readonly code = 'SCHEMA_TOO_NEW';
}

/** The highest migration applied to `db` (0 for a new database). */
export function schemaVersion(db: Database): number {
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_version').get() as { v: number | null };
  return row.v ?? 0;
}

/** Applies the migrations `db` lacks, in order; returns the resulting version. */
export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS, now = new Date()): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
  ) STRICT`);
  const latest = migrations.reduce((m, x) => Math.max(m, x.version), 0);
  const current = schemaVersion(db);
  if (current > latest) {
    throw new SchemaTooNewError(
      `the database is at schema version ${current}, newer than this bot knows (${latest}): run a newer bot, or point POSITIONS_DB at another file`,
    );
  }
  const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  for (const m of ordered) {
    if (m.version <= current) continue;
    // IMMEDIATE: two processes opening a new file at once do not both apply a migration.
    db.transaction(() => {
      if (schemaVersion(db) >= m.version) return;
      db.exec(m.sql);
      record.run(m.version, m.name, now.toISOString());
    }).immediate();
  }
  db.pragma(`user_version = ${latest}`);
  return schemaVersion(db);
}
