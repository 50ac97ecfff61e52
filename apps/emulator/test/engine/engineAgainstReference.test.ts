// The engine against a plain reference (referenceQueries.ts) on random queries for random users, on
// both stores: the same ids in the same order, and the same total.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/data/generate.js';
import type { Dataset } from '../../src/data/model.js';
import { createStore, type Store } from '../../src/store/index.js';
import { backends } from '../support/databases.js';
import { queryArbitraries } from './queryArbitraries.js';
import { referenceByContactInfo, referenceFilter, referenceFilterPage } from './referenceQueries.js';

const CONTACTS = 600;
const SEED = 4242;
const RUNS = Number(process.env.FC_RUNS ?? 1500);

describe.each(backends())('the query engine against the reference ($name)', (backend) => {
  let store: Store;
  const dataset: Dataset = generateDataset({ seed: SEED, contacts: CONTACTS });
  const { viewer, filterQuery, filterWithFramework, byContactInfo } = queryArbitraries(dataset);
  beforeAll(async () => {
    store = await createStore({ seed: SEED, contacts: CONTACTS, databaseUrl: await backend.databaseUrl(), snapshotDir: null });
  });
  afterAll(async () => store?.close());

  it('filter with the framework\'s parameters: same ids, order, total, reported total and nextIndex in both modes', async () => {
    await fc.assert(fc.asyncProperty(viewer(), filterWithFramework(), async (v, q) => {
      const page = store.engine.filter(v, q);
      const ids = page.indexes.map((i) => store.engine.columns.id[i]);
      expect({ ids, total: page.total, reportedTotal: page.reportedTotal, more: page.more }).toEqual(referenceFilterPage(dataset, v, q));
    }), { numRuns: RUNS, seed: SEED });
  });

  it('filter: same ids, order and total', async () => {
    await fc.assert(fc.asyncProperty(viewer(), filterQuery(), async (v, q) => {
      const page = await store.filterContacts(v, q);
      const expected = referenceFilter(dataset, v, q);
      expect({ ids: page.items.map((r) => r.contact.id), total: page.total }).toEqual(expected);
    }), { numRuns: RUNS, seed: SEED });
  });

  it('bycontactinfo (always the framework\'s, when its parameters are given): same ids and total, for fragments of any length, wildcards and blank data', async () => {
    await fc.assert(fc.asyncProperty(viewer(), byContactInfo(), async (v, q) => {
      const page = await store.byContactInfo(v, q);
      expect({ ids: page.items.map((r) => r.contact.id), total: page.total }).toEqual(referenceByContactInfo(dataset, v, q));
    }), { numRuns: RUNS, seed: SEED });
  });
});
