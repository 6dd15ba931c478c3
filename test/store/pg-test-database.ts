// A fresh PostgreSQL database for one test file, created and dropped by the test, on the server
// at TEST_DATABASE_URL (default: the machines' local server, trust authentication). Where no
// server answers the PostgreSQL tests are skipped with a message, except under CI (CI=true),
// which requires them.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  /** Empties every table but the schema's version, between tests. */
  reset(): Promise<void>;
  /** Runs one statement as the admin (e.g. pg_terminate_backend). */
  admin(sql: string, values?: unknown[]): Promise<pg.QueryResult>;
  drop(): Promise<void>;
}

export const PG_SKIP_MESSAGE = `PostgreSQL tests skipped: no server at ${ADMIN_URL.replace(/:[^:@/]*@/, ':***@')} (set TEST_DATABASE_URL; CI=true requires one)`;

/** The fresh database, or null (with the skip message printed) where no server runs outside CI. */
export async function createTestDatabase(): Promise<TestDatabase | null> {
  const admin = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (err) {
    await admin.end().catch(() => {});
    if (process.env.CI === 'true') throw new Error(`CI requires PostgreSQL for these tests: ${(err as Error).message}`);
    console.warn(PG_SKIP_MESSAGE);
    return null;
  }
  const name = `positions_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  admin.on('error', () => {});
  let pool: pg.Pool | null = null;
  const db = () => {
    if (!pool) {
      pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
      pool.on('error', () => {});
    }
    return pool;
  };
  return {
    url: url.toString(),
    name,
    async reset() {
      const tables = await db().query(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version'",
      );
      if (tables.rows.length === 0) return;
      // DELETE, not TRUNCATE: on a few rows it is many times faster.
      await db().query(tables.rows.map((r) => `DELETE FROM "${r.tablename}";`).join(' '));
    },
    admin: (sql, values = []) => admin.query(sql, values),
    async drop() {
      await pool?.end().catch(() => {});
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
      await admin.end().catch(() => {});
    },
  };
}
