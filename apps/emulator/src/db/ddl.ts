import { TABLES, type ColumnType, type TableSpec } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';

// PostgreSQL text uses the "C" collation so that anything sorted in SQL compares by code point, as
// SQLite's BINARY collation and the query engine do.
const TYPES: Record<Dialect, Record<ColumnType, string>> = {
  sqlite: { int: 'INTEGER', bigint: 'INTEGER', text: 'TEXT' },
  postgres: { int: 'integer', bigint: 'bigint', text: 'text COLLATE "C"' },
};

export function createTableSql(dialect: Dialect, table: TableSpec): string {
  const cols = table.columns.map((c) => `${c.name} ${TYPES[dialect][c.type]}${c.nullable ? '' : ' NOT NULL'}`);
  if (table.primaryKey) cols.push(`PRIMARY KEY (${table.primaryKey.join(', ')})`);
  return `CREATE TABLE ${table.name} (${cols.join(', ')})`;
}

export function dropTablesSql(): string[] {
  return TABLES.map((t) => `DROP TABLE IF EXISTS ${t.name}`);
}

export function schemaSql(dialect: Dialect): string[] {
  return TABLES.map((t) => createTableSql(dialect, t));
}
