// PostgreSQL stopped and started under load, on a cluster of this file's own (the shared one serves other
// files): both replicas keep answering from memory, the control API answers a 503 envelope while the
// database is away, the health endpoint says the replicas are not following, and after the restart they
// follow again and converge on what is loaded next.
import { createValidator } from '@crm-contacts/contract/validator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from '@crm-contacts/throwaway-postgres';
import { SMALL_FIXTURES } from '../support/api.js';
import { scenarioDocument } from './scenarioFixtures.js';

const ADMIN = 'token-admin';
const controlDocument = JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/control-api/openapi.json'), 'utf8'));
const validator = createValidator(controlDocument);

describe.skipIf(!inject('pgAdminUrl'))('PostgreSQL stopped and started under load', () => {
  let cluster: ThrowawayPostgres;
  let one: RunningEmulator;
  let two: RunningEmulator;
  beforeAll(async () => {
    cluster = await startThrowawayPostgres();
    const databaseUrl = await cluster.createDatabase('outage');
    one = await startEmulator({ fixtures: SMALL_FIXTURES, databaseUrl, port: 0, logLevel: 'silent' });
    two = await startEmulator({ fixtures: SMALL_FIXTURES, databaseUrl, port: 0, logLevel: 'silent' });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    if (cluster) {
      try { cluster.resume(); } catch { /* running already */ }
      cluster.stop();
    }
  });

  const put = async (replica: RunningEmulator, name: string, persons: number) => {
    const response = await fetch(`${replica.url}/__emulator/scenarios/${name}`, {
      method: 'PUT', headers: { authorization: ADMIN, 'content-type': 'application/json' }, body: JSON.stringify(scenarioDocument(name, persons)),
    });
    const body = await response.text();
    const checked = validator.validateResponse({ path: '/__emulator/scenarios/{name}', method: 'PUT', status: response.status, contentType: response.headers.get('content-type') ?? '', body });
    expect(checked.errors).toEqual([]);
    return { status: response.status, body: JSON.parse(body) };
  };
  const total = async (replica: RunningEmulator, scenario?: string) => {
    const token = scenario ? `${scenario}-boss-token` : ADMIN;
    const answer = await fetch(`${replica.url}/api/2.0/crm/contact/filter?count=1`, { headers: { authorization: token, ...(scenario ? { 'x-emulator-scenario': scenario } : {}) } });
    return answer.status === 200 ? (await answer.json()).total : answer.status;
  };
  const following = async (replica: RunningEmulator) => (await (await fetch(`${replica.url}/health`)).json()).scenarios.following;

  it('answers from memory, refuses control writes with a 503 envelope while it is down, and converges after', async () => {
    expect((await put(one, 'kept', 3)).status).toBe(201);
    expect([await total(one, 'kept'), await total(two, 'kept')]).toEqual([3, 3]); // built on both

    // the load: start-up data and the built scenario on both replicas, until the end of the test
    const answers: (number | string)[] = [];
    let loading = true;
    const load = (async () => {
      while (loading) {
        for (const replica of [one, two]) {
          for (const scenario of [undefined, 'kept']) answers.push(await total(replica, scenario).catch((error: Error) => `failed: ${error.message}`));
        }
      }
    })();

    cluster.halt();
    await vi.waitFor(async () => expect([await following(one), await following(two)]).toEqual([false, false]), { timeout: 10_000, interval: 50 });
    const refused = await put(one, 'kept', 5);
    expect(refused.status).toBe(503);
    expect(refused.body.error.message).toMatch(/store of record \(PostgreSQL\) cannot be reached/);
    const deleted = await fetch(`${two.url}/__emulator/scenarios/kept`, { method: 'DELETE', headers: { authorization: ADMIN } });
    expect(deleted.status).toBe(503);
    expect([await total(one, 'kept'), await total(two, 'kept')]).toEqual([3, 3]);

    cluster.resume();
    await vi.waitFor(async () => expect([await following(one), await following(two)]).toEqual([true, true]), { timeout: 15_000, interval: 50 });
    // the refused load left the stored version as it was
    const stored = await (await fetch(`${two.url}/__emulator/scenarios/kept`, { headers: { authorization: ADMIN } })).json();
    expect([stored.version, stored.document.persons.length]).toEqual([1, 3]);
    expect((await put(one, 'kept', 5)).status).toBe(200);
    await vi.waitFor(async () => expect(await total(two, 'kept')).toBe(5), { timeout: 5_000, interval: 20 });
    loading = false;
    await load;

    expect(answers.length).toBeGreaterThan(20);
    // totals (small.json and the scenario hold fewer than 100 contacts), never a status or a failure
    expect(answers.filter((a) => typeof a !== 'number' || a >= 100)).toEqual([]);
  });
});
