// The engine's columns of a snapshot of generated data: read from its column file when there is a sound one,
// else read from its database's rows (as the first start after a code change does) and kept as a column file
// for the next start. A damaged column file is read again from the rows and replaced, never used.
import { existsSync } from 'node:fs';
import { ColumnFileError, encodeColumns, readColumnFile } from '../db/columnFile.js';
import { openSqliteSnapshot } from '../db/open.js';
import { readContactColumns } from '../db/readContactColumns.js';
import type { SnapshotKey, SnapshotStore } from '../db/snapshot.js';
import type { ContactColumns } from '../engine/contactColumns.js';

export interface SnapshotColumns {
  columns: ContactColumns;
  /** Where they came from: the column file, or the database's rows (and why, when a column file was refused). */
  from: 'column file' | 'rows';
  refused?: string;
}

export async function snapshotColumns(store: SnapshotStore, key: SnapshotKey, databaseFile: string): Promise<SnapshotColumns> {
  const file = store.columnsFile(key);
  let refused: string | undefined;
  if (existsSync(file)) {
    try {
      return { columns: readColumnFile(file), from: 'column file' };
    } catch (error) {
      if (!(error instanceof ColumnFileError)) throw error;
      refused = `the column file ${file} is ${error.message}`;
    }
  }
  const columns = await readRows(databaseFile);
  try {
    store.writeColumns(key, encodeColumns(columns));
  } catch {
    // a read-only or full disk only costs the next start its speed
  }
  return { columns, from: 'rows', refused };
}

async function readRows(file: string): Promise<ContactColumns> {
  const snapshot = openSqliteSnapshot(file);
  try {
    return await readContactColumns(snapshot);
  } finally {
    snapshot.close();
  }
}
