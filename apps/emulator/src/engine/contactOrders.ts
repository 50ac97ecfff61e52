// One order per `sortBy` key, computed once, on its first use: a permutation of the contact indexes, and each
// contact's rank in it. Every order ends with the id, so ascending and descending are exact reverses
// (the real server's ORDER BY ... applies the direction to every column).
import { ContactSortBy } from '@crm-contacts/types';
import type { SortBy } from './query.js';
import type { ContactColumns } from './contactColumns.js';
import { rankStrings } from './codePointOrder.js';
import type { ContactSet } from './contactSet.js';

export interface ContactOrder {
  /** Contact indexes in ascending order. */
  permutation: Int32Array;
  /** rank[index] = position of the contact in `permutation`. */
  rank: Int32Array;
  /** The members of `bits` at positions [startIndex, end) of this order, walked: for an order whose positions cost more than an array read (engine/mergedOrders.ts). */
  walk?(bits: ContactSet['bits'], startIndex: number, end: number, descending: boolean): number[];
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

/** One part of a sort key, most significant first: a number per contact, or a text compared by code point. */
export type SortKeyPart = { numbers: ArrayLike<number> } | { text: (i: number) => string; name: string };

/**
 * Each `sortBy`'s key, as the real server's ORDER BY reads it (the index breaks ties): the one definition
 * the orders are sorted by, and that a merge scenario's overlay compares its contacts to its base's with.
 */
export function sortKeyParts(c: ContactColumns, displayNames: readonly string[]): Record<SortBy, SortKeyPart[]> {
  // the real server sorts names with a case-insensitive collation: lower-cased keys, by code point
  const lower = (name: string, values: ArrayLike<string | null>): SortKeyPart => ({ name, text: (i) => (values[i] ?? '').toLowerCase() });
  const firstName = lower('firstName', c.firstName);
  const lastName = lower('lastName', c.lastName);
  return {
    [ContactSortBy.DisplayName]: [lower('displayName', displayNames)],
    [ContactSortBy.ContactType]: [{ numbers: c.stageId }], // the real server sorts "ContactType" by the stage (status_id)
    [ContactSortBy.Created]: [{ numbers: c.created }],
    [ContactSortBy.FirstName]: [firstName, lastName],
    [ContactSortBy.LastName]: [lastName, firstName],
    [ContactSortBy.History]: [{ numbers: c.lastActivity }, { numbers: c.created }],
    [ContactSortBy.Id]: [],
  };
}

/**
 * `displayNames[i]`: contact i's display name (computed once for these orders and the name search).
 * `built` receives each order once sorted (what the engine holds, for measuring its memory).
 */
export function buildContactOrders(c: ContactColumns, displayNames: readonly string[], built = new Map<SortBy, ContactOrder>()): ContactOrders {
  const n = c.size;
  // texts are sorted by their ranks among the distinct texts, each text part ranked once for every order
  const ranked = new Map<string, Key>();
  const keyOf = (part: SortKeyPart): Key => {
    if ('numbers' in part) return part.numbers as Key;
    let key = ranked.get(part.name);
    if (!key) ranked.set(part.name, (key = rankStrings(Array.from({ length: n }, (_, i) => part.text(i)))));
    return key;
  };
  const parts = sortKeyParts(c, displayNames);
  const keys = (sortBy: SortBy): Key[] => parts[sortBy].map(keyOf);
  // each order is sorted on its first use (a million-contact sort is 0.3-0.8 s of start-up otherwise);
  // not enumerable, so that walking the engine (memoryOf) does not sort them all
  const orders = {} as ContactOrders;
  for (const sortBy of Object.keys(parts) as SortBy[]) {
    const get = (): ContactOrder => {
      let order = built.get(sortBy);
      if (!order) built.set(sortBy, (order = orderBy(n, keys(sortBy))));
      return order;
    };
    Object.defineProperty(orders, sortBy, { enumerable: false, get });
  }
  return orders;
}
