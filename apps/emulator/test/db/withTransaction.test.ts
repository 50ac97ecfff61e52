// withTransaction on a real PostgreSQL: the work commits, a throw rolls it back, a reader that stops early
// rolls back too, and the connection goes back to the pool outside any transaction every time.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transactionYielding, withTransaction } from '../../src/db/withTransaction.js';
import { postgresBackend } from '../support/databases.js';

const postgres = postgresBackend();

describe.runIf(postgres)('withTransaction', () => {
  let pool: pg.Pool;
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: await postgres!.databaseUrl(), max: 1 });
    await pool.query('CREATE TABLE notes (text text)');
  });
  afterAll(() => pool?.end());

  const notes = async () => (await pool.query('SELECT text FROM notes ORDER BY text')).rows.map((r) => r.text);
  // with one connection in the pool, this is the one the work used
  const idleOutsideTransaction = async () => {
    expect(pool.idleCount).toBe(pool.totalCount);
    expect((await pool.query('SELECT now() = statement_timestamp() AS outside')).rows[0].outside).toBe(true);
  };

  it('commits the work and resolves with its result', async () => {
    expect(await withTransaction(pool, async (client) => (await client.query("INSERT INTO notes VALUES ('kept') RETURNING text")).rows[0].text)).toBe('kept');
    expect(await notes()).toEqual(['kept']);
    await idleOutsideTransaction();
  });

  it('rolls back when the work throws, and throws that error', async () => {
    await expect(withTransaction(pool, async (client) => {
      await client.query("INSERT INTO notes VALUES ('thrown')");
      throw new Error('no');
    })).rejects.toThrow('no');
    expect(await notes()).toEqual(['kept']);
    await idleOutsideTransaction();
  });

  it('rolls back when the reader stops before the end', async () => {
    const rows = transactionYielding(pool, 'BEGIN', async function* (client) {
      await client.query("INSERT INTO notes VALUES ('abandoned')");
      yield 1;
      yield 2;
    });
    for await (const row of rows) if (row === 1) break;
    expect(await notes()).toEqual(['kept']);
    await idleOutsideTransaction();
  });
});
