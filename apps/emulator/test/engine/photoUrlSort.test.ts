// Sorting by smallFotoUrl/mediumFotoUrl ranks numbers made from the ids, not the URLs: the order must be the
// one the framework's culture comparison gives the URLs, for any ids, and so must the engine's pages.
import { ContactProperty } from '@crm-contacts/types';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { photoUrl, photoUrlOrder } from '../../src/data/photoUrl.js';
import { generateSource } from '../../src/data/generate.js';
import { datasetTables } from '../../src/db/datasetTables.js';
import { readContactColumns } from '../../src/db/readContactColumns.js';
import type { ContactColumns } from '../../src/engine/contactColumns.js';
import { compareMemberKeys } from '../../src/engine/frameworkList.js';
import { buildQueryEngine } from '../../src/engine/queryEngine.js';

describe('photo URL sorts', () => {
  it('order ids as the culture comparison orders their URLs', () => {
    const id = fc.oneof(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 200 }), fc.constantFrom(1, 9, 10, 99, 100, 1000, 1_000_000));
    fc.assert(fc.property(id, id, fc.boolean(), fc.boolean(), fc.constantFrom(1 as const, 2 as const), (a, b, aCompany, bCompany, size) => {
      const byUrl = Math.sign(compareMemberKeys(photoUrl(undefined, a, aCompany, size), photoUrl(undefined, b, bCompany, size)));
      // the same id is the same contact: its URL ties with itself
      if (a !== b) expect(Math.sign(photoUrlOrder(a) - photoUrlOrder(b))).toBe(byUrl);
    }), { numRuns: 5000, seed: 11 });
  });

  let columns: ContactColumns;
  beforeAll(async () => {
    columns = await readContactColumns(datasetTables(generateSource({ seed: 3, contacts: 2_000 })));
  });

  it.each([ContactProperty.smallFotoUrl, ContactProperty.mediumFotoUrl])('%s: the engine pages in the URLs\' culture order, both directions', (member) => {
    const admin = { id: columns.users.find((u) => u.isAdmin)!.id, isAdmin: true };
    const size = member === ContactProperty.smallFotoUrl ? 1 : 2;
    const byUrl = Array.from({ length: columns.size }, (_, i) => i)
      .sort((x, y) => compareMemberKeys(photoUrl(undefined, columns.id[x], columns.isCompany[x] === 1, size), photoUrl(undefined, columns.id[y], columns.isCompany[y] === 1, size)))
      .map((i) => columns.id[i]);
    const engine = buildQueryEngine(columns);
    for (const sortOrder of ['ascending', 'descending'] as const) {
      const page = engine.filter(admin, { startIndex: 0, count: columns.size, sortProperty: member, sortOrder });
      expect(page.indexes.map((i) => columns.id[i])).toEqual(sortOrder === 'ascending' ? byUrl : [...byUrl].reverse());
    }
  });
});
