// A merge scenario built as an overlay on the start-up engine answers exactly as a full build of the same
// merged data: random queries of every shape, on filter and bycontactinfo, for viewers of the base and of
// the document (administrators, managers on access lists, users on none), compared record by record
// (rights, nested companies, persons counts, contact information ids, tags, custom fields). The base is
// the start-up store on each backend; the full build is a store loaded with the document as its fixtures.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixturesSource, type FixturesDocument } from '../../src/data/fixtures.js';
import { collectDataset, generateDataset, generateSource } from '../../src/data/generate.js';
import { displayNameOf, type Dataset } from '../../src/data/model.js';
import { buildScenario } from '../../src/scenarios/buildScenario.js';
import { Scenarios } from '../../src/scenarios/scenarios.js';
import type { QueryEngine } from '../../src/engine/queryEngine.js';
import { createStore, storeOver, type Store } from '../../src/store/index.js';
import { backends } from '../support/databases.js';
import { queryArbitraries } from '../engine/queryArbitraries.js';

const CONTACTS = 600;
const SEED = 4242;
const RUNS = Number(process.env.FC_RUNS ?? 400);

/**
 * A document touching everything a merge can: new users (an administrator, a manager), a stage, a tag and
 * a tag of the base in another case, a custom field; companies and persons whose names, creation times and
 * stages repeat the base's (ties in every order); persons of base companies; private contacts on base and
 * new managers' lists; a deal naming base contacts; invoices; every kind of contact information.
 */
function mergeDocument(base: Dataset): FixturesDocument {
  const pick = <T>(list: T[], k: number): T => list[(k * 7919) % list.length];
  const basePersons = base.contacts.filter((c) => !c.isCompany);
  const baseCompanies = base.contacts.filter((c) => c.isCompany);
  const managers = ['manager1', 'manager2', 'ovmia'];
  const date = (us: number) => new Date(us / 1000).toISOString();
  const common = (k: number) => ({
    createdBy: pick(['admin', 'user1', 'ovboss', 'ovmia'], k),
    // a third created at the same moment as a base contact: ties in the Created and History orders
    created: k % 3 === 0 ? date(pick(base.contacts, k).created) : `20${17 + (k % 8)}-0${1 + (k % 9)}-1${k % 10}T0${k % 10}:30:00Z`,
    ...(k % 4 === 0 ? { lastActivity: date(pick(base.contacts, k + 1).created) } : {}),
    shareType: k % 3,
    ...(k % 3 === 0 ? { accessList: [pick(managers, k), ...(k % 2 ? [pick(managers, k + 1)] : [])] } : {}),
    stageId: pick([0, 1, 2, 3, 10], k),
    contactTypeId: pick([0, 1, 4], k),
    tags: [pick(['VIP', 'vip ', 'Lead', 'Overlay only', 'Customer'], k), ...(k % 2 ? ['Overlay only'] : [])],
    contactInfo: [
      { infoType: 1, category: 0, data: `${pick(base.contactInfos, k).data.split('@')[0]}@overlay.example`, isPrimary: true },
      { infoType: pick([0, 2, 3], k), category: 0, data: pick(base.contactInfos, k + 3).data },
    ],
    ...(k % 5 === 0 ? { addresses: [{ street: `${k} Main Street`, city: 'Riga', country: 'Latvia', category: 0 }] } : {}),
    invoiced: k % 7 === 0,
    taskCount: k % 4,
    hasLateTasks: k % 6 === 0,
    about: k % 2 ? `overlay ${k}` : '',
  });
  const companies = Array.from({ length: 12 }, (_, k) => ({
    id: CONTACTS + 1000 + k, companyName: k % 2 ? pick(baseCompanies, k).companyName! : `Overlay Works ${k}`, ...common(k),
  }));
  const persons = Array.from({ length: 48 }, (_, k) => {
    const twin = pick(basePersons, k);
    const company = k % 3 === 0 ? companies[k % companies.length].id : k % 3 === 1 ? baseCompanies[k % 10].id : undefined; // among the 50 contacts the searched words come from
    return {
      id: CONTACTS + 2000 + k, firstName: k % 2 ? twin.firstName! : `Ovid${k}`, lastName: k % 4 < 2 ? twin.lastName! : 'Overlay',
      title: 'Overlay tester', ...(company !== undefined ? { companyId: company } : {}), ...common(k + 12),
      ...(k % 5 === 0 ? { customFields: [{ fieldId: 20, value: `v${k}` }, { fieldId: 1, value: `nick${k}` }] } : {}),
    };
  });
  return {
    mode: 'merge',
    users: [
      { id: 'cccccccc-0000-4000-a000-000000000001', userName: 'ovboss', password: 'pw', token: 'ovboss-token', displayName: 'Overlay Boss', isAdmin: true },
      { id: 'cccccccc-0000-4000-a000-000000000002', userName: 'ovmia', password: 'pw', token: 'ovmia-token', displayName: 'Mia Overlay' },
      { id: 'cccccccc-0000-4000-a000-000000000003', userName: 'ovnobody', password: 'pw', token: 'ovnobody-token', displayName: 'Nobody Overlay' },
    ],
    stages: [{ id: 10, title: 'Overlay stage', color: '#123456' }],
    customFields: [{ id: 20, entityType: 'person', label: 'Overlay field', fieldType: 0 }],
    companies,
    persons,
    deals: [{ id: 1, title: 'Base and overlay', contactIds: [2, 3, 6, 11, persons[0].id, companies[1].id] }],
  };
}

