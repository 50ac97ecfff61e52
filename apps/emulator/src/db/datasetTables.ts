// A dataset's rows held in memory and read back as the database would give them: what a scenario's
// engine is built from, so that loading one never waits for a write and a read-back.
import type { DatasetSource } from '../data/model.js';
import type { EmulatorDatabase } from './emulatorDatabase.js';
import { datasetRows } from './rows.js';
import { integerKey, type TableName } from './tables.js';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { runAtOnce, runInSlices, type Steps } from '../engine/slices.js';

/** What the query engine reads its columns from: the store of record, or a dataset in memory. */
export type TableReader = Pick<EmulatorDatabase, 'rows' | 'count'>;

export function datasetTables(source: DatasetSource): TableReader {
  return readerOver(runAtOnce(collectTables(source)));
}

// a merge scenario's rows are the whole generated base: a turn of the event loop between chunks and batches
const BATCH = 5000;

/** The same, built in slices (a chunk of the dataset at a time) and read back in batches with a pause between. */
export async function datasetTablesInSlices(source: DatasetSource): Promise<TableReader> {
  const tables = await runInSlices(collectTables(source));
  return {
    ...readerOver(tables),
    async *rows(table) {
      const rows = tables.get(table) ?? [];
      for (let at = 0; at < rows.length; at += BATCH) {
        if (at > 0) await nextTurn();
        yield rows.slice(at, at + BATCH);
      }
    },
  };
}

function* collectTables(source: DatasetSource): Steps<Map<TableName, unknown[][]>> {
  const tables = new Map<TableName, unknown[][]>();
  for (const rows of datasetRows(source)) {
    for (const [name, list] of Object.entries(rows) as [TableName, unknown[][]][]) {
      const table = tables.get(name) ?? [];
      for (const row of list) table.push(row);
      tables.set(name, table);
    }
    yield;
  }
  // the database reads integer-keyed tables back in id order; generated rows come in that order already
  for (const [name, rows] of tables) {
    const key = integerKey(name)?.position;
    if (key === undefined || rows.every((row, k) => k === 0 || (rows[k - 1][key] as number) <= (row[key] as number))) continue;
    rows.sort((a, b) => (a[key] as number) - (b[key] as number));
    yield;
  }
  return tables;
}

function readerOver(tables: Map<TableName, unknown[][]>): TableReader {
  return {
    async *rows(table) {
      yield tables.get(table) ?? [];
    },
    async count(table) {
      return tables.get(table)?.length ?? 0;
    },
  };
}
