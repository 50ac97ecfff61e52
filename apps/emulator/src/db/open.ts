import BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import type { DatasetSource } from '../data/model.js';
import { dropTablesSql, schemaSql, type Dialect } from './ddl.js';
import { datasetRows } from './rows.js';
import { SqliteLoader } from './sqliteLoader.js';
import { postgresScenarioTable, sqliteScenarioTable } from './scenarioTable.js';
import type { ScenarioTable } from './scenarioRecords.js';
import { PostgresLoader } from './postgresLoader.js';
import { integerKey, tableSpec, type TableName } from './tables.js';

export interface OpenOptions {
  /** postgres:// or postgresql:// selects PostgreSQL; otherwise SQLite. */
  databaseUrl?: string;
  /** SQLite file; in memory when absent. */
  file?: string;
}

export interface LoadSummary { contacts: number; rows: number; millis: number }

/** The store of record: the engine is loaded from it, and nothing queries it while answering. */
export interface EmulatorDatabase {
  readonly dialect: Dialect;
  /** Drops and recreates the emulator's tables, then loads the source in one transaction. */
  load(source: DatasetSource): Promise<LoadSummary>;
  /**
   * Every row of a table, in batches, as arrays in the column order of tables.ts: in id order for
   * tables keyed by an integer id, otherwise in the order they were written.
   */
  rows(table: TableName): AsyncIterable<unknown[][]>;
  /** The number of rows of a table. */
  count(table: TableName): Promise<number>;
  /** The scenarios loaded at run time (scenarioTable.ts). */
  readonly scenarios: ScenarioTable;
  /** SQLite only: the whole database as a buffer (see snapshot.ts). */
  serialize?(): Buffer;
  close(): Promise<void>;
}

/** The PostgreSQL schema that holds the emulator's tables. */
export const POSTGRES_SCHEMA = 'crm_emulator';
const READ_BATCH = 20_000;

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

export async function openDatabase(opts: OpenOptions = {}): Promise<EmulatorDatabase> {
  if (!isPostgresUrl(opts.databaseUrl)) return openSqlite(opts.file);
  // loaded only when asked for: most runs use SQLite, and pg adds to every start-up
  const { default: pgModule } = await import('pg');
  return openPostgres(pgModule, opts.databaseUrl);
}

function countRows(rows: Record<string, unknown[][] | undefined>): number {
  let n = 0;
  for (const list of Object.values(rows)) n += list?.length ?? 0;
  return n;
}

const columnList = (table: TableName) => tableSpec(table).columns.map((c) => c.name).join(', ');

/** An in-memory SQLite database from a buffer that serialize() produced: already loaded. */
export function openSqliteSnapshot(buffer: Buffer): EmulatorDatabase {
  return openSqlite(undefined, buffer);
}

function openSqlite(file: string | undefined, snapshot?: Buffer): EmulatorDatabase {
  const native = snapshot ? new BetterSqlite3(snapshot) : new BetterSqlite3(file ?? ':memory:');
  native.pragma('journal_mode = OFF');
  native.pragma('synchronous = OFF');
  native.pragma('temp_store = MEMORY');
  return {
    dialect: 'sqlite',
    scenarios: sqliteScenarioTable(native),
    async load(source) {
      const started = performance.now();
      let contacts = 0;
      let rows = 0;
      native.transaction(() => {
        for (const s of dropTablesSql()) native.exec(s);
        for (const s of schemaSql('sqlite')) native.exec(s);
        const loader = new SqliteLoader(native);
        for (const batch of datasetRows(source)) {
          loader.write(batch);
          contacts += batch.contacts?.length ?? 0;
          rows += countRows(batch);
        }
      })();
      return { contacts, rows, millis: performance.now() - started };
    },
    async *rows(table) {
      // rowid order: the id for a table keyed by an INTEGER id (SQLite's rowid alias), else the order of
      // writing; batches by rowid ranges, since .all() costs far less per row than .iterate()
      const width = tableSpec(table).columns.length;
      const batch = native.prepare(`SELECT ${columnList(table)}, rowid FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ${READ_BATCH}`).raw();
      for (let after = -Infinity; ;) {
        const rows = batch.all(after) as unknown[][];
        if (rows.length === 0) return;
        after = rows[rows.length - 1][width] as number;
        yield rows;
        if (rows.length < READ_BATCH) return;
      }
    },
    async count(table) {
      return (native.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
    },
    serialize() {
      return native.serialize();
    },
    async close() {
      native.close();
    },
  };
}

function openPostgres(pg: typeof import('pg').default, url: string): EmulatorDatabase {
  // bigint (int8) columns hold epoch microseconds and COUNT(*) results: both fit a JS number exactly
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
  };
  // Every table lives in its own schema: the emulator drops and recreates its tables on each load, and
  // must never touch a same-named table of whatever database DATABASE_URL names.
  const pool = new pg.Pool({ connectionString: url, max: 4, types, options: `-c search_path=${POSTGRES_SCHEMA}` });
  // an idle connection lost to a restart: the pool drops it and opens another when asked (unheard, it would end the process)
  pool.on('error', () => undefined);
  const scenarios = postgresScenarioTable(pg, pool, { connectionString: url });
  return {
    dialect: 'postgres',
    scenarios,
    async load(source) {
      const started = performance.now();
      let contacts = 0;
      let rows = 0;
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${POSTGRES_SCHEMA}`);
        for (const s of dropTablesSql()) await client.query(`${s} CASCADE`);
        for (const s of schemaSql('postgres')) await client.query(s);
        const loader = new PostgresLoader(client);
        for (const batch of datasetRows(source)) {
          await loader.write(batch);
          contacts += batch.contacts?.length ?? 0;
          rows += countRows(batch);
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
      return { contacts, rows, millis: performance.now() - started };
    },
    async *rows(table) {
      // a cursor in a read-only transaction: the table arrives in batches, never whole in memory
      const client = await pool.connect();
      try {
        await client.query('BEGIN READ ONLY');
        const key = integerKey(table);
        const order = key ? ` ORDER BY ${key.column}` : '';
        await client.query(`DECLARE rows_cursor NO SCROLL CURSOR FOR SELECT ${columnList(table)} FROM ${table}${order}`);
        for (;;) {
          const { rows } = await client.query({ text: `FETCH ${READ_BATCH} FROM rows_cursor`, rowMode: 'array' });
          if (rows.length === 0) break;
          yield rows as unknown[][];
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
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
