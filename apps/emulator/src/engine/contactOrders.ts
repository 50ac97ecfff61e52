// One order per `sortBy` key, computed once, on its first use (in steps: OrderBuilds): a permutation of the
// contact indexes, and each contact's rank in it. Every order ends with the id, so ascending and descending are
// exact reverses (the real server's ORDER BY ... applies the direction to every column).
import { ContactSortBy } from '@crm-contacts/types';
import type { SortBy } from './query.js';
import type { ContactColumns } from './contactColumns.js';
import { compareCodePoints } from './codePointOrder.js';
import type { ContactSet } from './contactSet.js';
import { lazyBuilds } from './lazyBuilds.js';
import { denseRankSteps } from './memberRanks.js';
import type { Steps } from './slices.js';
import { sortInSteps } from './sortInSteps.js';

/** Positions handled between two pauses when filling an order's ranks (a millisecond or so). */
const ROWS_PER_STEP = 131_072;

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

/** An order by `keys` (the index breaks ties), sorted in steps (sortInSteps.ts): no step holds the event loop long. */
function* orderSteps(size: number, keys: Key[]): Steps<ContactOrder> {
  let permutation: Int32Array;
  if (keys.length === 0) {
    // indexes follow id order, so id order needs no sort (and the index is every other order's last tie-break)
    permutation = new Int32Array(size);
    for (let p = 0; p < size; p++) {
      permutation[p] = p;
      if ((p + 1) % ROWS_PER_STEP === 0) yield;
    }
  } else {
    // a million indexes at once are a step of their own (tens of milliseconds): filled in steps too
    const indexes: number[] = [];
    for (let i = 0; i < size; i++) {
      indexes.push(i);
      if ((i + 1) % ROWS_PER_STEP === 0) yield;
    }
    permutation = Int32Array.from(yield* sortInSteps(indexes, (a, b) => {
      for (const key of keys) {
        const d = key[a] - key[b];
        if (d !== 0) return d;
      }
      return a - b;
    }));
  }
  yield;
  const rank = new Int32Array(size);
  for (let p = 0; p < size; p++) {
    rank[permutation[p]] = p;
    if ((p + 1) % ROWS_PER_STEP === 0) yield;
  }
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

/** The orders, each built on its first use: at once when read, or in steps when prepared first. */
export interface OrderBuilds {
  /** Each order, sorted at once on its first read unless a prepare finished it before. */
  orders: ContactOrders;
  /** Resolves once `sortBy`'s order is built, a step per turn of the event loop (undefined: it already is). */
  prepare(sortBy: SortBy): Promise<void> | undefined;
  /** The same build as a step of another (the date ranges need the creation order). */
  need(sortBy: SortBy): Steps<ContactOrder>;
  /** What is built so far, for measuring memory: the orders and the ranked texts of their keys. */
  readonly held: object;
}

/** `displayNames[i]`: contact i's display name (computed once for these orders and the name search). */
export function buildContactOrders(c: ContactColumns, displayNames: readonly string[]): OrderBuilds {
  const n = c.size;
  // texts are sorted by their ranks among the distinct texts, each text part ranked once for every order
  const ranked = lazyBuilds<Int32Array>();
  const built = lazyBuilds<ContactOrder>();
  const parts = sortKeyParts(c, displayNames);
  // each text's rank among the distinct texts, by code point
  const textRanks = (text: (i: number) => string) => function* (): Steps<Int32Array> {
    return (yield* denseRankSteps(n, text, compareCodePoints)).rank;
  };
  function* steps(sortBy: SortBy): Steps<ContactOrder> {
    const keys: Key[] = [];
    for (const part of parts[sortBy]) keys.push('numbers' in part ? (part.numbers as Key) : yield* ranked.need(part.name, textRanks(part.text)));
    return yield* orderSteps(n, keys);
  }
  // each order is sorted on its first use (a million-contact sort is 0.3-0.8 s); not enumerable, so that
  // walking the engine (memoryOf) does not sort them all
  const orders = {} as ContactOrders;
  for (const sortBy of Object.keys(parts) as SortBy[]) {
    Object.defineProperty(orders, sortBy, { enumerable: false, get: () => built.get(sortBy, () => steps(sortBy)) });
  }
  return {
    orders,
    held: { orders: built.built, ranked: ranked.built },
    prepare: (sortBy) => built.prepare(sortBy, () => steps(sortBy)),
    need: (sortBy) => built.need(sortBy, () => steps(sortBy)),
  };
}
