// One PostgreSQL transaction on one pooled connection: BEGIN, COMMIT when the work ends, ROLLBACK when it
// throws or its reader stops early, and the connection back to the pool either way.
import type pg from 'pg';

/** For work that yields as it goes (a cursor read in batches): the transaction lasts as long as the iteration. */
export async function* transactionYielding<T>(pool: pg.Pool, begin: string, work: (client: pg.PoolClient) => AsyncIterable<T>): AsyncGenerator<T> {
  const client = await pool.connect();
  let committed = false;
  let broken = false;
  try {
    await client.query(begin);
    yield* work(client);
    await client.query('COMMIT');
    committed = true;
  } finally {
    // a connection that cannot even roll back is closed, not handed to the next caller
    if (!committed) await client.query('ROLLBACK').catch(() => { broken = true; });
    client.release(broken);
  }
}

/** Runs the work in a transaction (`begin` is BEGIN or, say, BEGIN READ ONLY) and resolves with its result. */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  let result: T | undefined;
  for await (const value of transactionYielding(pool, begin, async function* (client) { yield await work(client); })) result = value;
  return result as T;
}
