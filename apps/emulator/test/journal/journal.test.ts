// The request journal over HTTP: every CRM request answered, newest last, with its scenario, status and
// the headers that matter; filtered by scenario, path, method and status; cleared; bounded; never a
// whole token (header, Basic, query or cookie); a malformed query refused naming the parameter. Every
// control answer is validated against the control API's document.
import { createValidator } from '@crm-contacts/contract/validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlDocument } from '../../src/http/controlContract.js';
import { clearJournal, createScenario, journal } from '../../src/testing/index.js';
import { startApi, type TestApi } from '../support/api.js';
import { SQLITE } from '../support/databases.js';
import { scenarioDocument } from '../scenarios/scenarioFixtures.js';

const ADMIN = 'token-admin';
const validator = createValidator(controlDocument());

async function readJournal(url: string, query: string) {
  const answer = await fetch(`${url}/__emulator/journal${query}`, { headers: { authorization: ADMIN } });
  const text = await answer.text();
  const { errors } = validator.validateResponse({ path: '/__emulator/journal', method: 'GET', status: answer.status, contentType: answer.headers.get('content-type'), body: text });
  expect(errors).toEqual([]);
  return { status: answer.status, body: JSON.parse(text) };
}

describe.each([SQLITE])('the request journal on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(backend, { adminToken: ADMIN }); });
  afterAll(() => api?.close());

  it('records every CRM request answered, oldest first, by scenario, path and status', async () => {
    await clearJournal(api.emulator.url, ADMIN);
    const shop = await createScenario(api.emulator.url, ADMIN, scenarioDocument('shop', 2));
    try {
      await api.call('/api/2.0/crm/contact/filter?count=2&tags=VIP', { token: ADMIN, headers: { accept: 'application/json' } });
      await shop.client.contacts.filter({ count: 5 });
      await fetch(`${shop.baseUrl}/api/2.0/crm/contact/bycontactinfo.xml?infoType=Email`, { headers: { authorization: 'shop-mia-token' } });
      await api.call('/api/2.0/crm/contact/filter?contactStage=warm', { token: ADMIN });
      await api.call('/api/2.0/crm/contact/filter');

      const all = await journal(api.emulator.url, ADMIN);
      expect(all.map((e) => [e.scenario, e.method, e.path, e.status, e.operationId])).toEqual([
        [null, 'GET', '/api/2.0/crm/contact/filter', 200, 'filterContacts'],
        [shop.name, 'GET', '/api/2.0/crm/contact/filter', 200, 'filterContacts'],
        [shop.name, 'GET', '/api/2.0/crm/contact/bycontactinfo.xml', 200, 'getContactsByContactInfoXml'],
        [null, 'GET', '/api/2.0/crm/contact/filter', 400, 'filterContacts'],
        [null, 'GET', '/api/2.0/crm/contact/filter', 401, 'filterContacts'],
      ]);
      expect(all[0]).toMatchObject({ query: 'count=2&tags=VIP', headers: { accept: 'application/json' } });
      expect(all[0].durationMs).toBeGreaterThanOrEqual(0);
      expect(Date.parse(all[0].time)).not.toBeNaN();
      expect(all[1].headers['x-emulator-scenario']).toBe(shop.name);

      expect((await shop.journal()).map((e) => e.path)).toEqual(['/api/2.0/crm/contact/filter', '/api/2.0/crm/contact/bycontactinfo.xml']);
      expect((await journal(api.emulator.url, ADMIN, { status: 400 })).map((e) => e.query)).toEqual(['contactStage=warm']);
      expect(await journal(api.emulator.url, ADMIN, { path: '/api/2.0/crm/contact/bycontactinfo' })).toHaveLength(1);
      expect((await journal(api.emulator.url, ADMIN, { limit: 2 })).map((e) => e.status)).toEqual([400, 401]);
      expect(await journal(api.emulator.url, ADMIN, { method: 'POST' })).toEqual([]);

      await clearJournal(api.emulator.url, ADMIN);
      expect(await journal(api.emulator.url, ADMIN)).toEqual([]);
    } finally {
      await shop.delete();
    }
  });

  it('never holds a whole token: header, Bearer, Basic, query parameter and cookie are masked', async () => {
    await clearJournal(api.emulator.url, ADMIN);
    const secret = 'emu_6c417cc7efd5296d12c432c82505f91755e06a70';
    const path = '/api/2.0/crm/contact/filter?count=1';
    await fetch(`${api.emulator.url}${path}`, { headers: { authorization: secret } });
    await fetch(`${api.emulator.url}${path}`, { headers: { authorization: `Bearer ${secret}` } });
    await fetch(`${api.emulator.url}${path}`, { headers: { authorization: `Basic ${Buffer.from(`admin:${secret}`).toString('base64')}` } });
    await fetch(`${api.emulator.url}${path}&asc_auth_key=${secret}`);
    await fetch(`${api.emulator.url}${path}&ASC_AUTH_KEY=${secret}`);
    await fetch(`${api.emulator.url}${path}`, { headers: { cookie: `theme=dark; asc_auth_key=${secret}` } });
    const entries = await journal(api.emulator.url, ADMIN);
    expect(entries).toHaveLength(6);
    const text = JSON.stringify(entries);
    expect(text).not.toContain(secret.slice(4));
    expect(text).not.toContain(Buffer.from(`admin:${secret}`).toString('base64').slice(4));
    expect(entries[0].headers.authorization).toBe('emu_…(44 characters)');
    expect(entries[1].headers.authorization).toBe('Bearer emu_…(44 characters)');
    expect(entries[5].headers.cookie).toBe('theme=dark; asc_auth_key=emu_…(44 characters)');
    expect(entries[3].query).toContain('asc_auth_key=');
  });

  it.each([
    ['?status=abc', 'querystring/status must be integer'],
    ['?status=99', 'querystring/status must be >= 100'],
    ['?limit=0', 'querystring/limit must be >= 1'],
    ['?path=api', 'querystring/path must match pattern'],
    ['?scenario=a%2Fb', 'querystring/scenario must match pattern'],
    ['?method=FETCH', 'querystring/method must be equal to one of the allowed values'],
    ['?stauts=200', 'querystring/stauts is not a parameter of readJournal'],
    ['?status=200&status=201', 'querystring/status is given more than once'],
  ])('refuses %s with a 400 naming the parameter', async (query, message) => {
    const { status, body } = await readJournal(api.emulator.url, query);
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
  });
});

describe('a journal of a few entries', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(SQLITE, { adminToken: ADMIN, journalSize: 3 }); });
  afterAll(() => api?.close());

  it('keeps only the newest, never more than its capacity', async () => {
    for (let count = 1; count <= 5; count++) await api.call(`/api/2.0/crm/contact/filter?count=${count}`, { token: ADMIN });
    const { body } = await readJournal(api.emulator.url, '');
    expect(body.capacity).toBe(3);
    expect(body.entries.map((e: { query: string }) => e.query)).toEqual(['count=3', 'count=4', 'count=5']);
  });
});

describe('the journal switched off', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(SQLITE, { adminToken: ADMIN, journalSize: 0 }); });
  afterAll(() => api?.close());

  it('records nothing', async () => {
    await api.call('/api/2.0/crm/contact/filter?count=1', { token: ADMIN });
    expect((await readJournal(api.emulator.url, '')).body).toEqual({ capacity: 0, entries: [] });
  });
});
