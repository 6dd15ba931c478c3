// One transaction on one pooled connection, for the store and its migrations: a connection cut
// while checked out fails the running query (its 'error' event is no crash), and a broken
// connection is released as broken so that the pool does not hand it out again.
import type pg from 'pg';

function ignore(): void {}

export async function withTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  client.on('error', ignore);
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const out = await fn(client);
    await client.query('COMMIT');
    return out;
  } catch (err) {
    broken = err as Error;
    await client.query('ROLLBACK').catch(ignore);
    throw err;
  } finally {
    client.off('error', ignore);
    client.release(broken);
  }
}
