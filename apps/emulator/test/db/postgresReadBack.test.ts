// PostgreSQL as the store of record reads back exactly what SQLite does: every table row for row, in
// the same order, with the same JavaScript values (integers as numbers, nulls, text by code point), and
// the engine's columns built from it are equal. The answer tests run on SQLite alone
// (test/support/databases.ts); this test is what keeps them true on PostgreSQL.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesSource, readFixturesFile } from '../../src/data/fixtures.js';
import { generateSource } from '../../src/data/generate.js';
import type { DatasetSource } from '../../src/data/model.js';
import { openDatabase, type EmulatorDatabase } from '../../src/db/open.js';
import { TABLES } from '../../src/db/tables.js';
import { readContactColumns } from '../../src/db/readContactColumns.js';
import { postgresBackend } from '../support/databases.js';

const postgres = postgresBackend();
const SMALL = join(import.meta.dirname, '../fixtures/small.json');

async function everyRow(database: EmulatorDatabase): Promise<Record<string, unknown[][]>> {
  const tables: Record<string, unknown[][]> = {};
  for (const { name, columns } of TABLES) {
    const rows: unknown[][] = [];
    // SQLite's rows carry the rowid it pages by after the table's columns
    for await (const batch of database.rows(name)) for (const row of batch) rows.push(row.slice(0, columns.length));
    expect(await database.count(name), name).toBe(rows.length);
    tables[name] = rows;
  }
  return tables;
}

describe.runIf(postgres)('PostgreSQL reads back what SQLite does', () => {
  it.each<[string, () => DatasetSource]>([
    // several chunks; names with accents, apostrophes and spaces; every info type, deals and access lists
    ['generated data', () => generateSource({ seed: 11, contacts: 1500, chunkSize: 400 })],
    // the fixtures' edge cases: wildcards in names, private contacts, nulls, addresses, custom fields
    ['a fixtures document', () => fixturesSource(SMALL, readFixturesFile(SMALL))],
  ])('%s: the same rows and the same engine columns', async (_what, source) => {
    const sqlite = await openDatabase();
    const pg = await openDatabase({ databaseUrl: await postgres!.databaseUrl() });
    try {
      const [intoSqlite, intoPg] = [await sqlite.load(source()), await pg.load(source())];
      expect([intoPg.contacts, intoPg.rows]).toEqual([intoSqlite.contacts, intoSqlite.rows]);
      const expected = await everyRow(sqlite);
      expect(expected.contacts.length).toBeGreaterThan(0);
      expect(await everyRow(pg)).toEqual(expected);
      expect(await readContactColumns(pg)).toEqual(await readContactColumns(sqlite));
    } finally {
      await Promise.all([sqlite.close(), pg.close()]);
    }
  });
});
