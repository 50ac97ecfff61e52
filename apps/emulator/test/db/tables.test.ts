// tables.ts is the one description of the tables: every column gets a value from the model record it
// names, null only where the column may hold null, and rows come out in column order.
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/data/generate.js';
import { tableRows } from '../../src/db/rows.js';
import { columnPositions, TABLES } from '../../src/db/tables.js';

const dataset = generateDataset({ seed: 7, contacts: 200 });
const rows = tableRows(dataset);

describe('the table list', () => {
  it.each(TABLES.map((t) => [t.name, t] as const))('gives every column of %s a value of its type', (name, table) => {
    const written = rows[name] ?? [];
    expect(written.length).toBe((dataset[table.records] as unknown[]).length);
    expect(written.length).toBeGreaterThan(0);
    const problems = written.flatMap((row) => table.columns.flatMap((column, i) => {
      const value = row[i];
      if (value === null) return column.nullable ? [] : [`${column.name}: null in a NOT NULL column`];
      const ok = column.type === 'text' ? typeof value === 'string' : Number.isInteger(value);
      return ok ? [] : [`${column.name}: ${JSON.stringify(value)} is not ${column.type}`];
    }));
    expect([...new Set(problems)]).toEqual([]);
  });

  it('writes rows in column order, as the readers look them up by name', () => {
    const C = columnPositions('contacts');
    const contact = dataset.contacts[0];
    const row = rows.contacts![0];
    expect([row[C.id], row[C.first_name], row[C.company_name], row[C.created_by]]).toEqual([contact.id, contact.firstName, contact.companyName, contact.createdBy]);
  });
});
