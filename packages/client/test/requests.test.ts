// What the client puts on the wire (headers, query encoding, the .xml form), read back by a scripted
// server. The client's answers from a real server: the tests that start the emulator (support/emulators.ts).
import { describe, expect, it } from 'vitest';
import { createCrmClient } from '../src/index.js';
import { startScriptedServer } from './support/scriptedServer.js';

describe('credentials', () => {
  it('sends a token as the raw Authorization header and UTF-8 Basic credentials in base64', async () => {
    const scripted = await startScriptedServer({ status: 200, contentType: 'application/json', body: '{"status":0,"response":[]}' });
    try {
      await createCrmClient({ baseUrl: scripted.url, token: 'abc=' }).contacts.filter();
      await createCrmClient({ baseUrl: scripted.url, basic: { userName: 'jürgen', password: 'pä:ss' } }).contacts.filter();
      expect(scripted.requests[0].headers.authorization).toBe('abc=');
      expect(scripted.requests[1].headers.authorization).toBe(`Basic ${Buffer.from('jürgen:pä:ss', 'utf8').toString('base64')}`);
    } finally {
      await scripted.close();
    }
  });
});

describe('contacts.filter', () => {
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

describe("format: 'xml'", () => {
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
