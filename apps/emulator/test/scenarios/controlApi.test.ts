// The control API over HTTP: a scenario loaded, used and deleted; bad documents, names, credentials and
// sizes refused with the error envelope naming the problem, and nothing of them loaded. Every answer is
// validated against the control API's own document.
import { createValidator } from '@crm-contacts/contract/validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../support/databases.js';
import { startApi, type TestApi } from '../support/api.js';
import { scenarioDocument } from './scenarioFixtures.js';

const controlDocument = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/control-api/openapi.json'), 'utf8'));
const validator = createValidator(controlDocument);
const ADMIN = 'token-admin'; // the start-up data's administrator (test/fixtures/small.json)

describe.each(backends())('control API on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(backend, { scenarioMaxMb: 1 }); });
  afterAll(() => api?.close());

  async function control(method: string, path: string, init: { token?: string; body?: unknown; contentType?: string } = {}) {
    const headers: Record<string, string> = {};
    if (init.token !== undefined) headers.authorization = init.token;
    if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
    const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    const response = await fetch(`${api.emulator.url}/__emulator${path}`, { method, headers, body });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    // a 204 has no body to check (the validator knows only answers with content)
    const checked = response.status === 204 && text === '' ? { errors: [] } : validator.validateResponse({ path: `/__emulator${path.replace(/\/scenarios\/[^/]+$/, '/scenarios/{name}')}`, method, status: response.status, contentType, body: text });
    expect(checked.errors, `${method} ${path} answered outside the control API's document: ${JSON.stringify(checked.errors)}`).toEqual([]);
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }
  const filter = (scenario: string | undefined, token: string, query = 'count=100') =>
    fetch(`${api.emulator.url}/api/2.0/crm/contact/filter?${query}`, { headers: { authorization: token, ...(scenario ? { 'x-emulator-scenario': scenario } : {}) } });

  it('loads a scenario, answers from it for the requests that name it, and deletes it', async () => {
    const loaded = await control('PUT', '/scenarios/shop-1', { token: ADMIN, body: scenarioDocument('shop', 5) });
    expect(loaded.status).toBe(201);
    expect(loaded.body).toMatchObject({ name: 'shop-1', mode: 'replace', version: 1, contacts: 5, users: 2 });

    const asBoss = await (await filter('shop-1', 'shop-boss-token')).json();
    expect(asBoss.response.map((c: { lastName: string }) => c.lastName)).toEqual(Array(5).fill('shop'));
    // a manager sees the shared contacts and the private ones on its access list: all 5 here
    expect((await (await filter('shop-1', 'shop-mia-token', 'count=100&isShared=false')).json()).total).toBe(2);
    // the start-up data is untouched, and its users are not the scenario's
    expect((await (await filter(undefined, ADMIN)).json()).response.some((c: { lastName: string }) => c.lastName === 'shop')).toBe(false);
    expect((await filter('shop-1', ADMIN)).status).toBe(401);

    expect((await control('GET', '/scenarios', { token: ADMIN })).body.scenarios.map((s: { name: string }) => s.name)).toEqual(['shop-1']);
    expect((await control('GET', '/scenarios/shop-1', { token: ADMIN })).body.document).toEqual(scenarioDocument('shop', 5));
    const reloaded = await control('PUT', '/scenarios/shop-1', { token: ADMIN, body: scenarioDocument('shop', 2) });
    expect([reloaded.status, reloaded.body.version, reloaded.body.contacts]).toEqual([200, 2, 2]);

    expect((await control('DELETE', '/scenarios/shop-1', { token: ADMIN })).status).toBe(204);
    const gone = await filter('shop-1', 'shop-boss-token');
    expect(gone.status).toBe(404);
    expect((await gone.json()).error.message).toContain('"shop-1"');
    expect((await control('GET', '/scenarios/shop-1', { token: ADMIN })).status).toBe(404);
    expect((await control('DELETE', '/scenarios/shop-1', { token: ADMIN })).status).toBe(404);
  });

  it('refuses a bad document whole, naming every problem, and loads nothing of it', async () => {
    const bad = scenarioDocument('bad', 3) as { persons: Record<string, unknown>[] };
    bad.persons[0].id = 0; // schema
    bad.persons[1].companyId = 99; // reference
    bad.persons[2].createdBy = 'nobody'; // reference
    const refused = await control('PUT', '/scenarios/bad', { token: ADMIN, body: bad });
    expect(refused.status).toBe(400);
    // the schema is checked first: its problems alone
    expect(refused.body.error.data.problems).toEqual([{ path: '/persons/0/id', message: 'must be >= 1' }]);
    bad.persons[0].id = 1;
    const references = await control('PUT', '/scenarios/bad', { token: ADMIN, body: bad });
    expect(references.body.error.data.problems).toEqual([
      { path: '/persons/1/companyId', message: 'no company with id 99' },
      { path: '/persons/2/createdBy', message: 'unknown user "nobody"' },
    ]);
    expect((await control('GET', '/scenarios', { token: ADMIN })).body.scenarios).toEqual([]);
    expect((await filter('bad', 'bad-boss-token')).status).toBe(404);

    // a refused new version leaves the old one serving
    await control('PUT', '/scenarios/kept', { token: ADMIN, body: scenarioDocument('kept', 2) });
    expect((await control('PUT', '/scenarios/kept', { token: ADMIN, body: { ...scenarioDocument('kept', 1), mode: 'overwrite' } })).status).toBe(400);
    expect((await (await filter('kept', 'kept-boss-token')).json()).total).toBe(2);
    expect((await control('POST', '/reset', { token: ADMIN })).body).toEqual({ deleted: 1, faultRules: 0 });
    expect((await filter('kept', 'kept-boss-token')).status).toBe(404);
  });

  it.each([
    { kind: 'malformed JSON', body: '{"mode":', contentType: 'application/json', status: 400, named: 'JSON' },
    { kind: 'not JSON', body: 'mode=replace', contentType: 'text/plain', status: 415, named: 'application/json' },
    { kind: 'over the size limit', body: JSON.stringify(scenarioDocument('big', 20000)), contentType: 'application/json', status: 413, named: 'CRM_SCENARIO_MAX_MB' },
  ])('refuses a body that is $kind with a $status naming the problem', async ({ body, contentType, status, named }) => {
    const answer = await control('PUT', '/scenarios/odd', { token: ADMIN, body, contentType });
    expect(answer.status).toBe(status);
    expect(answer.body.error.message).toContain(named);
    expect((await control('GET', '/scenarios', { token: ADMIN })).body.scenarios).toEqual([]);
  });

  it('refuses names with path characters, and callers who are not administrators', async () => {
    const badName = await control('PUT', '/scenarios/a%2Fb', { token: ADMIN, body: scenarioDocument('x', 1) });
    expect([badName.status, badName.body.error.message]).toEqual([400, expect.stringContaining('"a/b"')]);
    expect((await control('GET', '/scenarios')).status).toBe(401);
    expect((await control('GET', '/scenarios', { token: 'wrong' })).status).toBe(401);
    const manager = await control('PUT', '/scenarios/x', { token: 'token-alice', body: scenarioDocument('x', 1) });
    expect([manager.status, manager.body.error.message]).toEqual([403, expect.stringContaining('alice')]);
    expect((await control('POST', '/reset', { token: 'token-alice' })).status).toBe(403);
    expect((await control('GET', '/scenarios', { token: ADMIN })).body.scenarios).toEqual([]);
  });
});
