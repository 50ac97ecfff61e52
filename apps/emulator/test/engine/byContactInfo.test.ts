import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { ByContactInfoQuery, Viewer } from '../../src/engine/query.js';
import { loadData, type LoadedData } from '../../src/load/loadData.js';
import { SQLITE } from '../support/databases.js';
import { byContactInfoRecords } from '../support/records.js';

const SMALL = fileURLToPath(new URL('../fixtures/small.json', import.meta.url));
const admin: Viewer = { id: 'aaaaaaaa-0000-4000-a000-000000000001', isAdmin: true };
const bob: Viewer = { id: 'aaaaaaaa-0000-4000-a000-000000000003', isAdmin: false };
const carol: Viewer = { id: 'aaaaaaaa-0000-4000-a000-000000000004', isAdmin: false };

describe.each([SQLITE])('byContactInfo on $name', (backend) => {
  let data: LoadedData;
  beforeAll(async () => {
    data = await loadData({ fixtures: SMALL, databaseUrl: await backend.databaseUrl() });
  });
  afterAll(async () => data?.close());

  const ids = async (q: Partial<ByContactInfoQuery> & { infoType: number }, viewer: Viewer = admin): Promise<number[]> =>
    (await byContactInfoRecords(data.engine, viewer, { startIndex: 0, count: 100, ...q })).items.map((r) => r.contact.id);

  it('each contact once, ascending id; blank or missing data = no data filter', async () => {
    expect(await ids({ infoType: 1 })).toEqual([1, 3, 4, 6]);
    expect(await ids({ infoType: 1, data: '   ' })).toEqual([1, 3, 4, 6]);
    expect(await ids({ infoType: 1, data: 'JOHN' })).toEqual([4]); // two matching emails, one contact
    expect((await byContactInfoRecords(data.engine, admin, { infoType: 1, startIndex: 0, count: 100 })).total).toBe(4);
  });

  it('case-insensitive substring on data', async () => {
    expect(await ids({ infoType: 1, data: 'acme.TEST' })).toEqual([1, 4]);
    expect(await ids({ infoType: 1, data: 'example.com' })).toEqual([4]);
    expect(await ids({ infoType: 0, data: 'example.com' })).toEqual([]);
  });

  it('category and isPrimary equality', async () => {
    expect(await ids({ infoType: 1, category: 1 })).toEqual([4, 6]);
    expect(await ids({ infoType: 1, isPrimary: false })).toEqual([4]);
    expect(await ids({ infoType: 1, isPrimary: true, category: 0 })).toEqual([1, 3, 4]);
  });

  it('addresses match over the stored address text, not its JSON keys', async () => {
    expect(await ids({ infoType: 7, data: 'springfield' })).toEqual([1]);
    expect(await ids({ infoType: 7, data: 'RIVOLI' })).toEqual([5]);
    expect(await ids({ infoType: 7, data: 'street' })).toEqual([]);
    expect(await ids({ infoType: 7, category: 2 })).toEqual([1]);
  });

  it('% and _ in data are wildcards, as in the real server\'s unescaped LIKE; quotes and backslashes are literal', async () => {
    expect(await ids({ infoType: 0, data: '%' })).toEqual([4, 7]); // every phone
    expect(await ids({ infoType: 0, data: '_' })).toEqual([4, 7]);
    expect(await ids({ infoType: 0, data: '5_5' })).toEqual([4]); // "+1 555 0100"
    expect(await ids({ infoType: 0, data: '5%5' })).toEqual([4]);
    expect(await ids({ infoType: 0, data: 'OFF%SALE' })).toEqual([7]); // "50% off_sale\\x'"
    expect(await ids({ infoType: 0, data: 'f_s' })).toEqual([7]);
    expect(await ids({ infoType: 0, data: 'x_y' })).toEqual([]);
    expect(await ids({ infoType: 1, data: 'j_hn@%.test' })).toEqual([4]);
    expect(await ids({ infoType: 0, data: "x'" })).toEqual([7]);
    expect(await ids({ infoType: 0, data: '\\x' })).toEqual([7]);
    expect(await ids({ infoType: 0, data: '\\y' })).toEqual([]);
  });

  it('paging and visibility', async () => {
    const page = await byContactInfoRecords(data.engine, admin, { infoType: 1, startIndex: 1, count: 2 });
    expect(page.items.map((r) => r.contact.id)).toEqual([3, 4]);
    expect(page.total).toBe(4);
    expect(await ids({ infoType: 7 }, bob)).toEqual([1, 5]);
    expect(await ids({ infoType: 7 }, carol)).toEqual([1]);
  });
});
