// `crm import` round trip: emulator A on generated data is copied, by `crm import` (in process), into a fixtures
// document; emulator B started on that document answers the administrator's queries as A does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '@crm-contacts/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm } from '../support/runCrm.js';

const TOKEN = 'round-trip-admin';

// contact-information ids are renumbered by the fixtures loader; everything else must match
const withoutInfoIds = (body: any) => JSON.parse(JSON.stringify(body), (key, value) => (key === 'commonData' ? value.map(({ id, ...rest }: { id: number }) => rest) : value));

describe('crm import', () => {
  let a: RunningEmulator;
  let b: RunningEmulator;
  let fixtures: any;
  beforeAll(async () => {
    a = await startEmulator({ port: 0, contacts: 400, seed: 11, adminToken: TOKEN, logLevel: 'silent', snapshotDir: null });
    const run = await runCrm(['import', '--base-url', a.url, '--token', TOKEN]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe(''); // no progress line when stderr is not a terminal
    fixtures = JSON.parse(run.stdout);
    const file = join(mkdtempSync(join(tmpdir(), 'import-')), 'fixtures.json');
    writeFileSync(file, run.stdout);
    b = await startEmulator({ port: 0, fixtures: file, adminToken: TOKEN, logLevel: 'silent' });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('writes a replace-mode document with an administrator among its users', () => {
    expect(fixtures.mode).toBe('replace');
    expect(fixtures.users.filter((u: { isAdmin?: boolean }) => u.isAdmin)).toHaveLength(1);
    expect(fixtures.companies.length + fixtures.persons.length).toBe(400);
  });

  it('answers the administrator on B as A does, query for query', async () => {
    const someone = a.users.find((u) => !u.isAdmin && u.crmAccess)!;
    const queries = [
      'filter?count=1000', 'filter?count=1000&startIndex=150',
      ...['DisplayName', 'ContactType', 'Created', 'FirstName', 'LastName', 'History', 'Id'].flatMap((s) => [`filter?sortBy=${s}&count=60`, `filter?sortBy=${s}&sortOrder=descending&count=60&startIndex=30`]),
      'filter?contactListView=Company', 'filter?contactListView=Person&count=50', 'filter?contactListView=WithOpportunity',
      'filter?isShared=false', 'filter?isShared=true&count=20', 'filter?contactStage=2', 'filter?contactStage=0',
      'filter?filterValue=a', 'filter?filterValue=jo&contactListView=Person', `filter?responsibleid=${someone.id}`,
      'filter?responsibleid=00000000-0000-0000-0000-000000000000&count=30', 'filter?fromDate=2022-01-01&toDate=2023-06-30',
      'filter.xml?count=25', 'bycontactinfo?infoType=Email&data=example', 'bycontactinfo?infoType=Phone&count=40',
      'bycontactinfo?infoType=Address&data=street', 'bycontactinfo?infoType=Website&isPrimary=true',
    ];
    const tags = new Set<string>([...fixtures.companies, ...fixtures.persons].flatMap((c: { tags: string[] }) => c.tags));
    for (const tag of [...tags].slice(0, 3)) queries.push(`filter?tags=${encodeURIComponent(tag)}`);
    let compared = 0;
    for (const query of queries) {
      const [fromA, fromB] = await Promise.all([a, b].map(async (emulator) => {
        const answer = await fetch(`${emulator.url}/api/2.0/crm/contact/${query}`, { headers: { authorization: TOKEN } });
        expect(answer.status, query).toBe(200);
        return query.includes('.xml') ? (await answer.text()).replace(/<commonData><id>\d+<\/id>/g, '<commonData>') : withoutInfoIds(await answer.json());
      }));
      expect(fromB, query).toEqual(fromA);
      if (typeof fromA === 'object' && fromA.response.length > 0) compared++;
    }
    expect(compared).toBeGreaterThan(queries.length - 5); // most queries have answers to compare
  });
});
