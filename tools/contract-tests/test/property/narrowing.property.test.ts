// Adding a tag or a filter to a query never enlarges its result: the server ANDs every condition.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getList, sparseQuery, validQuery, type Query } from '@crm-contacts/contract-test';
import { fcParameters, PROPERTY_SEED } from '../../src/property/propertySettings.js';
import { sharedTarget } from '../sharedTargets.js';

const PATH = '/api/2.0/crm/contact/filter';
// Conditions a query can gain; paging and sorting are left alone so both queries count the same way.
const FILTERS = ['contactStage', 'contactType', 'contactListView', 'fromDate', 'toDate', 'responsibleid', 'isShared', 'filterValue'];

const target = sharedTarget('emulator');
let knownTags: string[] = [];
beforeAll(async () => {
  const all = await getList(target.baseUrl, PATH, { count: '1000' }, target.credentials.token);
  knownTags = [...new Set((all.envelope?.response ?? []).flatMap((c) => c.tags ?? []))];
});

async function total(query: Query): Promise<number> {
  const answer = await getList(target.baseUrl, PATH, query, target.credentials.token);
  expect(answer.status, answer.url).toBe(200);
  return answer.envelope!.total!;
}

const withoutPaging = (query: Query): Query => {
  const { count: _c, startIndex: _s, sortBy: _b, sortOrder: _o, ...rest } = query;
  return rest;
};

describe(`GET ${PATH}`, () => {
  it(`never grows when a tag is added (seed ${PROPERTY_SEED})`, async () => {
    expect(knownTags.length).toBeGreaterThan(0);
    const base = sparseQuery(PATH).map(withoutPaging).map(({ tags: _t, ...rest }) => rest as Query);
    await fc.assert(
      fc.asyncProperty(base, fc.subarray(knownTags, { minLength: 0, maxLength: 2 }), fc.constantFrom(...knownTags), async (query, tags, extra) => {
        const before = await total({ ...query, tags });
        const after = await total({ ...query, tags: [...tags, extra] });
        expect(after).toBeLessThanOrEqual(before);
      }),
      fcParameters(300),
    );
  });

  it(`never grows when a filter is added (seed ${PROPERTY_SEED})`, async () => {
    const pairs = fc.tuple(sparseQuery(PATH).map(withoutPaging), validQuery(PATH).map(withoutPaging), fc.constantFrom(...FILTERS));
    await fc.assert(
      fc.asyncProperty(pairs, async ([query, source, filter]) => {
        fc.pre(source[filter] !== undefined && query[filter] === undefined);
        const before = await total(query);
        const after = await total({ ...query, [filter]: source[filter] });
        expect(after).toBeLessThanOrEqual(before);
      }),
      fcParameters(300),
    );
  });
});
