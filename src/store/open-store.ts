// Which store the process uses: PostgreSQL when DATABASE_URL is set (several replicas share it),
// the SQLite file POSITIONS_DB otherwise (one process, nothing to install).
import type { Logger } from 'pino';
import { openPgStore } from './pg-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

export async function openStore(
  config: { dbPath: string; databaseUrl?: string },
  log: Logger,
  owner?: string,
): Promise<Store> {
  const store = config.databaseUrl
    ? await openPgStore(config.databaseUrl, {
        ...(owner ? { owner } : {}),
        onIdleError: (err) => log.warn({ err: err.message }, 'a pooled PostgreSQL connection broke while idle'),
      })
    : await openSqliteStore(config.dbPath, owner ? { owner } : {});
  log.info({ engine: store.engine, replica: store.owner }, 'store open');
  return store;
}
