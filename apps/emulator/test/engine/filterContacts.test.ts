import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { BadQueryError } from '../../src/engine/badQuery.js';
import type { FilterQuery, Viewer } from '../../src/engine/query.js';
import { loadData, type LoadedData } from '../../src/load/loadData.js';
import { createAuthenticator } from '../../src/http/authentication.js';
import { parseApiDate } from '@crm-contacts/contract';
import { SQLITE } from '../support/databases.js';
import { byContactInfoRecords, filterRecords } from '../support/records.js';

const SMALL = fileURLToPath(new URL('../fixtures/small.json', import.meta.url));
const admin: Viewer = { id: 'aaaaaaaa-0000-4000-a000-000000000001', isAdmin: true };
const alice: Viewer = { id: 'aaaaaaaa-0000-4000-a000-000000000002', isAdmin: false };
const bob: Viewer = { id: 'aaaaaaaa-0000-4000-a000-000000000003', isAdmin: false };
const carol: Viewer = { id: 'aaaaaaaa-0000-4000-a000-000000000004', isAdmin: false };
const day = (d: string): number => parseApiDate(d, 'UTC')!;

describe.each([SQLITE])('filterContacts on $name', (backend) => {
  let data: LoadedData;
  beforeAll(async () => {
    data = await loadData({ fixtures: SMALL, databaseUrl: await backend.databaseUrl() });
  });
  afterAll(async () => data?.close());

  const ids = async (q: Partial<FilterQuery>, viewer: Viewer = admin): Promise<number[]> =>
    (await filterRecords(data.engine, viewer, { startIndex: 0, count: 100, ...q })).items.map((r) => r.contact.id);
  const total = async (q: Partial<FilterQuery>, viewer: Viewer = admin): Promise<number> =>
    (await filterRecords(data.engine, viewer, { startIndex: 0, count: 100, ...q })).total;

  it('sorts newest first by default and ignores sortOrder without sortBy; ties break on id', async () => {
    expect(await ids({})).toEqual([8, 5, 4, 2, 7, 1, 3, 6]);
    expect(await ids({ sortOrder: 'ascending' })).toEqual([8, 5, 4, 2, 7, 1, 3, 6]);
    expect(await total({})).toBe(8);
  });

  it('pages with startIndex/count and reports the exact total', async () => {
    const page = await filterRecords(data.engine, admin, { startIndex: 2, count: 3 });
    expect(page.items.map((r) => r.contact.id)).toEqual([4, 2, 7]);
    expect(page.total).toBe(8);
    const past = await filterRecords(data.engine, admin, { startIndex: 50, count: 3 });
    expect(past.items).toEqual([]);
    expect(past.total).toBe(8);
  });

  it.each([
    ['DisplayName', [3, 1, 7, 8, 2, 5, 4, 6]],
    ['ContactType', [2, 5, 1, 7, 4, 8, 3, 6]],
    ['Created', [6, 3, 1, 7, 2, 4, 5, 8]],
    ['FirstName', [1, 2, 3, 7, 8, 5, 4, 6]],
    ['LastName', [1, 2, 3, 8, 5, 7, 6, 4]],
    ['History', [3, 1, 7, 2, 5, 8, 6, 4]],
    ['Id', [1, 2, 3, 4, 5, 6, 7, 8]],
  ] as const)('sortBy %s ascending and descending', async (sortBy, ascending) => {
    expect(await ids({ sortBy, sortOrder: 'ascending' })).toEqual(ascending);
    expect(await ids({ sortBy })).toEqual(ascending);
    expect(await ids({ sortBy, sortOrder: 'descending' })).toEqual([...ascending].reverse());
  });

  it('tags: AND, trimmed lower-cased equality', async () => {
    expect(await ids({ tags: ['VIP'] })).toEqual([4, 2, 1]);
    expect(await ids({ tags: ['  vip '] })).toEqual([4, 2, 1]);
    expect(await ids({ tags: ['vip', 'LEAD'] })).toEqual([4]);
    expect(await ids({ tags: ['partner program'] })).toEqual([1]);
    expect(await total({ tags: ['vip', 'LEAD'] })).toBe(1);
  });

  it('tags: an unknown tag or the same tag twice gives an empty list', async () => {
    expect(await filterRecords(data.engine, admin, { tags: ['vip', 'nope'], startIndex: 0, count: 10 })).toEqual({ items: [], total: 0 });
    expect(await filterRecords(data.engine, admin, { tags: ['vip', ' VIP'], startIndex: 0, count: 10 })).toEqual({ items: [], total: 0 });
  });

  it('tags: thousands of tags do not crash', async () => {
    expect(await ids({ tags: Array(5000).fill('vip') })).toEqual([]);
    expect(await ids({ tags: Array.from({ length: 999 }, (_, i) => `t${i}`) })).toEqual([]);
    const many = Array.from({ length: 5000 }, (_, i) => `t${i}`);
    await expect(filterRecords(data.engine, admin, { tags: many, startIndex: 0, count: 10 })).rejects.toThrow(BadQueryError);
    await expect(filterRecords(data.engine, admin, { tags: many, startIndex: 0, count: 10 })).rejects.toThrow(/tags/);
  });

  it('contactStage / contactType: 0 = none set, negative = no filter', async () => {
    expect(await ids({ contactStage: 0 })).toEqual([5, 2]);
    expect(await ids({ contactStage: 3 })).toEqual([3, 6]);
    expect(await ids({ contactStage: -1 })).toEqual([8, 5, 4, 2, 7, 1, 3, 6]);
    expect(await ids({ contactType: 0 })).toEqual([5, 3]);
    expect(await ids({ contactType: 1 })).toEqual([8, 4, 1]);
    expect(await ids({ contactType: -5 })).toHaveLength(8);
  });

  it('contactListView: all, company, person, with opportunity, undefined number', async () => {
    expect(await ids({ contactListView: 0 })).toEqual([8, 5, 4, 2, 7, 1, 3, 6]);
    expect(await ids({ contactListView: 1 })).toEqual([2, 1, 3]);
    expect(await ids({ contactListView: 2 })).toEqual([8, 5, 4, 7, 6]);
    expect(await ids({ contactListView: 3 })).toEqual([4, 1, 6]);
    expect(await filterRecords(data.engine, admin, { contactListView: 7, startIndex: 0, count: 10 })).toEqual({ items: [], total: 0 });
  });

  it('fromDate / toDate on creation, toDate widened by a day minus a minute', async () => {
    expect(await ids({ fromDate: day('2022-02-02') })).toEqual([8, 5, 4]);
    expect(await ids({ toDate: day('2020-01-10') })).toEqual([7, 1, 3, 6]); // 7 is at 23:59:00 exactly
    expect(await ids({ toDate: day('2023-12-31') })).not.toContain(8); // 8 is at 23:59:30
    expect(await ids({ toDate: day('2024-01-01') })).toContain(8);
    expect(await ids({ fromDate: day('2020-01-10'), toDate: day('2021-06-15') })).toEqual([2, 7, 1]);
  });

  it('responsibleid: a manager, and the empty guid for contacts with no manager', async () => {
    expect(await ids({ responsibleId: alice.id })).toEqual([2]);
    expect(await ids({ responsibleId: bob.id })).toEqual([5]);
    expect(await ids({ responsibleId: '00000000-0000-0000-0000-000000000000' })).toEqual([8, 4, 7, 1, 3, 6]);
  });

  it('isShared true / false', async () => {
    expect(await ids({ isShared: true })).toEqual([4, 7, 1, 3, 6]);
    expect(await ids({ isShared: false })).toEqual([8, 5, 2]);
  });

  it('filterValue: every word prefix-matches a word of the display name, case-insensitive', async () => {
    expect(await ids({ filterValue: 'jo sm' })).toEqual([4]);
    expect(await ids({ filterValue: 'SMITH john' })).toEqual([4]);
    expect(await ids({ filterValue: 'ohn' })).toEqual([]);
    expect(await ids({ filterValue: '  zoë  ' })).toEqual([6]);
  });

  it('filterValue: persons of matching companies come along in views All and Person only', async () => {
    expect(await ids({ filterValue: 'acme' })).toEqual([8, 5, 4, 7, 1]);
    expect(await ids({ filterValue: 'acme', contactListView: 2 })).toEqual([8, 5, 4, 7]);
    expect(await ids({ filterValue: 'acme', contactListView: 1 })).toEqual([1]);
    expect(await ids({ filterValue: 'acme co' })).toEqual([5, 4, 1]);
  });

  it('treats SQL-ish and LIKE-ish input as data', async () => {
    expect(await ids({ filterValue: '100%' })).toEqual([3]);
    expect(await ids({ filterValue: 'pure_' })).toEqual([3]);
    expect(await ids({ filterValue: 'p%' })).toEqual([]);
    expect(await ids({ filterValue: "'; DROP TABLE contacts; --" })).toEqual([]);
    expect(await ids({ tags: ["' OR 1=1 --"] })).toEqual([]);
    expect(await ids({ responsibleId: "x' OR '1'='1" })).toEqual([]);
    expect(await total({})).toBe(8);
  });

  it('visibility: private contacts only for admins and the access list', async () => {
    expect(await ids({}, alice)).toEqual([4, 2, 7, 1, 3, 6]);
    expect(await ids({}, bob)).toEqual([5, 4, 7, 1, 3, 6]);
    expect(await ids({}, carol)).toEqual([4, 7, 1, 3, 6]);
    expect(await total({}, carol)).toBe(5);
    expect(await total({ isShared: false }, bob)).toBe(1);
  });

  it('canEdit: ReadWrite, admin or access list; canDelete: canEdit and not invoiced', async () => {
    const rights = async (viewer: Viewer) => Object.fromEntries((await filterRecords(data.engine, viewer, { sortBy: 'Id', startIndex: 0, count: 100 })).items
      .map((r) => [r.contact.id, `${r.canEdit ? 'E' : '-'}${r.canDelete ? 'D' : '-'}`]));
    expect(await rights(admin)).toEqual({ 1: 'E-', 2: 'ED', 3: 'ED', 4: 'ED', 5: 'E-', 6: 'ED', 7: 'ED', 8: 'ED' });
    expect(await rights(bob)).toEqual({ 1: 'E-', 3: '--', 4: 'ED', 5: 'E-', 6: '--', 7: 'ED' });
    expect(await rights(carol)).toEqual({ 1: 'E-', 3: '--', 4: 'ED', 6: '--', 7: 'ED' });
    const john = (await filterRecords(data.engine, carol, { filterValue: 'john', startIndex: 0, count: 1 })).items[0];
    expect(john.company).toMatchObject({ displayName: 'Acme Corp', canEdit: true, canDelete: false });
  });

  it('the nested company on filter only for viewers who may see it (bycontactinfo shows it to all)', async () => {
    const zoe = async (viewer: Viewer) => (await filterRecords(data.engine, viewer, { filterValue: 'zoë', startIndex: 0, count: 1 })).items[0];
    expect((await zoe(carol)).company).toBeNull();
    expect((await zoe(bob)).company).toBeNull();
    expect((await zoe(alice)).company).toMatchObject({ displayName: 'Globex', canEdit: true });
    expect((await zoe(admin)).company).toMatchObject({ displayName: 'Globex' });
    const byInfo = (await byContactInfoRecords(data.engine, carol, { infoType: 1, data: 'globex', startIndex: 0, count: 1 })).items[0];
    expect(byInfo.company).toMatchObject({ displayName: 'Globex', canEdit: false, accessList: [{ userName: 'alice' }] });
  });

  it('loads the page records: tags, infos, custom fields, stage, company, access list, persons count', async () => {
    const [acme] = (await filterRecords(data.engine, admin, { filterValue: 'acme corp', contactListView: 1, startIndex: 0, count: 1 })).items;
    expect(acme.personsCount).toBe(2);
    expect(acme.tags).toEqual(['Partner Program', 'VIP']);
    expect(acme.customFields.map((f) => [f.definition.label, f.value])).toEqual([['Size', 'big']]);
    const [globex] = (await filterRecords(data.engine, admin, { filterValue: 'globex', contactListView: 1, startIndex: 0, count: 1 })).items;
    expect(globex.accessList.map((u) => u.userName)).toEqual(['alice']);
    expect(globex.stage).toBeNull();
  });

  it('users by case-insensitive userName + password', async () => {
    const users = createAuthenticator(data.engine.columns.users, {});
    expect(users.byCredentials('ADMIN', 'admin-pw')?.isAdmin).toBe(true);
    expect(users.byCredentials('admin', 'ADMIN-PW')).toBeUndefined();
    expect(users.byCredentials('nobody', 'admin-pw')).toBeUndefined();
  });
});