describe.each(backends())('a merge scenario as an overlay on the start-up engine, against a full build ($name)', (backend) => {
  const base = generateDataset({ seed: SEED, contacts: CONTACTS });
  const doc = mergeDocument(base);
  const merged = collectDataset(fixturesSource('merge', doc, { source: generateSource({ seed: SEED, contacts: CONTACTS }), contacts: CONTACTS }));
  const { viewer, filterQuery, filterWithFramework, byContactInfo } = queryArbitraries(merged);
  let startUp: Store;
  let full: Store;
  let overlay: Store;

  beforeAll(async () => {
    startUp = await createStore({ seed: SEED, contacts: CONTACTS, databaseUrl: await backend.databaseUrl(), snapshotDir: null });
    const file = join(mkdtempSync(join(tmpdir(), 'merge-overlay-')), 'merge.json');
    writeFileSync(file, JSON.stringify(doc));
    full = await createStore({ seed: SEED, contacts: CONTACTS, fixtures: file, databaseUrl: await backend.databaseUrl(), snapshotDir: null });
    overlay = storeOver((await buildScenario('merge', doc, { seed: SEED, contacts: CONTACTS, engine: startUp.engine })).engine);
  });
  afterAll(async () => {
    await startUp?.close();
    await full?.close();
  });

  it('is an overlay: its own contacts only, the base shared', () => {
    expect(overlay.engine.columns.size).toBe(CONTACTS + doc.companies!.length + doc.persons!.length);
    expect(overlay.engine.parts.columns.id[CONTACTS - 1]).toBe(startUp.engine.columns.id[CONTACTS - 1]);
    expect(overlay.engine.memoryRoots).not.toContain(startUp.engine.columns);
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
      const page = (store: Store) => {
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
    const scenarios = (engine: QueryEngine | undefined) => new Scenarios({ table: startUp.scenarios!, base: { seed: SEED, contacts: CONTACTS, engine }, serve: (store) => store });
    const overlaid = scenarios(startUp.engine);
    const built = scenarios(undefined);
    await overlaid.load('overlaid', doc);
    await built.load('built', doc);
    const held = async (from: Scenarios<Store>, name: string) => (await from.list()).find((s) => s.name === name)!.memoryBytes;
    // measured in slices after the build: soon, not at once
    await vi.waitFor(async () => {
      const [overlay, whole] = [await held(overlaid, 'overlaid'), await held(built, 'built')];
      expect(overlay).toBeGreaterThan(0);
      expect(whole).toBeGreaterThan(0);
      expect(overlay * 4).toBeLessThan(whole);
    }, { timeout: 10_000, interval: 20 });
    await overlaid.reset();
  });

  it('signs in the document\'s users and the base\'s', async () => {
    expect((await overlay.userByToken('ovmia-token'))?.userName).toBe('ovmia');
    expect((await overlay.userByCredentials('admin', base.users[0].password))?.id).toBe(base.users[0].id);
  });
});
