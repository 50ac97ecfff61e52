// Scenarios side by side: whatever two scenarios hold (the same contact ids included), requests on one,
// sent in parallel with requests on the other and with a reload of the first, only ever see one whole
// version of their own scenario.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE } from '../support/databases.js';
import { startApi, type TestApi } from '../support/api.js';

const ADMIN = 'token-admin';
const sqlite = SQLITE;
const admin = { id: 'cccccccc-0000-4000-a000-000000000001', userName: 'root', password: 'pw', token: 'iso-root', displayName: 'Root', isAdmin: true };

type Person = { id: number; firstName: string; lastName: string };
const documentOf = (persons: Person[]) => ({
  mode: 'replace', users: [admin],
  persons: persons.map((p) => ({ ...p, createdBy: 'root', created: '2024-02-01T00:00:00Z' })),
});
// up to 40 persons with ids from 1 (so that scenarios share ids) and names from a small alphabet
const persons = (lastName: string) => fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 60 }), firstName: fc.stringMatching(/^[A-Za-z]{1,10}$/) }), { selector: (p) => p.id, minLength: 1, maxLength: 40 })
  .map((list) => list.map((p) => ({ ...p, lastName })));
const key = (list: Person[]) => list.map((p) => `${p.id}:${p.firstName} ${p.lastName}`).sort().join('|');

describe('scenario isolation', () => {
  let api: TestApi;
  beforeAll(async () => { api = await startApi(sqlite); });
  afterAll(() => api?.close());

  const put = (name: string, body: unknown) => fetch(`${api.emulator.url}/__emulator/scenarios/${name}`, {
    method: 'PUT', headers: { authorization: ADMIN, 'content-type': 'application/json' }, body: JSON.stringify(body),
  }).then((r) => expect(r.status).toBeLessThan(300));
  const seen = async (name: string) => {
    const answer = await fetch(`${api.emulator.url}/api/2.0/crm/contact/filter?count=1000`, { headers: { authorization: admin.token, 'x-emulator-scenario': name } });
    expect(answer.status).toBe(200);
    return key((await answer.json()).response);
  };

  it('two scenarios queried in parallel never see each other\'s contacts, and a reload swaps in whole', async () => {
    let run = 0;
    await fc.assert(fc.asyncProperty(persons('Alpha'), persons('Alpha'), persons('Beta'), fc.integer({ min: 2, max: 12 }), async (a1, a2, b, rounds) => {
      run++;
      const [nameA, nameB] = [`iso-a-${run}`, `iso-b-${run}`];
      await put(nameA, documentOf(a1));
      await put(nameB, documentOf(b));
      const requests: Promise<[string, string]>[] = [];
      for (let i = 0; i < rounds; i++) {
        requests.push(seen(nameA).then((k) => [nameA, k]), seen(nameB).then((k) => [nameB, k]));
        if (i === rounds >> 1) requests.push(put(nameA, documentOf(a2)).then(() => ['reload', '']));
      }
      for (const [name, answer] of await Promise.all(requests)) {
        if (name === nameA) expect([key(a1), key(a2)]).toContain(answer);
        if (name === nameB) expect(answer).toBe(key(b));
      }
      expect(await seen(nameA)).toBe(key(a2));
    }), { numRuns: 25 });
  });
});
