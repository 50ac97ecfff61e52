// A merge scenario built as an overlay on the start-up engine answers exactly as a full build of the same
// merged data: random queries of every shape, on filter and bycontactinfo, for viewers of the base and of
// the document (administrators, managers on access lists, users on none), compared record by record
// (rights, nested companies, persons counts, contact information ids, tags, custom fields). The base is
// the start-up data; the full build is the data loaded with the document as its fixtures. On SQLite only:
// both sides are engines in memory, and test/db/postgresReadBack.test.ts proves PostgreSQL reads back the
// same engine columns (test/support/databases.ts).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContactSortBy } from '@crm-contacts/types';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixturesSource } from '../../src/data/fixtures.js';
import { collectDataset, generateDataset, generateSource } from '../../src/data/generate.js';
import { displayNameOf } from '../../src/data/model.js';
import { buildScenario } from '../../src/scenarios/buildScenario.js';
import { Scenarios } from '../../src/scenarios/scenarios.js';
import type { QueryEngine } from '../../src/engine/queryEngine.js';
import { contactRecordOf, type Flavour } from '../../src/engine/contactRecords.js';
import type { ByContactInfoQuery, FilterQuery, Viewer } from '../../src/engine/query.js';
import { loadData, type LoadedData } from '../../src/load/loadData.js';
import { SQLITE } from '../support/databases.js';
import { queryArbitraries } from '../engine/queryArbitraries.js';
import { mergeDocument } from './scenarioFixtures.js';

const CONTACTS = 600;
const SEED = 4242;
const RUNS = Number(process.env.FC_RUNS ?? 400);

/** What a request is answered from, as records: a page of filter or bycontactinfo with each contact's record for the viewer. */
function answersOf(engine: QueryEngine) {
  const records = (indexes: number[], v: Viewer, flavour: Flavour) => indexes.map((i) => contactRecordOf(engine.columns, i, v, flavour));
  return {
    engine,
    async filterContacts(v: Viewer, q: FilterQuery) {
      const { indexes, ...page } = engine.filter(v, q);
      return { ...page, items: records(indexes, v, 'filter') };
    },
    async byContactInfo(v: Viewer, q: ByContactInfoQuery) {
      await engine.readyFor(q, v);
      const { indexes, ...page } = engine.byContactInfo(v, q);
      return { ...page, items: records(indexes, v, 'byContactInfo') };
    },
    user: (token: string) => engine.columns.users.find((u) => u.token === token),
  };
}
type Answers = ReturnType<typeof answersOf>;

