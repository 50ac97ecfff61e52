// Paging through any result with any page size returns every contact exactly once, in the order of
// the whole list. (SQLite 3.51's OFFSET over a correlated EXISTS broke this; see store/byContactInfo.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE } from '../support/databases.js';
import { ids, startApi, type TestApi } from '../support/api.js';

const LISTS = [
  ['bycontactinfo, e-mails', '/api/2.0/crm/contact/bycontactinfo?infoType=Email'],
  ['bycontactinfo, phones containing 5', '/api/2.0/crm/contact/bycontactinfo?infoType=Phone&data=5'],
  ['filter, with opportunity', '/api/2.0/crm/contact/filter?contactListView=WithOpportunity&sortBy=Id'],
  ['filter, nobody manages', '/api/2.0/crm/contact/filter?responsibleid=00000000-0000-0000-0000-000000000000&sortBy=Id'],
  ['filter, default order', '/api/2.0/crm/contact/filter?contactListView=Person'],
] as const;

describe.each([SQLITE])('paging ($name)', (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(backend, { fixtures: undefined, contacts: 400, seed: 11, adminToken: 'admin', snapshotDir: null });
  });
  afterAll(() => api.close());

  it.each(LISTS)('%s: every page size returns every contact once', async (_name, url) => {
    for (const token of ['admin', api.emulator.users.find((u) => !u.isAdmin)!.token]) {
      const whole = ids(await api.ok(url, token));
      expect(whole.length, url).toBeGreaterThan(10);
      for (const size of [3, 31]) {
        const paged: number[] = [];
        for (let start = 0; start < whole.length; start += size) paged.push(...ids(await api.ok(`${url}&count=${size}&startIndex=${start}`, token)));
        expect(paged, `${url} in pages of ${size}`).toEqual(whole);
      }
    }
  });
});
