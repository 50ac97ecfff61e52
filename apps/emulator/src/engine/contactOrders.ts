// One order per `sortBy` key, computed once at load: a permutation of the contact indexes, and each
// contact's rank in it. Every order ends with the id, so ascending and descending are exact reverses
// (the real server's ORDER BY ... applies the direction to every column).
import { ContactSortBy } from '@crm-contacts/types';
import type { SortBy } from '../store/types.js';
import type { ContactColumns } from './contactColumns.js';
import { rankStrings } from './codePointOrder.js';
import type { Steps } from './slices.js';

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
  // indexes follow id order, so the index is the final tie-break
  permutation.sort((a, b) => {
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
 * The orders, pausing after each sort (each takes a few hundred milliseconds at 1,000,000 contacts).
 * `displayNames[i]`: contact i's display name (computed once for these orders and the name search).
 */
export function* contactOrderSteps(c: ContactColumns, displayNames: readonly string[]): Steps<ContactOrders> {
  const n = c.size;
  // the real server sorts names with a case-insensitive collation: lower-cased keys, by code point
  const lower = (values: readonly (string | null)[]) => rankStrings(Array.from({ length: n }, (_, i) => (values[i] ?? '').toLowerCase()));
  const displayName = lower(displayNames);
  yield;
  const first = lower(c.firstName);
  yield;
  const last = lower(c.lastName);
  yield;
  const keys: Record<SortBy, Key[]> = {
    [ContactSortBy.DisplayName]: [displayName],
    [ContactSortBy.ContactType]: [c.stageId], // the real server sorts "ContactType" by the stage (status_id)
    [ContactSortBy.Created]: [c.created],
    [ContactSortBy.FirstName]: [first, last],
    [ContactSortBy.LastName]: [last, first],
    [ContactSortBy.History]: [c.lastActivity, c.created],
    [ContactSortBy.Id]: [],
  };
  const orders: Partial<ContactOrders> = {};
  for (const [sortBy, k] of Object.entries(keys) as [SortBy, Key[]][]) {
    orders[sortBy] = orderBy(n, k);
    yield;
  }
  return orders as ContactOrders;
}
