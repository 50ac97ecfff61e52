import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactInfoType, createCrmClient } from '../src/index.js';
import { startTwoContacts, type TestServer } from './support/emulators.js';
import { startScriptedServer } from './support/scriptedServer.js';

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

  it('asks for the .xml form with Accept: text/xml, as the real server and the emulator need', async () => {
    const scripted = await startScriptedServer({ status: 200, contentType: 'text/xml; charset=utf-8', body: '<result><status>0</status><statusCode>200</statusCode></result>' });
    try {
      const page = await createCrmClient({ baseUrl: scripted.url, token: 't', format: 'xml' }).contacts.filter({ count: 1 });
      expect(page).toEqual({ status: 0, statusCode: 200, response: [] }); // an empty array writes no element
      expect(scripted.requests[0].url).toBe('/api/2.0/crm/contact/filter.xml?count=1');
      expect(scripted.requests[0].headers.accept).toBe('text/xml');
    } finally {
      await scripted.close();
    }
  });
});
