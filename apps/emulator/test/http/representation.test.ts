// JSON and XML, the envelope's paging fields, unknown routes, health and fault injection.
import { readXml } from '@crm-contacts/contract/xml';
import { loadContract } from '@crm-contacts/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE } from '../support/databases.js';
import { ids, startApi, type TestApi } from '../support/api.js';

const FILTER = '/api/2.0/crm/contact/filter';
const BY_INFO = '/api/2.0/crm/contact/bycontactinfo';

describe.each([SQLITE])('representation and envelope ($name)', (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(() => api.close());

  it('answers JSON by default and with .json, XML with .xml or Accept: text/xml or application/xml', async () => {
    const plain = await api.call(`${FILTER}?count=3`, { token: 'token-admin' });
    expect(plain.contentType).toBe('application/json; charset=utf-8');
    const suffixJson = await api.call(`${FILTER}.json?count=3`, { token: 'token-admin', headers: { accept: 'text/xml' } });
    expect(suffixJson.contentType).toBe('application/json; charset=utf-8');
    for (const [url, accept] of [[`${FILTER}.xml?count=3`, 'application/json'], [`${FILTER}?count=3`, 'text/xml'], [`${FILTER}?count=3`, 'application/xml']]) {
      const xml = await api.call(url, { token: 'token-admin', headers: { accept } });
      expect(xml.contentType, url + accept).toBe('text/xml; charset=utf-8');
      expect(xml.text.startsWith('<?xml version="1.0" encoding="utf-8"?><result>')).toBe(true);
      expect(xml.body).toEqual(plain.body); // the same envelope, read back from XML
    }
  });

  it('writes XML in the real shape: repeated elements, no wrapper, empty elements for null', async () => {
    const xml = await api.call(`${FILTER}.xml?count=2&sortBy=Id`, { token: 'token-admin' });
    expect(xml.text.match(/<response>/g)).toHaveLength(2);
    expect(xml.text).not.toContain('<response><response>');
    expect(xml.text).toMatch(/<currency \/>|<currency><title>/);
    const document = loadContract();
    expect(readXml(xml.text, { $ref: '#/components/schemas/ContactList' }, document)).toEqual(
      (await api.call(`${FILTER}?count=2&sortBy=Id`, { token: 'token-admin' })).body,
    );
  });

  it('gives filter envelopes count, startIndex, nextIndex (one too high) and total as the real server does', async () => {
    const all = await api.ok(FILTER);
    const total = all.total as number;
    expect(total).toBeGreaterThan(3);
    expect(all.count).toBe(total);
    expect(all).not.toHaveProperty('startIndex');
    expect(all).not.toHaveProperty('nextIndex');
    expect(Object.keys(all)).toEqual(['count', 'total', 'status', 'statusCode', 'response']);

    const first = await api.ok(`${FILTER}?count=2`);
    expect(Object.keys(first)).toEqual(['count', 'nextIndex', 'total', 'status', 'statusCode', 'response']);
    expect(first.nextIndex).toBe(3);
    const second = await api.ok(`${FILTER}?count=2&startIndex=2`);
    expect(second.startIndex).toBe(2);
    expect(second.nextIndex).toBe(5);

    const last = await api.ok(`${FILTER}?count=2&startIndex=${total - 1}`);
    expect(last.count).toBe(1);
    expect(last).not.toHaveProperty('nextIndex');
    expect(last.total).toBe(total);

    const past = await api.ok(`${FILTER}?count=2&startIndex=${total + 5}`);
    expect(past.response).toEqual([]);
    expect(past).not.toHaveProperty('count');
    expect(past.total).toBe(total + 5); // a page past the end reports total = startIndex

    const none = await api.ok(`${FILTER}?tags=no-such-tag`);
    expect(none.total).toBe(0); // filter always sends total
    expect(Object.keys(none)).toEqual(['total', 'status', 'statusCode', 'response']);
  });

  it('gives bycontactinfo a total only when more match than the page holds', async () => {
    const all = await api.ok(`${BY_INFO}?infoType=Email`);
    expect(all).not.toHaveProperty('total');
    expect(all.count).toBeGreaterThan(1);
    const page = await api.ok(`${BY_INFO}?infoType=Email&count=1`);
    expect(page.total).toBe(all.count);
    expect(page.nextIndex).toBe(2);
  });

  it('answers unknown routes with a 404 envelope', async () => {
    const response = await fetch(`${api.emulator.url}/api/2.0/crm/contact/nothing`, { headers: { authorization: 'token-admin' } });
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ status: 1, statusCode: 404 });
  });

  // on PostgreSQL it also says whether this replica follows the others: test/scenarios/replicas.test.ts
  it('answers /health outside the API', async () => {
    const response = await fetch(`${api.emulator.url}/health`);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

describe('fault injection', () => {
  it('fails API calls when asked, and leaves health alone', async () => {
    const api = await startApi(SQLITE, { errorRate: 1, latencyMs: 20 });
    try {
      const answer = await api.call(`${FILTER}?count=1`, { token: 'token-admin' });
      expect(answer.status).toBe(500);
      expect(answer.body.error.message).toContain('CRM_ERROR_RATE');
      expect((await fetch(`${api.emulator.url}/health`)).status).toBe(200);
    } finally {
      await api.close();
    }
  });
});

describe('the portal time zone', () => {
  it('writes dates with its offset and reads dates without one in it', async () => {
    const api = await startApi(SQLITE, { timeZone: 'Europe/Riga' });
    try {
      const page = await api.ok(`${FILTER}?sortBy=Id`);
      for (const contact of page.response) expect(contact.created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}\+0[23]:00$/);
      // a contact created at 2022-02-02T09:30:00Z is 11:30 in Riga (UTC+2 in winter)
      const john = page.response.find((c: { firstName?: string }) => c.firstName === 'John');
      expect(john.created).toBe('2022-02-02T11:30:00.0000000+02:00');
      const after = async (from: string) => ids(await api.ok(`${FILTER}?sortBy=Id&fromDate=${encodeURIComponent(from)}`));
      expect(await after('2022-02-02T11:30:00')).toContain(john.id); // Riga wall-clock time: the same instant
      expect(await after('2022-02-02T11:31:00')).not.toContain(john.id);
      expect(await after('2022-02-02T11:30:00Z')).not.toContain(john.id); // an explicit zone wins
    } finally {
      await api.close();
    }
  });
});
