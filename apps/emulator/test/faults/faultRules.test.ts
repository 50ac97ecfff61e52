// Fault rules at run time through the control API: latency, a status with the API's envelope (401 as its
// plain text), a dropped connection; for the next N matching requests or until deleted; matched by
// scenario, operation, path and query parameter and never leaking into another scenario; listed, deleted,
// reset; malformed rules refused naming the field; the bound held. A client retrying through "503 twice,
// then 200" gets its contacts on the third call. Every control answer is checked against its document.
import { createValidator } from '@crm-contacts/contract/validator';
import { CrmApiError } from '@crm-contacts/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { controlDocument } from '../../src/http/controlContract.js';
import { addFaultRule, clearJournal, createScenario, deleteFaultRule, journal } from '../../src/testing/index.js';
import { startApi, type TestApi } from '../support/api.js';
import { SQLITE } from '../support/databases.js';
import { scenarioDocument } from '../scenarios/scenarioFixtures.js';

const ADMIN = 'token-admin';
const FILTER = '/api/2.0/crm/contact/filter';
const validator = createValidator(controlDocument());

describe.each([SQLITE])('fault rules on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(backend, { adminToken: ADMIN, faultRulesMax: 5 }); });
  afterAll(() => api?.close());
  afterEach(() => control('DELETE', '/faults'));

  async function control(method: string, path: string, body?: unknown) {
    const answer = await fetch(`${api.emulator.url}/__emulator${path}`, {
      method, headers: { authorization: ADMIN, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    if (text !== '') {
      const documented = path.replace(/\/faults\/[^/]+$/, '/faults/{id}');
      const { errors } = validator.validateResponse({ path: `/__emulator${documented}`, method, status: answer.status, contentType: answer.headers.get('content-type'), body: text });
      expect(errors).toEqual([]);
    }
    return { status: answer.status, body: text ? JSON.parse(text) : undefined };
  }
  const filter = (query = 'count=1', headers: Record<string, string> = {}) => fetch(`${api.emulator.url}${FILTER}?${query}`, { headers: { authorization: ADMIN, ...headers } });

  it('answers a status with the API error envelope, in the representation asked for, then stops after `times`', async () => {
    await addFaultRule(api.emulator.url, ADMIN, { operationId: 'filterContacts', fault: { status: 503 }, times: 2 });
    const first = await filter();
    expect(first.status).toBe(503);
    expect(await first.json()).toMatchObject({ status: 1, statusCode: 503, error: { message: expect.stringContaining('503') } });
    const xml = await fetch(`${api.emulator.url}${FILTER}.xml`, { headers: { authorization: ADMIN } }); // the suffix form is the same operation
    expect(xml.status).toBe(503);
    expect(await xml.text()).toMatch(/<statusCode>503<\/statusCode>/);
    expect((await filter()).status).toBe(200);
    expect((await control('GET', '/faults')).body.rules).toEqual([]);
  });

  it("answers 401 with the server's plain text, and a 404 with the contract's envelope", async () => {
    await addFaultRule(api.emulator.url, ADMIN, { path: FILTER, fault: { status: 401 }, times: 1 });
    const refused = await filter();
    expect([refused.status, refused.headers.get('content-type'), await refused.text()]).toEqual([401, 'text/plain; charset=utf-8', 'Unauthorized']);
    await addFaultRule(api.emulator.url, ADMIN, { path: FILTER, fault: { status: 404 }, times: 1 });
    const missing = await filter();
    expect(missing.status).toBe(404);
    expect((await api.call(`${FILTER}?count=1`, { token: ADMIN })).status).toBe(200);
  });

  it('adds latency (seen in the journal), alone or before a status', async () => {
    await clearJournal(api.emulator.url, ADMIN);
    const slow = await addFaultRule(api.emulator.url, ADMIN, { operationId: 'filterContacts', fault: { latencyMs: 150 } });
    expect((await filter()).status).toBe(200);
    await deleteFaultRule(api.emulator.url, ADMIN, slow.id);
    await addFaultRule(api.emulator.url, ADMIN, { operationId: 'filterContacts', fault: { latencyMs: 100, status: 500 }, times: 1 });
    expect((await filter()).status).toBe(500);
    const [delayed, failed] = await journal(api.emulator.url, ADMIN);
    expect(delayed.durationMs).toBeGreaterThanOrEqual(150);
    expect([failed.status, failed.durationMs >= 100]).toEqual([500, true]);
  });

  it('drops the connection, and the journal says so', async () => {
    await clearJournal(api.emulator.url, ADMIN);
    await addFaultRule(api.emulator.url, ADMIN, { operationId: 'filterContacts', fault: { drop: true }, times: 1 });
    await expect(filter()).rejects.toThrow(/fetch failed/);
    expect((await filter()).status).toBe(200);
    expect((await journal(api.emulator.url, ADMIN)).map((e) => e.status)).toEqual([0, 200]);
  });

  it('matches a query parameter (its name in any case, the value exactly) and applies until deleted', async () => {
    const rule = await addFaultRule(api.emulator.url, ADMIN, { operationId: 'filterContacts', query: { name: 'tags', value: 'VIP' }, fault: { status: 502 } });
    expect((await filter('TAGS=VIP')).status).toBe(502);
    expect((await filter('tags=VIP&count=3')).status).toBe(502);
    expect((await filter('tags=other')).status).toBe(200);
    expect((await filter()).status).toBe(200);
    expect((await control('GET', '/faults')).body).toMatchObject({ defaults: { latencyMs: 0, errorRate: 0 }, capacity: 5, rules: [{ id: rule.id, fault: { status: 502 } }] });
    expect((await control('DELETE', `/faults/${rule.id}`)).status).toBe(204);
    expect((await filter('tags=VIP')).status).toBe(200);
    expect((await control('DELETE', `/faults/${rule.id}`)).status).toBe(404);
  });

  it('never leaks into another scenario or the start-up data', async () => {
    const shop = await createScenario(api.emulator.url, ADMIN, scenarioDocument('shop', 2));
    const farm = await createScenario(api.emulator.url, ADMIN, scenarioDocument('farm', 2));
    try {
      await addFaultRule(api.emulator.url, ADMIN, { scenario: shop.name, fault: { status: 503 } });
      expect((await fetch(`${shop.baseUrl}${FILTER}`, { headers: { authorization: ADMIN } })).status).toBe(503);
      expect((await filter('count=1', { 'x-emulator-scenario': shop.name })).status).toBe(503);
      expect((await fetch(`${farm.baseUrl}${FILTER}`, { headers: { authorization: ADMIN } })).status).toBe(200);
      expect((await filter()).status).toBe(200);
      // a rule without a scenario is the start-up data's alone
      await addFaultRule(api.emulator.url, ADMIN, { fault: { status: 500 } });
      expect((await filter()).status).toBe(500);
      expect((await fetch(`${farm.baseUrl}${FILTER}`, { headers: { authorization: ADMIN } })).status).toBe(200);
    } finally {
      await shop.delete();
      await farm.delete();
    }
  });

  it('a client retrying through "503 twice, then 200" gets its contacts on the third call', async () => {
    const shop = await createScenario(api.emulator.url, ADMIN, scenarioDocument('shop', 3));
    try {
      await addFaultRule(api.emulator.url, ADMIN, { scenario: shop.name, operationId: 'filterContacts', fault: { status: 503 }, times: 2 });
      const statuses: number[] = [];
      // the retry loop a client would have: retry on 5xx, at most 3 attempts
      const withRetry = async <T>(call: () => Promise<T>): Promise<T> => {
        for (let attempt = 1; ; attempt++) {
          try {
            return await call();
          } catch (error) {
            if (!(error instanceof CrmApiError) || error.status < 500 || attempt === 3) throw error;
            statuses.push(error.status);
          }
        }
      };
      const page = await withRetry(() => shop.client.contacts.filter({ count: 10 }));
      expect(statuses).toEqual([503, 503]);
      expect(page.response).toHaveLength(3);
      expect((await shop.journal()).map((e) => e.status)).toEqual([503, 503, 200]);
    } finally {
      await shop.delete();
    }
  });

  it('is reset with the scenarios', async () => {
    await addFaultRule(api.emulator.url, ADMIN, { fault: { status: 500 } });
    expect((await control('POST', '/reset')).body).toEqual({ deleted: 0, faultRules: 1 });
    expect((await filter()).status).toBe(200);
  });

  it.each([
    [{}, "body must have required property 'fault'"],
    [{ fault: {} }, 'body/fault must NOT have fewer than 1 properties'],
    [{ fault: { status: 200 } }, 'body/fault/status must be >= 400'],
    [{ fault: { status: '503' } }, 'body/fault/status must be integer'],
    [{ fault: { latencyMs: -1 } }, 'body/fault/latencyMs must be >= 0'],
    [{ fault: { status: 503, drop: true } }, 'body/fault: status and drop exclude each other'],
    [{ fault: { status: 503 }, colour: 'red' }, 'body must NOT have unevaluated properties (colour)'],
    [{ fault: { status: 503 }, times: 0 }, 'body/times must be >= 1'],
    [{ fault: { status: 503 }, scenario: 'a/b' }, 'body/scenario must match pattern'],
    [{ fault: { status: 503 }, query: { value: 'x' } }, "body/query must have required property 'name'"],
    [{ fault: { status: 503 }, operationId: 'filterContact' }, 'body/operationId: the contract has no operation filterContact'],
    [{ fault: { status: 503 }, path: '/api/2.0/crm/contacts' }, 'body/path: the contract has no path /api/2.0/crm/contacts'],
  ])('refuses the rule %j with a 400 naming the field', async (rule, message) => {
    const { status, body } = await control('POST', '/faults', rule);
    expect(status).toBe(400);
    expect(body.error.message).toContain(message);
    expect((await control('GET', '/faults')).body.rules).toEqual([]);
  });

  it('refuses a body that is not JSON, and a rule beyond the bound', async () => {
    const text = await fetch(`${api.emulator.url}/__emulator/faults`, { method: 'POST', headers: { authorization: ADMIN, 'content-type': 'text/plain' }, body: 'status 503' });
    expect(text.status).toBe(415);
    for (let i = 0; i < 5; i++) await addFaultRule(api.emulator.url, ADMIN, { path: FILTER, query: { name: 'nowhere', value: String(i) }, fault: { status: 500 } });
    const over = await control('POST', '/faults', { fault: { status: 500 } });
    expect(over.status).toBe(400);
    expect(over.body.error.message).toContain('CRM_FAULT_RULES_MAX');
    expect((await control('GET', '/faults')).body.rules).toHaveLength(5);
    expect((await control('DELETE', '/faults')).body).toEqual({ deleted: 5 });
  });

  it('refuses a scenario without the administrator, as the rest of the control API', async () => {
    const answer = await fetch(`${api.emulator.url}/__emulator/faults`, { method: 'POST', headers: { authorization: 'token-alice', 'content-type': 'application/json' }, body: JSON.stringify({ fault: { status: 500 } }) });
    expect(answer.status).toBe(403);
  });
});

describe('the start-up faults as the default rule', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(SQLITE, { adminToken: ADMIN, errorRate: 1 }); });
  afterAll(() => api?.close());

  it('are listed beside the rules and answer every CRM request', async () => {
    const listed = await fetch(`${api.emulator.url}/__emulator/faults`, { headers: { authorization: ADMIN } });
    expect((await listed.json()).defaults).toEqual({ latencyMs: 0, errorRate: 1 });
    expect((await fetch(`${api.emulator.url}${FILTER}`, { headers: { authorization: ADMIN } })).status).toBe(500);
  });
});
