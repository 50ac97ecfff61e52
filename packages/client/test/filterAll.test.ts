import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrmClient } from '../src/index.js';
import { startExampleServer, type ExampleServer } from '../src/exampleServer/index.js';
import { manyContacts } from './support/manyContacts.js';

const contacts = manyContacts(23);
let server: ExampleServer;
beforeAll(async () => { server = await startExampleServer({ contacts }); });
afterAll(() => server.close());

describe('contacts.filterAll', () => {
  it.each([1, 5, 7, 23, 1000])('walks every page of size %i and loses no contact to nextIndex', async (pageSize) => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    const all = await crm.contacts.filterAll({}, { pageSize });
    expect(all.map((c) => c.id)).toEqual(contacts.map((c) => c.id));
  });

  it('proves the server reports nextIndex one too high', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    const first = await crm.contacts.filter({ startIndex: 0, count: 5 });
    expect(first.nextIndex).toBe(6);
  });

  it('pages through the XML representation too', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token, format: 'xml' });
    const all = await crm.contacts.filterAll({}, { pageSize: 10 });
    expect(all.map((c) => c.id)).toEqual(contacts.map((c) => c.id));
  });

  it('refuses a page size the server would cap', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    await expect(crm.contacts.filterAll({}, { pageSize: 1001 })).rejects.toThrow(RangeError);
  });
});
