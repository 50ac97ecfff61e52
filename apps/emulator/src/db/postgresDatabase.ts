// The store of record on PostgreSQL (pg): the emulator's tables in a schema of their own.
import type pg from 'pg';
import { dropTablesSql, schemaSql } from './ddl.js';
import { columnList, countRows, READ_BATCH, type EmulatorDatabase } from './emulatorDatabase.js';
import { PostgresLoader } from './postgresLoader.js';
import { datasetRows } from './rows.js';
import { postgresScenarioTable } from './scenarioTable.js';
import { integerKey } from './tables.js';
import { transactionYielding, withTransaction } from './withTransaction.js';

/** The PostgreSQL schema that holds the emulator's tables. */
export const POSTGRES_SCHEMA = 'crm_emulator';

export function openPostgres(pgModule: typeof pg, url: string): EmulatorDatabase {
  // bigint (int8) columns hold epoch microseconds and COUNT(*) results: both fit a JS number exactly
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === 20 ? (v: string) => Number(v) : pgModule.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
  };
  // Every table lives in its own schema: the emulator drops and recreates its tables on each load, and
  // must never touch a same-named table of whatever database DATABASE_URL names.
  const pool = new pgModule.Pool({ connectionString: url, max: 4, types, options: `-c search_path=${POSTGRES_SCHEMA}` });
  // an idle connection lost to a restart: the pool drops it and opens another when asked (unheard, it would end the process)
  pool.on('error', () => undefined);
  const scenarios = postgresScenarioTable(pgModule, pool, { connectionString: url });
  return {
    dialect: 'postgres',
    scenarios,
    async load(source) {
      const started = performance.now();
      let contacts = 0;
      let rows = 0;
      await withTransaction(pool, async (client) => {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${POSTGRES_SCHEMA}`);
        for (const s of dropTablesSql()) await client.query(`${s} CASCADE`);
        for (const s of schemaSql('postgres')) await client.query(s);
        const loader = new PostgresLoader(client);
        for (const batch of datasetRows(source)) {
          await loader.write(batch);
          contacts += batch.contacts?.length ?? 0;
          rows += countRows(batch);
        }
      });
      return { contacts, rows, millis: performance.now() - started };
    },
    rows(table) {
      // a cursor in a read-only transaction: the table arrives in batches, never whole in memory
      return transactionYielding(pool, 'BEGIN READ ONLY', async function* (client) {
        const key = integerKey(table);
        const order = key ? ` ORDER BY ${key.column}` : '';
        await client.query(`DECLARE rows_cursor NO SCROLL CURSOR FOR SELECT ${columnList(table)} FROM ${table}${order}`);
        for (;;) {
          const { rows } = await client.query({ text: `FETCH ${READ_BATCH} FROM rows_cursor`, rowMode: 'array' });
          if (rows.length === 0) return;
          yield rows as unknown[][];
        }
      });
    },
    async count(table) {
      const { rows } = await pool.query({ text: `SELECT count(*) FROM ${table}`, rowMode: 'array' });
      return Number(rows[0][0]);
    },
    async close() {
      await scenarios.close();
      await pool.end();
    },
  };
}
