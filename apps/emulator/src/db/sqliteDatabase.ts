// The store of record on SQLite (better-sqlite3): in memory or in a file; a snapshot's tables read from its file.
import BetterSqlite3 from 'better-sqlite3';
import { dropTablesSql, schemaSql } from './ddl.js';
import { columnList, countRows, READ_BATCH, type EmulatorDatabase } from './emulatorDatabase.js';
import { datasetRows } from './rows.js';
import { sqliteScenarioTable } from './scenarioTable.js';
import { SqliteLoader } from './sqliteLoader.js';
import { tableSpec } from './tables.js';

type TableReader = Pick<EmulatorDatabase, 'rows' | 'count'>;

/**
 * A snapshot's tables, read in place from its file (read only) to build the engine, then closed: not
 * deserialized into memory, where its copy (265 MB at 1,000,000 contacts) would stay for the whole run.
 */
export function openSqliteSnapshot(file: string): TableReader & { close(): void } {
  const native = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  return { ...tableReader(native), close: () => native.close() };
}

/** SQLite in this file, or in memory when there is none. */
export function openSqlite(file: string | undefined): EmulatorDatabase {
  const native = new BetterSqlite3(file ?? ':memory:');
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
    ...tableReader(native),
    serialize() {
      return native.serialize();
    },
    async close() {
      native.close();
    },
  };
}

function tableReader(native: BetterSqlite3.Database): TableReader {
  return {
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
  };
}
