// One order per `sortBy` key, computed once, on its first use: a permutation of the contact indexes, and each
// contact's rank in it. Every order ends with the id, so ascending and descending are exact reverses
// (the real server's ORDER BY ... applies the direction to every column).
import { ContactSortBy } from '@crm-contacts/types';
import type { SortBy } from './query.js';
import type { ContactColumns } from './contactColumns.js';
import { rankStrings } from './codePointOrder.js';

export interface ContactOrder {
  /** Contact indexes in ascending order. */
  permutation: Int32Array;
  /** rank[index] = position of the contact in `permutation`. */
  rank: Int32Array;
}

export type ContactOrders = Record<SortBy, ContactOrder>;

type Key = Int32Array | Float64Array;

function orderBy(size: number, keys: Key[]): ContactOrder {
  const permutation = new Int32Array(size);
  for (let i = 0; i < size; i++) permutation[i] = i;
  // indexes follow id order, so the index is the final tie-break (and id order needs no sort)
  if (keys.length > 0) permutation.sort((a, b) => {
    for (const key of keys) {
      const d = key[a] - key[b];
      if (d !== 0) return d;
    }
    return a - b;
  });
  const rank = new Int32Array(size);
  for (let p = 0; p < size; p++) rank[permutation[p]] = p;
  return { permutation, rank };
}

/**
 * `displayNames[i]`: contact i's display name (computed once for these orders and the name search).
 * `built` receives each order once sorted (what the engine holds, for measuring its memory).
 */
export function buildContactOrders(c: ContactColumns, displayNames: readonly string[], built = new Map<SortBy, ContactOrder>()): ContactOrders {
  const n = c.size;
  // the real server sorts names with a case-insensitive collation: lower-cased keys, by code point
  const lower = (values: readonly (string | null)[]) => rankStrings(Array.from({ length: n }, (_, i) => (values[i] ?? '').toLowerCase()));
  let first: Key | undefined;
  let last: Key | undefined;
  const firstName = () => (first ??= lower(c.firstName));
  const lastName = () => (last ??= lower(c.lastName));
  const keys: Record<SortBy, () => Key[]> = {
    [ContactSortBy.DisplayName]: () => [lower(displayNames)],
    [ContactSortBy.ContactType]: () => [c.stageId], // the real server sorts "ContactType" by the stage (status_id)
    [ContactSortBy.Created]: () => [c.created],
    [ContactSortBy.FirstName]: () => [firstName(), lastName()],
    [ContactSortBy.LastName]: () => [lastName(), firstName()],
    [ContactSortBy.History]: () => [c.lastActivity, c.created],
    [ContactSortBy.Id]: () => [],
  };
  // each order is sorted on its first use (a million-contact sort is 0.3-0.8 s of start-up otherwise);
  // not enumerable, so that walking the engine (memoryOf) does not sort them all
  const orders = {} as ContactOrders;
  for (const [sortBy, k] of Object.entries(keys) as [SortBy, () => Key[]][]) {
    const get = (): ContactOrder => {
      let order = built.get(sortBy);
      if (!order) built.set(sortBy, (order = orderBy(n, k())));
      return order;
    };
    Object.defineProperty(orders, sortBy, { enumerable: false, get });
  }
  return orders;
}
