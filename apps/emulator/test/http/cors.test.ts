// CORS as a page on another origin needs it: preflights of CRM, control and scenario paths answered with
// the headers a client sends allowed, the answers carrying Access-Control-Allow-Origin; a list of origins
// admits only those; `off` sends no CORS header at all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../support/api.js';
import { SQLITE } from '../support/databases.js';

const PAGE = 'http://localhost:5173';
const preflight = (url: string, origin = PAGE, method = 'GET', headers = 'authorization,x-emulator-scenario') =>
  fetch(url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers } });

describe('CORS, on for any origin by default', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(SQLITE); });
  afterAll(() => api?.close());

  it.each([
    ['a CRM path', '/api/2.0/crm/contact/filter', 'GET'],
    ['an XML suffix path', '/api/2.0/crm/contact/bycontactinfo.xml', 'GET'],
    ['the sign-in', '/api/2.0/authentication', 'POST'],
    ['a scenario base URL', '/__scenarios/shop/api/2.0/crm/contact/filter', 'GET'],
    ['the control API', '/__emulator/scenarios/shop', 'PUT'],
    ['the journal', '/__emulator/journal', 'DELETE'],
    ['the fault rules', '/__emulator/faults', 'POST'],
  ])('answers the preflight of %s', async (_name, path, method) => {
    const answer = await preflight(`${api.emulator.url}${path}`, PAGE, method, 'authorization,x-emulator-scenario,content-type');
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('access-control-allow-methods')).toContain(method);
    const allowed = answer.headers.get('access-control-allow-headers')!.toLowerCase().split(',').map((h) => h.trim());
    expect(allowed).toEqual(expect.arrayContaining(['authorization', 'x-emulator-scenario', 'content-type', 'accept']));
  });

  it('lets the page read the answer, errors included, and the headers the contract describes', async () => {
    const ok = await fetch(`${api.emulator.url}/api/2.0/crm/contact/filter?count=1`, { headers: { origin: PAGE, authorization: 'token-admin' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('*');
    const refused = await fetch(`${api.emulator.url}/api/2.0/crm/contact/filter`, { headers: { origin: PAGE, authorization: 'wrong' } });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('www-authenticate');
  });
});

describe('CORS for a list of origins', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(SQLITE, { corsOrigins: [PAGE, 'http://127.0.0.1:3000'] }); });
  afterAll(() => api?.close());

  it('admits the listed origins and no other', async () => {
    expect((await preflight(`${api.emulator.url}/api/2.0/crm/contact/filter`)).headers.get('access-control-allow-origin')).toBe(PAGE);
    const other = await preflight(`${api.emulator.url}/api/2.0/crm/contact/filter`, 'http://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS off', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(SQLITE, { corsOrigins: 'off' }); });
  afterAll(() => api?.close());

  it('sends no CORS header and answers no preflight', async () => {
    const answer = await preflight(`${api.emulator.url}/api/2.0/crm/contact/filter`);
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    expect(answer.status).toBe(404);
    const get = await fetch(`${api.emulator.url}/api/2.0/crm/contact/filter?count=1`, { headers: { origin: PAGE, authorization: 'token-admin' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});
