// Three replicas on one PostgreSQL database (a fresh one, created and dropped by the test).
import { openPgStore } from '../../src/store/pg-store.ts';
import { createTestDatabase } from '../store/pg-test-database.ts';
import { describeThreeReplicas } from './three-replicas.ts';

describeThreeReplicas('one PostgreSQL database', async () => {
  const db = await createTestDatabase();
  if (!db) return null;
  return { env: { DATABASE_URL: db.url }, open: () => openPgStore(db.url, { poolSize: 1 }), close: () => db.drop() };
});
