import type { DatasetChunk, DatasetHeader, DatasetSource } from '../data/model.js';
import { TABLES, type TableName } from './tables.js';

/** Rows in the column order of tables.ts, grouped by table: what the bulk loaders consume. */
export type TableRows = Partial<Record<TableName, unknown[][]>>;

/** The rows of every table whose records a dataset's header or one of its chunks holds. */
export function tableRows(part: DatasetHeader | DatasetChunk): TableRows {
  const rows: TableRows = {};
  for (const { name, records, columns } of TABLES) {
    const list = (part as unknown as Partial<Record<string, unknown[]>>)[records]; // a header holds some lists, a chunk the others
    if (!list) continue;
    const values = columns.map((column) => column.of);
    rows[name] = list.map((record) => {
      const row = new Array(values.length);
      for (let k = 0; k < values.length; k++) row[k] = values[k](record);
      return row;
    });
  }
  return rows;
}

/** A dataset's rows in the order they are loaded: the header's tables, then each chunk's. */
export function* datasetRows(source: DatasetSource): Generator<TableRows> {
  yield tableRows(source.header);
  for (const chunk of source.chunks()) yield tableRows(chunk);
}
