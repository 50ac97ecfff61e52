// The scenarios' memory budget (CRM_SCENARIO_MEMORY_MB): built engines beyond it are dropped least
// recently used first, the listing shows what each holds, and a dropped scenario is built again from the
// store of record on its next request, answering as before.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backends } from '../support/databases.js';
import { startApi, type TestApi } from '../support/api.js';
import { scenarioDocument } from './scenarioFixtures.js';

const ADMIN = 'token-admin'; // the start-up data's administrator (test/fixtures/small.json)
// about 0.6 MB built each: one fits in the 1 MB budget, two do not
const PERSONS = 2500;

describe.each(backends())('scenario memory budget on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(backend, { scenarioMemoryMb: 1 }); });
  afterAll(() => api?.close());

  const control = (method: string, path: string, body?: unknown) => fetch(`${api.emulator.url}/__emulator${path}`, {
    method, headers: { authorization: ADMIN, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
  });
  const memory = async () => Object.fromEntries(((await (await control('GET', '/scenarios')).json()).scenarios as { name: string; memoryBytes: number }[])
    .map((s) => [s.name, s.memoryBytes]));
  /** The scenario's own persons, as its administrator sees them. */
  const persons = async (scenario: string) => {
    const answer = await fetch(`${api.emulator.url}/api/2.0/crm/contact/filter?count=2&sortBy=Id`, { headers: { authorization: `${scenario}-boss-token`, 'x-emulator-scenario': scenario } });
    expect(answer.status).toBe(200);
    const body = await answer.json();
    return { total: body.total, lastNames: body.response.map((c: { lastName: string }) => c.lastName) };
  };

  it('drops the least recently used scenario beyond the budget, and builds it again on its next request', async () => {
    // what a built engine holds is measured in slices after its build: soon, not at once
    const settled = (check: (held: Record<string, number>) => void) => vi.waitFor(async () => check(await memory()), { timeout: 10_000, interval: 20 });
    expect((await control('PUT', '/scenarios/first', scenarioDocument('first', PERSONS))).status).toBe(201);
    await settled((held) => {
      expect(held.first).toBeGreaterThan(400_000);
      expect(held.first).toBeLessThan(1024 * 1024);
    });

    expect((await control('PUT', '/scenarios/second', scenarioDocument('second', PERSONS))).status).toBe(201);
    await settled((held) => expect([held.first, held.second > 400_000]).toEqual([0, true]));

    // the dropped one answers from its stored document, and the other is dropped in turn
    expect(await persons('first')).toEqual({ total: PERSONS, lastNames: ['first', 'first'] });
    await settled((held) => expect([held.first > 400_000, held.second]).toEqual([true, 0]));
    expect((await (await control('GET', '/scenarios/first')).json()).document).toEqual(scenarioDocument('first', PERSONS));
    expect(await persons('second')).toEqual({ total: PERSONS, lastNames: ['second', 'second'] });
    expect((await control('POST', '/reset')).status).toBe(200);
  });

  it('keeps every scenario that fits', async () => {
    await control('PUT', '/scenarios/small-a', scenarioDocument('small-a', 10));
    await control('PUT', '/scenarios/small-b', scenarioDocument('small-b', 10));
    await vi.waitFor(async () => {
      const held = await memory();
      expect([held['small-a'] > 0, held['small-b'] > 0]).toEqual([true, true]);
    }, { timeout: 10_000, interval: 20 });
    expect((await control('POST', '/reset')).status).toBe(200);
  });
});
