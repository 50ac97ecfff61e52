// A scenario by base URL: `/__scenarios/<name>/api/...` answers from that scenario with no header at all,
// as a page's own requests need; two scenarios side by side each see only their own contacts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenario } from '../../src/testing/index.js';
import { startApi, type TestApi } from '../support/api.js';
import { SQLITE } from '../support/databases.js';
import { scenarioDocument } from './scenarioFixtures.js';

const ADMIN = 'token-admin';

describe.each([SQLITE])('a scenario by base URL on $name', (backend) => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(backend, { adminToken: ADMIN }); });
  afterAll(() => api?.close());

  it("answers each scenario's base URL from that scenario alone, JSON and XML", async () => {
    const shop = await createScenario(api.emulator.url, ADMIN, scenarioDocument('shop', 3));
    const farm = await createScenario(api.emulator.url, ADMIN, scenarioDocument('farm', 2));
    try {
      expect(shop.baseUrl).toBe(`${api.emulator.url}/__scenarios/${shop.name}`);
      const [shopAnswer, farmAnswer] = await Promise.all([shop, farm].map((s) =>
        fetch(`${s.baseUrl}/api/2.0/crm/contact/filter?count=100`, { headers: { authorization: ADMIN } }).then((r) => r.json())));
      expect(shopAnswer.response.map((c: { lastName: string }) => c.lastName)).toEqual(['shop', 'shop', 'shop']);
      expect(farmAnswer.response.map((c: { lastName: string }) => c.lastName)).toEqual(['farm', 'farm']);
      const xml = await fetch(`${farm.baseUrl}/api/2.0/crm/contact/filter.xml?count=100`, { headers: { authorization: 'farm-boss-token' } });
      expect(xml.headers.get('content-type')).toContain('xml');
      expect((await xml.text()).match(/<lastName>farm<\/lastName>/g)).toHaveLength(2);
      // the start-up data is untouched at the plain path
      const plain = await api.ok('/api/2.0/crm/contact/filter?count=100', ADMIN);
      expect(plain.response.some((c: { lastName: string }) => c.lastName === 'shop')).toBe(false);
    } finally {
      await shop.delete();
      await farm.delete();
    }
  });

  it('names an unknown scenario, or a name no scenario can have, in a 404 envelope', async () => {
    const unknown = await fetch(`${api.emulator.url}/__scenarios/no-such/api/2.0/crm/contact/filter`, { headers: { authorization: ADMIN } });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.message).toContain('"no-such"');
    const bad = await fetch(`${api.emulator.url}/__scenarios/a%2Fb/api/2.0/crm/contact/filter`, { headers: { authorization: ADMIN } });
    expect(bad.status).toBe(404);
    expect((await bad.json()).error.message).toContain('a/b');
  });
});
