// The engine against a plain reference (referenceQueries.ts) on random queries for random users: the
// same ids in the same order, and the same total (loaded from SQLite; PostgreSQL reads back the same
// rows: test/db/postgresReadBack.test.ts).
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/data/generate.js';
import type { Dataset } from '../../src/data/model.js';
import { loadData, type LoadedData } from '../../src/load/loadData.js';
import { SQLITE } from '../support/databases.js';
import { ContactProperty } from '@crm-contacts/types';
import type { ByContactInfoQuery, FilterQuery } from '../../src/engine/query.js';
import { maybe, queryArbitraries } from './queryArbitraries.js';
import { referenceByContactInfo, referenceFilter, referenceFilterPage } from './referenceQueries.js';

const CONTACTS = 600;
const SEED = 4242;
const RUNS = Number(process.env.FC_RUNS ?? 1500);

describe.each([SQLITE])('the query engine against the reference ($name)', (backend) => {
  let data: LoadedData;
  const dataset: Dataset = generateDataset({ seed: SEED, contacts: CONTACTS });
  const { viewer, filterQuery, filterWithFramework, byContactInfo } = queryArbitraries(dataset);
  beforeAll(async () => {
    data = await loadData({ seed: SEED, contacts: CONTACTS, databaseUrl: await backend.databaseUrl(), snapshotDir: null });
  });
  afterAll(async () => data?.close());

  it('filter with the framework\'s parameters: same ids, order, total, reported total and nextIndex in both modes', async () => {
    await fc.assert(fc.asyncProperty(viewer(), filterWithFramework(), async (v, q) => {
      const page = data.engine.filter(v, q);
      const ids = page.indexes.map((i) => data.engine.columns.id[i]);
      expect({ ids, total: page.total, reportedTotal: page.reportedTotal, more: page.more }).toEqual(referenceFilterPage(dataset, v, q));
    }), { numRuns: RUNS, seed: SEED });
  });

  it('member sorts at any depth, both directions, each member (an order, a set per value, per viewer), with `type`: the same pages on filter and bycontactinfo', async () => {
    // every member the reference reads; startIndex anywhere up to past the end, so that ties cross page edges
    const sortable = fc.constantFrom(...Object.values(ContactProperty).filter((m) => !m.endsWith('FotoUrl')));
    await fc.assert(fc.asyncProperty(viewer(), filterQuery(), sortable, maybe(fc.constantFrom('person', 'company')), fc.integer({ min: 0, max: 17 }),
      fc.integer({ min: 0, max: CONTACTS + 10 }), async (v, base, sortProperty, kind, infoType, startIndex) => {
        const q: FilterQuery = { ...base, tags: undefined, filterValue: undefined, startIndex, sortProperty, kind, timeZone: 'UTC' };
        // asked as the HTTP handlers ask: the member's order built a step at a time first
        await data.engine.readyFor(q, v);
        const page = data.engine.filter(v, q);
        const expected = referenceFilterPage(dataset, v, q);
        expect({ ids: page.indexes.map((i) => data.engine.columns.id[i]), total: page.total }).toEqual({ ids: expected.ids, total: expected.total });
        const byInfo: ByContactInfoQuery = { infoType, startIndex: startIndex % 200, count: q.count, sortOrder: q.sortOrder, sortProperty, kind, timeZone: 'UTC' };
        await data.engine.readyFor(byInfo, v);
        const found = data.engine.byContactInfo(v, byInfo);
        expect({ ids: found.indexes.map((i) => data.engine.columns.id[i]), total: found.total }).toEqual(referenceByContactInfo(dataset, v, byInfo));
      }), { numRuns: RUNS, seed: SEED });
  });

  it('filter: same ids, order and total', async () => {
    await fc.assert(fc.asyncProperty(viewer(), filterQuery(), async (v, q) => {
      const page = data.engine.filter(v, q);
      const expected = referenceFilter(dataset, v, q);
      expect({ ids: page.indexes.map((i) => data.engine.columns.id[i]), total: page.total }).toEqual(expected);
    }), { numRuns: RUNS, seed: SEED });
  });

  it('bycontactinfo (always the framework\'s, when its parameters are given): same ids and total, for fragments of any length, wildcards and blank data', async () => {
    await fc.assert(fc.asyncProperty(viewer(), byContactInfo(), async (v, q) => {
      await data.engine.readyFor(q, v);
      const page = data.engine.byContactInfo(v, q);
      expect({ ids: page.indexes.map((i) => data.engine.columns.id[i]), total: page.total }).toEqual(referenceByContactInfo(dataset, v, q));
    }), { numRuns: RUNS, seed: SEED });
  });
});
