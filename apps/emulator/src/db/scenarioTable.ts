// Scenarios in the store of record: each one's fixtures document, kept as the JSON text it was loaded
// from, with a version that grows on every load. On PostgreSQL every load and delete is announced with
// NOTIFY, so that the other replicas drop what they built from the old version.
import type pg from 'pg';
import type BetterSqlite3 from 'better-sqlite3';
import { listenForScenarios, type ScenarioListener } from './scenarioListener.js';
import type { ScenarioChange, ScenarioListing, ScenarioTable } from './scenarioRecords.js';
import { unlessUnavailable } from './storeUnavailable.js';

type Row = Record<string, unknown>;
/** Runs one statement with positional parameters written `$1`, `$2`, … in order. */
type Run = (sql: string, params?: unknown[]) => Promise<Row[]>;

const TABLE = 'emulator_scenarios';
const CREATE = `CREATE TABLE IF NOT EXISTS ${TABLE} (name text PRIMARY KEY, mode text NOT NULL, document text NOT NULL, version integer NOT NULL, updated_at text NOT NULL)`;
const CHANNEL = 'crm_emulator_scenarios';

const listingOf = (r: Row): ScenarioListing => ({ name: String(r.name), mode: r.mode as ScenarioListing['mode'], version: Number(r.version), updatedAt: String(r.updated_at) });

function scenarioTable(run: Run, announce: (change: ScenarioChange) => Promise<void>, watch: ScenarioTable['watch'], following: ScenarioTable['following'], close: () => Promise<void>): ScenarioTable {
  return {
    async save(name, mode, document) {
      const [row] = await run(
        `INSERT INTO ${TABLE} (name, mode, document, version, updated_at) VALUES ($1, $2, $3, 1, $4)
         ON CONFLICT (name) DO UPDATE SET mode = excluded.mode, document = excluded.document, version = ${TABLE}.version + 1, updated_at = excluded.updated_at
         RETURNING name, mode, version, updated_at`,
        [name, mode, document, new Date().toISOString()],
      );
      const listing = listingOf(row);
      await announce({ name, version: listing.version });
      return listing;
    },
    async read(name) {
      const [row] = await run(`SELECT name, mode, version, updated_at, document FROM ${TABLE} WHERE name = $1`, [name]);
      return row ? { ...listingOf(row), document: String(row.document) } : undefined;
    },
    async list() {
      return (await run(`SELECT name, mode, version, updated_at FROM ${TABLE} ORDER BY name`)).map(listingOf);
    },
    async remove(name) {
      const deleted = await run(`DELETE FROM ${TABLE} WHERE name = $1 RETURNING name`, [name]);
      if (deleted.length > 0) await announce({ name, version: 0 });
      return deleted.length > 0;
    },
    async removeAll() {
      const deleted = await run(`DELETE FROM ${TABLE} RETURNING name`);
      await announce('all');
      return deleted.length;
    },
    watch,
    following,
    close,
  };
}

export function sqliteScenarioTable(native: BetterSqlite3.Database): ScenarioTable {
  let created = false;
  // each statement prepared once: a statement prepared per call holds native memory until the GC finalises it
  const statements = new Map<string, BetterSqlite3.Statement>();
  const run: Run = async (sql, params = []) => {
    if (!created) native.exec(CREATE);
    created = true;
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = native.prepare(sql.replace(/\$\d+/g, '?'))));
    if (statement.reader) return statement.all(...params) as Row[];
    statement.run(...params);
    return [];
  };
  // one process owns a SQLite database: there is nobody to tell
  return scenarioTable(run, async () => undefined, async () => undefined, () => undefined, async () => undefined);
}

export function postgresScenarioTable(pgModule: typeof pg, pool: pg.Pool, connection: pg.ClientConfig): ScenarioTable {
  let ready: Promise<void> | undefined;
  const create = async () => {
    try {
      await pool.query(CREATE);
    } catch (error) {
      // two replicas creating the table at once: one of them wins, which is all that is needed
      if (!['23505', '42P07'].includes((error as { code?: string }).code ?? '')) throw error;
    }
  };
  // a failed creation is tried again on the next call (the database may have been away)
  const run: Run = (sql, params = []) => unlessUnavailable(async () => {
    await (ready ??= create().catch((error) => { ready = undefined; throw error; }));
    return (await pool.query(sql, params)).rows as Row[];
  });
  const announce = (change: ScenarioChange) => unlessUnavailable(async () => {
    await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, change === 'all' ? '*' : JSON.stringify(change)]);
  });
  let listener: ScenarioListener | undefined;
  return scenarioTable(run, announce, async (onChange) => {
    listener = await listenForScenarios(pgModule, connection, {
      channel: CHANNEL,
      onNotification: (payload) => void onChange(payload === '*' ? 'all' : JSON.parse(payload ?? '{}')),
      onMissed: async () => onChange('missed'),
    });
  }, () => listener?.following(), async () => {
    await listener?.close();
  });
}
