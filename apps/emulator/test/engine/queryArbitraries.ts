// Random queries over a dataset, for the engine's properties: each filter, framework parameter and
// bycontactinfo criterion in a share of the queries, with values drawn from the data, so that most
// results are neither empty nor everything.
import fc from 'fast-check';
import { ContactProperty } from '@crm-contacts/types';
import { EMPTY_GUID, type Dataset } from '../../src/data/model.js';
import type { ByContactInfoQuery, FilterQuery, FrameworkQuery, Viewer } from '../../src/engine/query.js';
import { memberOf } from './referenceQueries.js';

const DAY_US = 86_400_000_000;
const MINUTE_US = 60_000_000;

// each filter in about a third of the queries: most results are then neither empty nor everything
export const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 2 }, { arbitrary, weight: 1 });
// each given in about two thirds of the queries, so that filters, kinds and sorts meet often
const often = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 1 }, { arbitrary, weight: 2 });

export function queryArbitraries(dataset: Dataset) {
  const viewer = () => fc.constantFrom(...dataset.users.filter((u) => u.crmAccess !== false)).map((u): Viewer => ({ id: u.id, isAdmin: u.isAdmin }));
  const created = () => fc.integer({ min: Date.UTC(2016, 0, 1), max: Date.UTC(2025, 6, 1) }).map((ms) => Math.floor(ms / 86_400_000) * 86_400_000 * 1000);
  const word = () => fc.constantFrom(...dataset.contacts.slice(0, 50).flatMap((c) => `${c.firstName ?? ''} ${c.lastName ?? ''} ${c.companyName ?? ''}`.toLowerCase().split(/\s+/).filter((w) => w)))
    .chain((w) => fc.integer({ min: 1, max: w.length }).map((n) => w.slice(0, n)));
  const filterQuery = (): fc.Arbitrary<FilterQuery> => fc.record({
    tags: maybe(fc.array(fc.constantFrom(...dataset.tags.map((t) => t.title), 'VIP ', 'nope'), { minLength: 1, maxLength: 2 })),
    contactStage: maybe(fc.integer({ min: -1, max: 4 })),
    contactType: maybe(fc.integer({ min: -1, max: 5 })),
    contactListView: maybe(fc.integer({ min: 0, max: 4 })),
    // also exactly on a contact's creation time, so that the bounds' edges are tried
    fromDate: maybe(fc.oneof(created(), fc.constantFrom(...dataset.contacts.map((c) => c.created)))),
    toDate: maybe(fc.oneof(created(), fc.constantFrom(...dataset.contacts.flatMap((c) => [c.created - DAY_US + MINUTE_US, c.created - DAY_US + MINUTE_US - 1])))),
    responsibleId: maybe(fc.constantFrom(EMPTY_GUID, ...dataset.users.map((u) => u.id))),
    isShared: maybe(fc.boolean()),
    filterValue: maybe(fc.array(word(), { minLength: 1, maxLength: 2 }).map((w) => w.join(' '))),
    sortBy: maybe(fc.constantFrom('DisplayName', 'ContactType', 'Created', 'FirstName', 'LastName', 'History', 'Id' as const)),
    sortOrder: fc.constantFrom('ascending' as const, 'descending' as const),
    startIndex: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 700 })),
    count: fc.oneof(fc.constant(25), fc.integer({ min: 1, max: 1000 })),
  }, { requiredKeys: ['sortOrder', 'startIndex', 'count'] }) as fc.Arbitrary<FilterQuery>;

  // the framework's parameters: members (and one no contact has), operations, texts that match some, kinds in any case
  const member = () => fc.constantFrom(...Object.values(ContactProperty).filter((m) => !m.endsWith('FotoUrl')), 'nope', 'DISPLAYNAME');
  // a value cut from what that member reads on some contact (a prefix, a suffix, a middle), in some case, or a stray text
  const memberValue = (name: string | undefined) => {
    const texts = dataset.contacts.slice(0, 60).map((c) => memberOf(dataset, dataset.users[0], c, name ?? 'id')?.text ?? 'x');
    const cut = fc.tuple(fc.constantFrom(...texts), fc.nat(), fc.constantFrom('prefix', 'suffix', 'middle', 'whole'), fc.constantFrom('same', 'upper', 'lower'))
      .map(([t, n, where, casing]) => {
        const length = 1 + (n % Math.max(1, t.length));
        const piece = where === 'prefix' ? t.slice(0, length) : where === 'suffix' ? t.slice(-length) : where === 'middle' ? t.slice(1, 1 + length) : t;
        return casing === 'upper' ? piece.toUpperCase() : casing === 'lower' ? piece.toLowerCase() : piece;
      });
    return fc.oneof({ arbitrary: cut, weight: 4 }, { arbitrary: fc.constantFrom('', 'x', 'True', 'read'), weight: 1 });
  };
  const framework = (): fc.Arbitrary<FrameworkQuery> => often(member()).chain((filterBy) => fc.record({
    filterBy: fc.constant(filterBy),
    filterOp: fc.oneof({ arbitrary: fc.constant(undefined), weight: 1 }, { arbitrary: fc.integer({ min: 0, max: 4 }), weight: 5 }),
    filterValues: fc.array(memberValue(filterBy), { minLength: 1, maxLength: 3 }),
    kind: maybe(fc.constantFrom('person', 'company', 'Company', 'people')),
    sortProperty: often(member()),
    timeZone: fc.constant('UTC'),
  }, { requiredKeys: [] }));

  /** bycontactinfo; with the framework's parameters in about a third of the queries (then without `data`, on early pages). */
  const byContactInfo = (): fc.Arbitrary<ByContactInfoQuery> => {
    // pieces of stored data of one to six characters (one and two served by the unigram/bigram index,
    // three and more by the trigrams), a wildcard put in, before or after; blank data; wildcards alone
    const piece = fc.constantFrom(...dataset.contactInfos.slice(0, 300).map((i) => i.data.toLowerCase()))
      .chain((text) => fc.tuple(fc.integer({ min: 0, max: text.length }), fc.integer({ min: 1, max: 6 }), fc.constantFrom('', '', '%', '_'), fc.integer({ min: 0, max: 6 }), fc.boolean())
        .map(([at, n, wildcard, where, replace]) => {
          const p = text.slice(at, at + n);
          const cut = Math.min(where, p.length);
          return p.slice(0, cut) + wildcard + p.slice(replace && wildcard ? cut + 1 : cut);
        }));
    const fragment = fc.oneof(
      { arbitrary: piece, weight: 8 },
      { arbitrary: fc.constantFrom('', ' ', '  \t', '%', '_', '__', '%_%', '%%', 'A', 'E', 'Ex'), weight: 2 },
    );
    return fc.tuple(fc.record({
      infoType: fc.integer({ min: 0, max: 17 }),
      data: maybe(fragment),
      category: maybe(fc.integer({ min: 0, max: 5 })),
      isPrimary: maybe(fc.boolean()),
      // up to the end of the largest results (deep pages)
      startIndex: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 200, max: dataset.contacts.length })),
      count: fc.integer({ min: 1, max: 300 }),
      sortOrder: fc.constantFrom('ascending' as const, 'descending' as const),
    }, { requiredKeys: ['infoType', 'startIndex', 'count'] }), maybe(framework()))
      .map(([base, generic]) => (generic ? { ...base, data: undefined, startIndex: base.startIndex % 20, ...generic } : base));
  };

  /** filter with the framework's parameters: fewer database filters and early pages, so that most pages hold something for the framework. */
  const filterWithFramework = (): fc.Arbitrary<FilterQuery> => fc.tuple(filterQuery(), framework())
    .map(([base, generic]) => ({ ...base, tags: undefined, contactStage: undefined, contactType: undefined, filterValue: undefined, startIndex: base.startIndex % 40, ...generic }));

  return { viewer, filterQuery, filterWithFramework, byContactInfo };
}
