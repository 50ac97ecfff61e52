// A merge scenario served as an overlay on the start-up data answers, byte for byte, as an emulator
// started with the same document as its fixtures (a full build): JSON and XML, both operations, paging
// and sorts, `fields`, for the base's and the document's users. On SQLite only: every answer comes from
// the engines in memory; PostgreSQL's read-back is test/db/postgresReadBack.test.ts's.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/data/generate.js';
import { startEmulator, type RunningEmulator } from '../../src/index.js';
import { SQLITE } from '../support/databases.js';
import { mergeDocument } from './scenarioFixtures.js';

const CONTACTS = 300;
const SEED = 99;
const ADMIN = 'overlay-http-admin';
const QUERIES = [
  'filter?count=40', 'filter?count=40&sortBy=DisplayName', 'filter?count=30&startIndex=280&sortBy=LastName&sortOrder=descending',
  'filter?sortBy=Created&count=25&contactListView=WithOpportunity', 'filter?count=50&tags=Overlay%20only', 'filter?count=50&tags=vip',
  'filter?count=20&contactStage=10', 'filter?count=40&isShared=false&sortBy=History', 'filter?count=30&filterValue=ovid',
  'filter?count=30&sortBy=about&sortOrder=descending', 'filter?count=30&fields=id,displayName,personsCount,company',
  'filter?count=25&filterBy=canDelete&filterOp=1&filterValue=False&sortBy=FirstName',
  'bycontactinfo?infoType=1&data=overlay&count=50', 'bycontactinfo?infoType=1&data=e&count=40&startIndex=100', 'bycontactinfo?infoType=7&data=riga',
];

describe.each([SQLITE])('a merge overlay over HTTP against a full build ($name)', (backend) => {
  const base = generateDataset({ seed: SEED, contacts: CONTACTS });
  const doc = mergeDocument(base, CONTACTS);
  let overlaid: RunningEmulator;
  let full: RunningEmulator;
  beforeAll(async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'merge-overlay-http-')), 'merge.json');
    writeFileSync(file, JSON.stringify(doc));
    const common = { seed: SEED, contacts: CONTACTS, adminToken: ADMIN, port: 0, logLevel: 'silent', snapshotDir: null } as const;
    overlaid = await startEmulator({ ...common, databaseUrl: await backend.databaseUrl() });
    full = await startEmulator({ ...common, fixtures: file, databaseUrl: await backend.databaseUrl() });
    const put = await fetch(`${overlaid.url}/__emulator/scenarios/merged`, { method: 'PUT', headers: { authorization: ADMIN, 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    expect(put.status).toBe(201);
  });
  afterAll(async () => {
    await overlaid?.close();
    await full?.close();
  });

  it('answers every query as the full build, for an administrator, a manager and a user of each side', async () => {
    const tokens = [ADMIN, 'ovmia-token', 'ovnobody-token', ...base.users.filter((u) => !u.isAdmin && u.crmAccess !== false).slice(0, 2).map((u) => u.token)];
    for (const token of tokens) {
      for (const query of QUERIES) {
        for (const suffix of ['', '.xml']) {
          const [operation, parameters] = query.split('?');
          const path = `/api/2.0/crm/contact/${operation}${suffix}?${parameters}`;
          const answer = async (emulator: RunningEmulator, headers: Record<string, string>) => (await fetch(`${emulator.url}${path}`, { headers: { authorization: token, ...headers } })).text();
          expect(await answer(overlaid, { 'x-emulator-scenario': 'merged' }), `${token} ${path}`).toBe(await answer(full, {}));
        }
      }
    }
  });
});
