// A dataset's rows held in memory and read back as the database would give them: what a scenario's
// engine is built from, so that loading one never waits for a write and a read-back.
import type { DatasetSource } from '../data/model.js';
import type { EmulatorDatabase } from './open.js';
import { datasetRows } from './rows.js';
import { integerKey, type TableName } from './tables.js';

/** What the query engine reads its columns from: the store of record, or a dataset in memory. */
export type TableReader = Pick<EmulatorDatabase, 'rows' | 'count'>;

export function datasetTables(source: DatasetSource): TableReader {
  const tables = new Map<TableName, unknown[][]>();
  for (const rows of datasetRows(source)) {
    for (const [name, list] of Object.entries(rows) as [TableName, unknown[][]][]) {
      const table = tables.get(name) ?? [];
      for (const row of list) table.push(row);
      tables.set(name, table);
    }
  }
  // the database reads integer-keyed tables back in id order
  for (const [name, rows] of tables) {
    const key = integerKey(name)?.position;
    if (key !== undefined) rows.sort((a, b) => (a[key] as number) - (b[key] as number));
  }
  return {
    async *rows(table) {
      yield tables.get(table) ?? [];
    },
    async count(table) {
      return tables.get(table)?.length ?? 0;
    },
  };
}
