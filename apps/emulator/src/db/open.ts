import { SqliteDatabase as BetterSqlite3 } from './sqliteDriver.js';
import type pg from 'pg';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { Database } from './schema.js';
import type { DatasetSource } from '../data/model.js';
import { dropTablesSql, indexSql, schemaSql, type Dialect } from './ddl.js';
import { chunkRows, headerRows } from './rows.js';
import { SqliteLoader } from './sqliteLoader.js';
import { withStatementCache } from './statementCache.js';
import { PostgresLoader } from './postgresLoader.js';

export interface OpenOptions {
  /** postgres:// or postgresql:// selects PostgreSQL; otherwise SQLite. */
  databaseUrl?: string;
  /** SQLite file; in memory when absent. */
  file?: string;
}

export interface LoadSummary { contacts: number; rows: number; millis: number }

export interface EmulatorDatabase {
  readonly dialect: Dialect;
  readonly db: Kysely<Database>;
  /** Drops and recreates the emulator's tables, then loads the source in one transaction. */
  load(source: DatasetSource): Promise<LoadSummary>;
  /** SQLite only: the whole database as a buffer (see snapshot.ts). */
  serialize?(): Buffer;
  close(): Promise<void>;
}

/** The PostgreSQL schema that holds the emulator's tables. */
export const POSTGRES_SCHEMA = 'crm_emulator';

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

/** An in-memory SQLite database from a buffer that serialize() produced: already loaded and indexed. */
export function openSqliteSnapshot(buffer: Buffer): EmulatorDatabase {
  return openSqlite(undefined, buffer);
}

function openSqlite(file: string | undefined, snapshot?: Buffer): EmulatorDatabase {
  const native = snapshot ? new BetterSqlite3(snapshot) : new BetterSqlite3(file ?? ':memory:');
  native.pragma('journal_mode = OFF');
  native.pragma('synchronous = OFF');
  native.pragma('temp_store = MEMORY');
  native.pragma('cache_size = -262144'); // 256 MB: index builds at 1M contacts sort in memory
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(native) }) });
  return {
    dialect: 'sqlite',
    db,
    async load(source) {
      const started = performance.now();
      let contacts = 0;
      let rows = 0;
      native.transaction(() => {
        for (const s of dropTablesSql()) native.exec(s);
        for (const s of schemaSql('sqlite')) native.exec(s);
        const loader = new SqliteLoader(native);
        const header = headerRows(source.header);
        loader.write(header);
        rows += countRows(header);
        for (const chunk of source.chunks()) {
          const r = chunkRows(chunk);
          loader.write(r);
          contacts += chunk.contacts.length;
          rows += countRows(r);
        }
        for (const s of indexSql()) native.exec(s);
      })();
      // sampled statistics are enough for the planner to prefer the right index, and cheap at 1M rows
      native.pragma('analysis_limit = 1000');
      native.exec('ANALYZE');
      return { contacts, rows, millis: performance.now() - started };
    },
    serialize() {
      return native.serialize();
    },
    async close() {
      await db.destroy();
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
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    dialect: 'postgres',
    db,
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
        const header = headerRows(source.header);
        await loader.write(header);
        rows += countRows(header);
        for (const chunk of source.chunks()) {
          const r = chunkRows(chunk);
          await loader.write(r);
          contacts += chunk.contacts.length;
          rows += countRows(r);
        }
        for (const s of indexSql()) await client.query(s);
        await client.query('COMMIT');
        await client.query('ANALYZE');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
      return { contacts, rows, millis: performance.now() - started };
    },
    async close() {
      await db.destroy();
    },
  };
}
