// Store failures in one line a person can act on, for both engines: SQLite's codes
// (SQLITE_BUSY, SQLITE_FULL...) and PostgreSQL's (SQLSTATE classes and socket errors).
// A database URL is named by its variable and host, never with its password.
import { ConfigError } from '../config/load-config.ts';

/** The store could not be opened: the CLI prints the one line and exits 2, like a config error. */
export class StoreOpenError extends ConfigError {
  override name = 'StoreOpenError';
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function codeOf(err: unknown): string {
  return String((err as { code?: unknown })?.code ?? '');
}

/** Store failures worth one clear log line: what happened and what to do. */
export function describeStoreError(err: unknown): string {
  const code = codeOf(err);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return `the database is locked by another connection (${code})`;
  if (code === 'SQLITE_FULL') return 'the disk holding the database is full (SQLITE_FULL): free some space';
  if (code.startsWith('SQLITE_READONLY')) return `the database is read-only (${code}): check the file's permissions`;
  if (code.startsWith('SQLITE_IOERR')) return `the database could not be read or written (${code})`;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'ENOTFOUND')
    return `the PostgreSQL server cannot be reached (${code})`;
  if (code.startsWith('57P') || code.startsWith('08'))
    return `the PostgreSQL connection was cut (${code}): retried on the next run`;
  if (code === '53100') return 'the disk holding the PostgreSQL database is full (53100)';
  if (/connection terminated|timeout exceeded when trying to connect/i.test(message(err)))
    return `the PostgreSQL connection was lost (${message(err)})`;
  return `the store failed (${code || message(err)})`;
}

/** Why DATABASE_URL could not be opened, naming the host and user it tried but no secret. */
export function describeDatabaseUrl(url: string, err: unknown): string {
  let where = 'the server it names';
  let user = '';
  try {
    const u = new URL(url);
    where = `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname && u.pathname !== '/' ? u.pathname : ''}`;
    user = decodeURIComponent(u.username);
  } catch {
    return 'DATABASE_URL: not a URL such as postgres://user:password@host:5432/database';
  }
  const code = codeOf(err);
  if (code === '28P01' || code === '28000')
    return `DATABASE_URL: PostgreSQL at ${where} refused the credentials${user ? ` of user '${user}'` : ''} (${code})`;
  if (code === '3D000') return `DATABASE_URL: PostgreSQL at ${where} has no such database (${code}): create it first`;
  if (code === 'ENOTFOUND') return `DATABASE_URL: no host ${where.split(':')[0]} (ENOTFOUND)`;
  if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || /timeout/i.test(message(err)))
    return `DATABASE_URL: cannot reach PostgreSQL at ${where} (${code || 'timed out'}): is it running, and is the port open?`;
  return `DATABASE_URL: cannot open PostgreSQL at ${where} (${code || message(err).slice(0, 120)})`;
}
