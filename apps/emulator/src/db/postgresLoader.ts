import type pg from 'pg';
import { tableSpec, type ColumnType, type TableName } from './tables.js';
import type { TableRows } from './rows.js';

const ARRAY_TYPES: Record<ColumnType, string> = { int: 'int4[]', bigint: 'int8[]', text: 'text[]' };

/**
 * Bulk writer for PostgreSQL: one INSERT ... SELECT FROM unnest($1::int4[], ...) per table and batch,
 * so a batch costs one round trip and a fixed number of parameters whatever its size.
 */
export class PostgresLoader {
  constructor(private readonly client: pg.PoolClient) {}

  async write(rows: TableRows): Promise<void> {
    for (const [name, list] of Object.entries(rows) as [TableName, unknown[][]][]) {
      if (list.length === 0) continue;
      const spec = tableSpec(name);
      const columns = spec.columns.map((_, c) => list.map((row) => row[c]));
      const casts = spec.columns.map((c, i) => `$${i + 1}::${ARRAY_TYPES[c.type]}`).join(', ');
      const names = spec.columns.map((c) => c.name).join(', ');
      await this.client.query(`INSERT INTO ${name} (${names}) SELECT * FROM unnest(${casts})`, columns);
    }
  }
}
