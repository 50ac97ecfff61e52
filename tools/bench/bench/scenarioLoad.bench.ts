// Loading a 1,000-contact scenario: the document is what `crm import` writes for 1,000 generated contacts
// (contact info, addresses, tags, custom fields, private contacts with access lists). Measured: a whole PUT
// through the control API (check, engine, SQLite in memory as the store of record, swap), and a filter
// request on the start-up data against the same on a scenario. Here, not in the emulator, because the
// document comes from the CLI (the emulator does not depend on it).
import { importPortal } from '@crm-contacts/cli';
import { createCrmClient } from '@crm-contacts/client';
import { startEmulator, type RunningEmulator } from '@crm-contacts/emulator';
import { afterAll, beforeAll, test } from 'vitest';

const TOKEN = 'bench-admin';
let emulator: RunningEmulator;
let document: Awaited<ReturnType<typeof importPortal>>['document'];
let body: string;
let loads = 0;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, contacts: 1000, adminToken: TOKEN, logLevel: 'silent' });
  ({ document } = await importPortal(createCrmClient({ baseUrl: emulator.url, token: TOKEN })));
  body = JSON.stringify(document);
  await put('query-me');
});
afterAll(() => emulator?.close());

function put(name: string): Promise<void> {
  return fetch(`${emulator.url}/__emulator/scenarios/${name}`, { method: 'PUT', headers: { authorization: TOKEN, 'content-type': 'application/json' }, body })
    .then(async (r) => { if (r.status >= 300) throw new Error(await r.text()); });
}
const filter = (scenario?: string) => fetch(`${emulator.url}/api/2.0/crm/contact/filter?count=25&sortBy=DisplayName`, {
  headers: { authorization: TOKEN, ...(scenario ? { 'x-emulator-scenario': scenario } : {}) },
}).then((r) => r.arrayBuffer());

test('load a 1,000-contact scenario', async ({ bench }) => {
  await bench('PUT /__emulator/scenarios/{name} (JSON body of the same document)', async () => {
    await put(`bench-${loads++ % 8}`);
  }).run({ time: 3000 });
});

test('a filter request (25 contacts by name)', async ({ bench }) => {
  await bench.compare(
    bench('on the start-up data', () => filter().then(() => undefined)),
    bench('on a 1,000-contact scenario (X-Emulator-Scenario)', () => filter('query-me').then(() => undefined)),
    { time: 2000 },
  );
});
