// Contact sets kept because they were costly to build (match sets, name prefixes, viewers' visibility), under
// a memory bound counted as they really are: a bitmap that grew by adding contacts one by one holds up to
// twice the words its contacts need (typedfastbitset doubles it), and each kept set carries its objects.
import { LRUCache } from 'lru-cache';
import type { ContactSet } from './contactSet.js';

/** The set's objects beside its words: the set and its bitmap, the Uint32Array and its ArrayBuffer, the cache's entry. */
const SET_OBJECT_BYTES = 320;

/** What a kept set really takes. */
export const setBytes = (set: ContactSet): number => set.bits.words.byteLength + SET_OBJECT_BYTES;

/**
 * The default bound of each cache of kept sets: room for 256 sets of one bit per contact (32 MB at
 * 1,000,000 contacts, where the indexes already hold about 1.3 GB), and never below 16 MB: thousands of
 * sets up to 100,000 contacts.
 */
export function keptSetsBudget(contacts: number): number {
  return Math.max(16 * 1024 * 1024, 256 * (Math.ceil(contacts / 8) + SET_OBJECT_BYTES));
}

export function keptSets(budgetBytes: number): LRUCache<string, ContactSet> {
  return new LRUCache<string, ContactSet>({ maxSize: budgetBytes, sizeCalculation: setBytes });
}
