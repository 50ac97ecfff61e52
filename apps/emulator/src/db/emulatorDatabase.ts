// What both stores of record offer (sqliteDatabase.ts, postgresDatabase.ts), and what their adapters share.
import type { DatasetSource } from '../data/model.js';
import type { Dialect } from './ddl.js';
import type { TableRows } from './rows.js';
import type { ScenarioTable } from './scenarioRecords.js';
import { tableSpec, type TableName } from './tables.js';

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

/** Rows per batch when a table is read back. */
export const READ_BATCH = 20_000;

export function countRows(rows: TableRows): number {
  let n = 0;
  for (const list of Object.values(rows)) n += list?.length ?? 0;
  return n;
}

export const columnList = (table: TableName) => tableSpec(table).columns.map((c) => c.name).join(', ');
