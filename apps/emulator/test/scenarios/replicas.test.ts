// Two emulator processes' worth of servers on one PostgreSQL database: a scenario loaded, reloaded or
// deleted through one replica is served the same way by the other (NOTIFY tells it to drop its copy).
import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../src/index.js';
import { createDatabase } from '@crm-contacts/throwaway-postgres';
import { SMALL_FIXTURES } from '../support/api.js';
import { scenarioDocument } from './scenarioFixtures.js';

const ADMIN = 'token-admin';
const pgAdminUrl = inject('pgAdminUrl');

const load = (replica: RunningEmulator, name: string, doc: unknown) => fetch(`${replica.url}/__emulator/scenarios/${name}`, {
  method: 'PUT', headers: { authorization: ADMIN, 'content-type': 'application/json' }, body: JSON.stringify(doc),
});
/** The scenario's persons' last names, in the default order, or the answer's status when it is not a 200. */
async function lastNamesOf(replica: RunningEmulator, name: string): Promise<string | number> {
  const answer = await fetch(`${replica.url}/api/2.0/crm/contact/filter?count=100`, { headers: { authorization: 'shared-boss-token', 'x-emulator-scenario': name } });
  return answer.status === 200 ? ((await answer.json()).response as { lastName: string }[]).map((c) => c.lastName).join(',') : answer.status;
}
/** A scenario of `persons` persons, all with the last name `label` (the tokens are the 'shared' scenario's). */
const labelled = (label: string, persons: number) => ({ ...scenarioDocument('shared', persons), persons: (scenarioDocument('shared', persons).persons as object[]).map((p) => ({ ...p, lastName: label })) });

describe.skipIf(!pgAdminUrl)('two replicas on one PostgreSQL', () => {
  let one: RunningEmulator;
  let two: RunningEmulator;
  beforeAll(async () => {
    const databaseUrl = await createDatabase(pgAdminUrl, `emu_${randomBytes(6).toString('hex')}`);
    one = await startEmulator({ fixtures: SMALL_FIXTURES, databaseUrl, port: 0, logLevel: 'silent' });
    two = await startEmulator({ fixtures: SMALL_FIXTURES, databaseUrl, port: 0, logLevel: 'silent' });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  const lastNames = lastNamesOf;
  const listed = async (replica: RunningEmulator) =>
    ((await (await fetch(`${replica.url}/__emulator/scenarios`, { headers: { authorization: ADMIN } })).json()).scenarios as { name: string; version: number }[]);

  it('serves, through the other replica, what one replica loaded, reloaded and deleted', async () => {
    const doc = labelled;
    expect((await load(one, 'shared', doc('first', 2))).status).toBe(201);
    expect(await lastNames(two, 'shared')).toBe('first,first');
    expect(await listed(two)).toEqual([expect.objectContaining({ name: 'shared', version: 1 })]);

    expect((await load(one, 'shared', doc('second', 3))).status).toBe(200);
    // replica two built version 1 on its first request: it drops it when the NOTIFY arrives
    await vi.waitFor(async () => expect(await lastNames(two, 'shared')).toBe('second,second,second'), { timeout: 5000, interval: 50 });

    expect((await fetch(`${two.url}/__emulator/scenarios/shared`, { method: 'DELETE', headers: { authorization: ADMIN } })).status).toBe(204);
    await vi.waitFor(async () => expect(await lastNames(one, 'shared')).toBe(404), { timeout: 5000, interval: 50 });
    expect(await listed(one)).toEqual([]);
  });
});

describe.skipIf(!pgAdminUrl)('replicas heal when their listening connection drops', () => {
  let one: RunningEmulator;
  let two: RunningEmulator;
  let database: string;
  beforeAll(async () => {
    database = `emu_${randomBytes(6).toString('hex')}`;
    const databaseUrl = await createDatabase(pgAdminUrl, database);
    one = await startEmulator({ fixtures: SMALL_FIXTURES, databaseUrl, port: 0, logLevel: 'silent' });
    two = await startEmulator({ fixtures: SMALL_FIXTURES, databaseUrl, port: 0, logLevel: 'silent' });
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
  });

  const following = async (replica: RunningEmulator) => (await (await fetch(`${replica.url}/health`)).json()).scenarios?.following;

  it('reconnects, re-reads the versions, and serves what it missed within 2 s', async () => {
    expect(await following(two)).toBe(true);
    expect((await load(one, 'healed', labelled('before', 1))).status).toBe(201);
    expect(await lastNamesOf(two, 'healed')).toBe('before'); // replica two has built version 1

    const { default: pg } = await import('pg');
    const admin = new pg.Client({ connectionString: pgAdminUrl });
    await admin.connect();
    try {
      const { rows } = await admin.query(`SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity WHERE datname = $1 AND query LIKE 'LISTEN %'`, [database]);
      expect(rows).toHaveLength(2); // both replicas' listeners
    } finally {
      await admin.end();
    }
    // loaded while replica two may not be listening: its NOTIFY can be lost, the re-read is not
    expect((await load(one, 'healed', labelled('after', 2))).status).toBe(200);
    await vi.waitFor(async () => expect(await lastNamesOf(two, 'healed')).toBe('after,after'), { timeout: 2000, interval: 20 });
    await vi.waitFor(async () => expect([await following(one), await following(two)]).toEqual([true, true]), { timeout: 5000, interval: 20 });
  });
});
