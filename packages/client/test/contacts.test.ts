// The typed client against the emulator. What the client sends is tested against a scripted server
// (requests.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactInfoType, ContactListView, createCrmClient } from '../src/index.js';
import { startTwoContacts, type TestServer } from './support/emulators.js';

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