describe.each([SQLITE])('a merge scenario as an overlay on the start-up engine, against a full build ($name)', (backend) => {
  const base = generateDataset({ seed: SEED, contacts: CONTACTS });
  const doc = mergeDocument(base, CONTACTS);
  const merged = collectDataset(fixturesSource('merge', doc, { source: generateSource({ seed: SEED, contacts: CONTACTS }), contacts: CONTACTS }));
  const { viewer, filterQuery, filterWithFramework, byContactInfo } = queryArbitraries(merged);
  let startUp: LoadedData;
  let fullData: LoadedData;
  let full: Answers;
  let overlay: Answers;

  beforeAll(async () => {
    startUp = await loadData({ seed: SEED, contacts: CONTACTS, databaseUrl: await backend.databaseUrl(), snapshotDir: null });
    const file = join(mkdtempSync(join(tmpdir(), 'merge-overlay-')), 'merge.json');
    writeFileSync(file, JSON.stringify(doc));
    fullData = await loadData({ seed: SEED, contacts: CONTACTS, fixtures: file, databaseUrl: await backend.databaseUrl(), snapshotDir: null });
    full = answersOf(fullData.engine);
    overlay = answersOf((await buildScenario('merge', doc, { seed: SEED, contacts: CONTACTS, engine: startUp.engine })).engine);
  });
  afterAll(async () => {
    await startUp?.close();
    await fullData?.close();
  });

  it('is an overlay: its own contacts only, the base shared', () => {
    expect(overlay.engine.columns.size).toBe(CONTACTS + doc.companies!.length + doc.persons!.length);
    expect(overlay.engine.parts.columns.id[CONTACTS - 1]).toBe(startUp.engine.columns.id[CONTACTS - 1]);
    expect(overlay.engine.memoryRoots).not.toContain(startUp.engine.columns);
  });

  it('readyFor builds what a query needs, on the base and on the overlay, before it is answered', async () => {
    // the first query of this file: nothing is built yet on either side
    const q: FilterQuery = { startIndex: 0, count: 10, sortBy: ContactSortBy.FirstName, filterValue: 'a', fromDate: 0 };
    const admin: Viewer = { id: '', isAdmin: true };
    await overlay.engine.readyFor(q, admin);
    for (const prepare of [startUp.engine.parts.prepare, overlay.engine.parts.prepare]) {
      expect([prepare.order(ContactSortBy.FirstName), prepare.names(), prepare.dates()]).toEqual([undefined, undefined, undefined]);
    }
  });

  it('the merged data has what the test needs: ties with the base, persons of base companies, base contacts in a deal', () => {
    const names = new Set(base.contacts.map((c) => displayNameOf(c)));
    expect(doc.persons!.some((p) => names.has(displayNameOf({ isCompany: false, firstName: p.firstName!, lastName: p.lastName!, companyName: null })))).toBe(true);
    expect(doc.persons!.some((p) => p.companyId !== undefined && p.companyId <= CONTACTS)).toBe(true);
    expect(merged.users.length).toBe(base.users.length + 3);
  });

  it('filter: the same records (ids, order, rights, nested companies, persons counts, contact information) and total', async () => {
    await fc.assert(fc.asyncProperty(viewer(), filterQuery(), async (v, q) => {
      expect(await overlay.filterContacts(v, q)).toEqual(await full.filterContacts(v, q));
    }), { numRuns: RUNS, seed: SEED });
  });

  it('filter with the framework\'s parameters (both modes): the same page, total, reported total and nextIndex', async () => {
    await fc.assert(fc.asyncProperty(viewer(), filterWithFramework(), async (v, q) => {
      const page = (store: Answers) => {
        const { indexes, ...rest } = store.engine.filter(v, q);
        return { ids: indexes.map((i) => store.engine.columns.id[i]), ...rest };
      };
      expect(page(overlay)).toEqual(page(full));
    }), { numRuns: RUNS, seed: SEED });
  });

  it('bycontactinfo (with and without the framework\'s parameters): the same records and total', async () => {
    await fc.assert(fc.asyncProperty(viewer(), byContactInfo(), async (v, q) => {
      expect(await overlay.byContactInfo(v, q)).toEqual(await full.byContactInfo(v, q));
    }), { numRuns: RUNS, seed: SEED });
  });

  it('the listing counts what an overlay holds of its own: a fraction of a full build of the same document', async () => {
    const scenarios = (engine: QueryEngine | undefined) => new Scenarios({ table: startUp.scenarios!, base: { seed: SEED, contacts: CONTACTS, engine }, serve: (engine) => engine });
    const overlaid = scenarios(startUp.engine);
    const built = scenarios(undefined);
    await overlaid.load('overlaid', doc);
    await built.load('built', doc);
    const held = async (from: Scenarios<QueryEngine>, name: string) => (await from.list()).find((s) => s.name === name)!.memoryBytes;
    // measured in slices after the build: soon, not at once
    await vi.waitFor(async () => {
      const [overlay, whole] = [await held(overlaid, 'overlaid'), await held(built, 'built')];
      expect(overlay).toBeGreaterThan(0);
      expect(whole).toBeGreaterThan(0);
      expect(overlay * 4).toBeLessThan(whole);
    }, { timeout: 10_000, interval: 20 });
    await overlaid.reset();
  });

  it('a document of users alone (no contacts of its own) answers as the base does, with its users signed in', async () => {
    const usersOnly = { mode: 'merge' as const, users: doc.users };
    const built = async (engine?: QueryEngine) => answersOf((await buildScenario('users-only', usersOnly, { seed: SEED, contacts: CONTACTS, engine })).engine);
    const [onTop, whole] = [await built(startUp.engine), await built()];
    const viewers = merged.users.filter((u) => u.crmAccess !== false).map((u) => ({ id: u.id, isAdmin: u.isAdmin }));
    for (const v of viewers) {
      for (const q of [{ startIndex: 0, count: 50 }, { sortBy: 'DisplayName' as const, startIndex: 590, count: 20 }, { filterValue: 'a', startIndex: 0, count: 30 }]) {
        expect(await onTop.filterContacts(v, q)).toEqual(await whole.filterContacts(v, q));
      }
      expect(await onTop.byContactInfo(v, { infoType: 1, data: 'e', startIndex: 0, count: 40 })).toEqual(await whole.byContactInfo(v, { infoType: 1, data: 'e', startIndex: 0, count: 40 }));
    }
    expect(onTop.engine.columns.size).toBe(CONTACTS);
    expect(onTop.user('ovboss-token')?.isAdmin).toBe(true);
  });

  it('has the document\'s users and the base\'s', () => {
    expect(overlay.user('ovmia-token')?.userName).toBe('ovmia');
    expect(overlay.user(base.users[0].token)?.id).toBe(base.users[0].id);
  });
});
