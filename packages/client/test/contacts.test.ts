import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactInfoType, ContactListView, createCrmClient } from '../src/index.js';
import { startTwoContacts, type TestServer } from './support/emulators.js';
import { startScriptedServer } from './support/scriptedServer.js';

let server: TestServer;
beforeAll(async () => { server = await startTwoContacts(); });
afterAll(() => server?.close());

describe('contacts.filter', () => {
  it('returns the typed page, persons and companies told apart by isCompany', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    const page = await crm.contacts.filter();
    expect(page.total).toBe(2);
    const names = page.response.map((contact) => (contact.isCompany ? `company ${contact.companyName}` : `person ${contact.firstName} ${contact.lastName}`));
    expect(names).toEqual(['person Anna Kovacs', 'company Northwind Traders']);
  });

  it('sends the view by its named constant and gets only companies', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    const page = await crm.contacts.filter({ contactListView: ContactListView.Company });
    expect(page.response.map((c) => c.isCompany)).toEqual([true]);
  });

  it('writes repeated tags, Date parameters and booleans as the server reads them', async () => {
    const scripted = await startScriptedServer({ status: 200, contentType: 'application/json; charset=utf-8', body: '{"total":0,"status":0,"statusCode":200,"response":[]}' });
    try {
      const crm = createCrmClient({ baseUrl: scripted.url, token: 't' });
      await crm.contacts.filter({ tags: ['vip', 'north'], fromDate: new Date(Date.UTC(2021, 9, 21, 12, 3, 55)), toDate: '2021-10-22', isShared: true });
      const query = new URL(scripted.requests[0].url, scripted.url).searchParams;
      expect(query.getAll('tags')).toEqual(['vip', 'north']);
      expect(query.get('fromDate')).toBe('2021-10-21T12:03:55.000Z');
      expect(query.get('toDate')).toBe('2021-10-22');
      expect(query.get('isShared')).toBe('true');
    } finally {
      await scripted.close();
    }
  });
});

describe('contacts.byContactInfo', () => {
  it('finds contacts by the named info type and a substring of the data', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    const page = await crm.contacts.byContactInfo({ infoType: ContactInfoType.Email, data: 'NORTHWIND' });
    expect(page.response.length).toBeGreaterThan(0);
    for (const contact of page.response) {
      expect(contact.commonData.some((info) => info.infoType === ContactInfoType.Email && info.data.toLowerCase().includes('northwind'))).toBe(true);
    }
  });
});
