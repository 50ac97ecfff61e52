// Paging through any result with any page size returns every contact exactly once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allIds, getList, sparseQuery, type Query } from '@crm-contacts/contract-test';
import { fcParameters, PROPERTY_SEED } from '../../src/property/propertySettings.js';
import { sharedTarget } from '../sharedTargets.js';

const target = sharedTarget('emulator');

async function pageThrough(path: string, query: Query, pageSize: number): Promise<number[]> {
  const ids: number[] = [];
  for (let startIndex = 0; ; startIndex += pageSize) {
    const answer = await getList(target.baseUrl, path, { ...query, startIndex: String(startIndex), count: String(pageSize) }, target.credentials.token);
    expect(answer.status, answer.url).toBe(200);
    const page = answer.envelope!.response ?? [];
    ids.push(...page.map((c) => c.id));
    // a short page with nextIndex is `type` applied after the database's page: more follow
    if (page.length < pageSize && answer.envelope!.nextIndex === undefined) return ids;
  }
}

describe.each(['/api/2.0/crm/contact/filter', '/api/2.0/crm/contact/bycontactinfo'])('GET %s', (path) => {
  it(`pages through every contact exactly once (seed ${PROPERTY_SEED})`, async () => {
    // `fields` stays out: the contacts' ids are what is compared
    const query = sparseQuery(path).map(({ count: _c, startIndex: _s, fields: _f, ...rest }) => rest as Query);
    await fc.assert(
      fc.asyncProperty(query, fc.integer({ min: 7, max: 120 }), async (q, pageSize) => {
        const whole = await allIds(target.baseUrl, path, q, target.credentials.token!);
        const paged = await pageThrough(path, q, pageSize);
        expect(new Set(paged).size, 'a contact came twice').toBe(paged.length);
        expect([...paged].sort((a, b) => a - b)).toEqual([...whole].sort((a, b) => a - b));
      }),
      fcParameters(150),
    );
  });
});
