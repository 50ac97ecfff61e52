import type BetterSqlite3 from 'better-sqlite3';
import { TABLES, tableSpec, type TableName } from './tables.js';
import type { TableRows } from './rows.js';

// Many rows per INSERT statement: one native call per batch instead of per row.
const ROWS_PER_STATEMENT = 64;

/** Bulk writer for SQLite: prepared multi-row INSERTs; the caller wraps the whole load in one transaction. */
export class SqliteLoader {
  private readonly batch = new Map<TableName, BetterSqlite3.Statement>();
  private readonly single = new Map<TableName, BetterSqlite3.Statement>();

  constructor(private readonly db: BetterSqlite3.Database) {
    for (const t of TABLES) {
      const cols = t.columns.map((c) => c.name).join(', ');
      const one = `(${t.columns.map(() => '?').join(', ')})`;
      this.single.set(t.name, db.prepare(`INSERT INTO ${t.name} (${cols}) VALUES ${one}`));
      this.batch.set(t.name, db.prepare(`INSERT INTO ${t.name} (${cols}) VALUES ${Array(ROWS_PER_STATEMENT).fill(one).join(', ')}`));
    }
  }

  write(rows: TableRows): void {
    for (const [name, list] of Object.entries(rows) as [TableName, unknown[][]][]) {
      const width = tableSpec(name).columns.length;
      const batch = this.batch.get(name)!;
      const single = this.single.get(name)!;
      let i = 0;
      const flat: unknown[] = new Array(width * ROWS_PER_STATEMENT);
      for (; i + ROWS_PER_STATEMENT <= list.length; i += ROWS_PER_STATEMENT) {
        let k = 0;
        for (let r = i; r < i + ROWS_PER_STATEMENT; r++) {
          const row = list[r];
          for (let c = 0; c < width; c++) flat[k++] = row[c];
        }
        batch.run(flat);
      }
      for (; i < list.length; i++) single.run(list[i]);
    }
  }
}
