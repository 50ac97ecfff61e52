// The column file gives back the columns it was written from, exactly, and refuses a damaged file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSource } from '../../src/data/generate.js';
import { ColumnFileError, encodeColumns, readColumnFile } from '../../src/db/columnFile.js';
import { datasetTables } from '../../src/db/datasetTables.js';
import { readContactColumns } from '../../src/db/readContactColumns.js';
import { textList, type ContactColumns } from '../../src/engine/contactColumns.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-column-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = () => readContactColumns(datasetTables(generateSource({ seed: 11, contacts: 400 })));
const fileOf = (columns: ContactColumns) => Buffer.concat(encodeColumns(columns));
let files = 0;
/** The columns read back from `bytes` written as a file, as a start reads them. */
const readBack = (bytes: Buffer): ContactColumns => {
  const path = join(dir, `file-${files++}.columns`);
  writeFileSync(path, bytes);
  return readColumnFile(path);
};
const texts = (columns: ContactColumns) => Array.from({ length: columns.info.data.length }, (_, k) => columns.info.data.at(k));

describe('the column file', () => {
  it('gives back the columns read from the rows: every typed array, text, list, user and map', async () => {
    const columns = await read();
    const back = readBack(fileOf(columns));
    expect(back).toEqual(columns);
    expect(texts(back)).toEqual(texts(columns));
    expect(back.managerUsers.length).toBeGreaterThan(0);
    // the manager users are the users themselves, as read from the tables
    for (const user of back.managerUsers) if (user) expect(back.users).toContain(user);
    // repeated values are one string again (interned), and nulls stay null
    const industries = new Set(back.industry.filter((v) => v !== null));
    expect(industries.size).toBeLessThan(back.size / 4);
    expect(back.firstName.some((v) => v === null)).toBe(true);
  });

  it('keeps texts beyond one byte a character exactly (names, addresses in any script, lone surrogates)', async () => {
    const columns = await read();
    const data = texts(columns);
    data[0] = 'алексей@пример.рф';
    data[1] = '\ud83d\ude00 \ud800';
    columns.info.data = textList(data);
    columns.lastName[0] = 'Łukasiewicz';
    columns.about[1] = '日本語';
    const back = readBack(fileOf(columns));
    expect(texts(back)).toEqual(data);
    expect(back.lastName[0]).toBe('Łukasiewicz');
    expect(back.about[1]).toBe('日本語');
  });

  it('refuses a damaged, cut or foreign file with a ColumnFileError saying which', async () => {
    const file = fileOf(await read());
    const flipped = Buffer.from(file);
    flipped[file.length - 100] ^= 0x01;
    expect(() => readBack(flipped)).toThrow(new ColumnFileError('damaged (its CRC-32 does not match)'));
    expect(() => readBack(file.subarray(0, file.length - 8))).toThrow(ColumnFileError);
    expect(() => readBack(file.subarray(0, 10))).toThrow(ColumnFileError);
    expect(() => readBack(Buffer.from('SQLite format 3\0 and more bytes after it'))).toThrow(/not a column file/);
  });

  it('is read region by region: the typed arrays in memory of their own, and a cut or damaged file refused', async () => {
    const columns = await read();
    const file = fileOf(columns);
    const path = join(dir, 'whole.columns');
    writeFileSync(path, file);
    const back = readColumnFile(path);
    expect(back).toEqual(columns);
    expect(texts(back)).toEqual(texts(columns));
    // the kept typed arrays share memory of their own, not the buffer the texts were read into
    expect(back.id.buffer).toBe(back.created.buffer);
    expect(back.id.buffer.byteLength).toBeLessThan(file.length);
    for (const [name, bytes] of [['cut', file.subarray(0, file.length - 1000)], ['header only', file.subarray(0, 16)], ['empty', Buffer.alloc(0)]] as const) {
      writeFileSync(join(dir, name), bytes);
      expect(() => readColumnFile(join(dir, name)), name).toThrow(ColumnFileError);
    }
    const manifest = Buffer.from(file);
    manifest.write('{"keptBytes":"x"', 16);
    writeFileSync(join(dir, 'manifest'), manifest);
    expect(() => readColumnFile(join(dir, 'manifest'))).toThrow(ColumnFileError);
  });
});
