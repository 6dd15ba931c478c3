// Three replicas on one SQLite file (issue 16, finding 1: two processes on one file used to post
// almost every reminder twice).
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import { describeThreeReplicas } from './three-replicas.ts';

describeThreeReplicas('one SQLite file', async (dir) => {
  const path = join(dir, 'db', 'positions.db');
  return { env: { POSITIONS_DB: path }, open: () => openSqliteStore(path), close: async () => {} };
});
