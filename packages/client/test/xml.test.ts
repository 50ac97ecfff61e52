// The typed client against the emulator. What the client sends is tested against a scripted server
// (requests.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactInfoType, createCrmClient } from '../src/index.js';
import { startTwoContacts, type TestServer } from './support/emulators.js';

let server: TestServer;
beforeAll(async () => { server = await startTwoContacts(); });
afterAll(() => server?.close());

describe("format: 'xml'", () => {
  it('parses the XML answer to filter into the same objects as the JSON answer', async () => {
    const json = createCrmClient({ baseUrl: server.url, token: server.token });
    const xml = createCrmClient({ baseUrl: server.url, token: server.token, format: 'xml' });
    const fromJson = await json.contacts.filter();
    const fromXml = await xml.contacts.filter();
    expect(fromXml).toEqual(fromJson);
    expect(fromXml.response[0].commonData).toHaveLength(2); // arrays restored from repeated elements
    expect(typeof fromXml.total).toBe('number');
  });

  it('parses the XML answer to byContactInfo into the same objects as the JSON answer', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    const query = { infoType: ContactInfoType.Email, data: 'northwind' };
    expect(await crm.contacts.byContactInfo(query, { format: 'xml' })).toEqual(await crm.contacts.byContactInfo(query));
  });

  it('authenticates over XML', async () => {
    const crm = createCrmClient({ baseUrl: server.url, format: 'xml' });
    expect((await crm.authenticate(server.credentials)).token).toBe(server.token);
  });
});
