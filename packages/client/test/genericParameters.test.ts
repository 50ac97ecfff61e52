// The typed client's generic list parameters against the emulator: `fields`, `type`, filterBy/filterOp,
// member sorts and `updatedSince` go with every page of filterEach and byContactInfoEach, and a walk
// with `type` (applied after the database paged) still finds every contact of that kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrmClient, MAX_PAGE_SIZE } from '../src/index.js';
import { startGenerated, type TestServer } from './support/emulators.js';
import { recordingFetch } from './support/recordingFetch.js';

let server: TestServer;
beforeAll(async () => {
  server = await startGenerated(60);
});
afterAll(() => server?.close());

describe('the generic list parameters in the typed client', () => {
  it('filterEach sends fields, type and updatedSince with every page and yields only the members asked for', async () => {
    const { fetch, queries } = recordingFetch();
    const crm = createCrmClient({ baseUrl: server.url, token: server.token, fetch });
    const companies = (await crm.contacts.filter({ contactListView: 'Company', count: MAX_PAGE_SIZE })).response.map((c) => c.id);
    const seen: number[] = [];
    for await (const contact of crm.contacts.filterEach({ fields: ['id', 'displayName'], type: 'company', updatedSince: new Date(0) }, { pageSize: 7 })) {
      expect(Object.keys(contact)).toEqual(['displayName', 'id']);
      seen.push(contact.id);
    }
    // type runs after each database page: pages are short, the walk goes on to the end
    expect(seen).toEqual(companies);
    const pages = queries.slice(1);
    expect(pages.length).toBe(Math.ceil(60 / 7));
    for (const query of pages) {
      expect(query.getAll('fields')).toEqual(['id', 'displayName']);
      expect(query.get('type')).toBe('company');
      expect(query.get('updatedSince')).toMatch(/^1970-01-01T/);
    }
  });

  it('byContactInfoEach walks a filtered, member-sorted list, passing the parameters on every page', async () => {
    const { fetch, queries } = recordingFetch();
    const crm = createCrmClient({ baseUrl: server.url, token: server.token, fetch });
    const query = { infoType: 'Email', filterBy: 'isCompany', filterOp: 'equals', filterValue: 'false', sortBy: 'displayName', sortOrder: 'descending' } as const;
    const whole = (await crm.contacts.byContactInfo({ ...query, count: MAX_PAGE_SIZE })).response;
    expect(whole.length).toBeGreaterThan(5);
    const walked = [];
    for await (const contact of crm.contacts.byContactInfoEach({ ...query, fields: ['id', 'isCompany'] }, { pageSize: 4 })) walked.push(contact);
    expect(walked.map((c) => c.id)).toEqual(whole.map((c) => c.id));
    expect(walked.every((c) => c.isCompany === false)).toBe(true);
    for (const sent of queries.slice(1)) expect([sent.get('filterBy'), sent.get('sortBy'), sent.getAll('fields')]).toEqual(['isCompany', 'displayName', ['id', 'isCompany']]);
  });

  it('reads trimmed contacts from XML too', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token, format: 'xml' });
    const page = await crm.contacts.filter({ fields: ['id', 'company'], count: 10 });
    const json = await createCrmClient({ baseUrl: server.url, token: server.token }).contacts.filter({ fields: ['id', 'company'], count: 10 });
    expect(page.response).toEqual(json.response);
  });
});
