// `filterValue` on filter: every search word must start a word of the display name (lower-cased,
// split on white space). Words are kept sorted by code point, so a prefix is a range of them.
import { TypedFastBitSet } from 'typedfastbitset';
import type { ContactColumns } from './contactColumns.js';
import { compareCodePoints } from './codePointOrder.js';
import { intersectAll, union, type ContactSet } from './contactSet.js';
import { keptSets, keptSetsBudget } from './keptSets.js';
import { groupByContact } from './groupByContact.js';
import { lowerBound } from './lowerBound.js';
import { TEXTS_PER_STEP, type Steps } from './slices.js';
import { sortInSteps } from './sortInSteps.js';

/** Distinct lower-cased words of a text split on white space: the display name's, and the search's. */
export function nameWords(text: string): string[] {
  return [...new Set(text.toLowerCase().split(/\s+/).filter((w) => w.length > 0))];
}

export interface NameSearch {
  /**
   * The contacts whose display name has, for every word, a word starting with it; with
   * `withCompanyMembers`, also the contacts that name one of the matching companies as theirs.
   */
  matching(words: string[], withCompanyMembers: boolean): ContactSet;
  /** What it holds, for measuring its memory (scenarios/memoryOf.ts). */
  readonly held: object;
}

// a name is lower-cased, split and deduplicated: a step of them is a few milliseconds at a quarter of the texts
const NAMES_PER_STEP = TEXTS_PER_STEP / 4;
/** Postings copied between two pauses (a common word's list is long: counted by postings, not words). */
const POSTINGS_PER_STEP = 131_072;

/**
 * `displayNames[i]`: contact i's display name (computed once for the orders and this search). Built in steps
 * (slices.ts), so that its first use need not hold others up.
 */
export function* nameSearchSteps(c: ContactColumns, displayNames: readonly string[], cacheBytes = keptSetsBudget(c.size)): Steps<NameSearch> {
  const postings = new Map<string, number[]>();
  for (let i = 0; i < c.size; i++) {
    for (const word of nameWords(displayNames[i])) {
      const list = postings.get(word);
      if (list) list.push(i);
      else postings.set(word, [i]);
    }
    if ((i + 1) % NAMES_PER_STEP === 0) yield;
  }
  const words = yield* sortInSteps([...postings.keys()], compareCodePoints);
  const lists: Int32Array[] = [];
  let copied = 0;
  for (const word of words) {
    const list = postings.get(word)!;
    lists.push(Int32Array.from(list));
    copied += list.length;
    if (copied >= POSTINGS_PER_STEP) {
      copied = 0;
      yield;
    }
  }
  postings.clear();
  yield;

  // members of each company, in CSR form: contacts grouped by the company they name
  const { order: members, start: memberStart } = groupByContact(c.companyIndex, c.size);

  // one bitmap per searched prefix, and per whole search: people type the same few prefixes ("a", "jo",
  // "smi") over and over, and a short one matches so many that joining company members costs milliseconds.
  // A search matching nothing is not kept: a binary search repeats it, and searches for names the data
  // lacks (each merge scenario's own, which its overlay asks of the start-up engine) would fill the cache
  // for good (the 10-minute soak: 0.9 KB of live heap per merge scenario)
  const byPrefix = keptSets(cacheBytes / 2);
  const bySearch = keptSets(cacheBytes / 2);
  const startingWith = (prefix: string): ContactSet => {
    const cached = byPrefix.get(prefix);
    if (cached) return cached;
    const lo = lowerBound(words.length, (w) => compareCodePoints(words[w], prefix) < 0);
    const bits = new TypedFastBitSet();
    for (let w = lo; w < words.length && words[w].startsWith(prefix); w++) for (const i of lists[w]) bits.add(i);
    const set = { bits, size: bits.size() };
    if (set.size > 0) byPrefix.set(prefix, set);
    return set;
  };

  const withMembers = (matches: ContactSet): ContactSet => {
    const extra = new TypedFastBitSet();
    matches.bits.forEach((i) => {
      if (!c.isCompany[i]) return;
      for (let k = memberStart[i]; k < memberStart[i + 1]; k++) extra.add(members[k]);
    });
    return union(matches, { bits: extra, size: 0 });
  };

  return {
    held: { words, lists, members, memberStart },
    matching(searchWords, withCompanyMembers) {
      const key = `${withCompanyMembers ? '+' : '-'}${searchWords.join('\u0000')}`;
      let set = bySearch.get(key);
      if (!set) {
        const matches = intersectAll(searchWords.map(startingWith))!; // words are never empty here
        set = withCompanyMembers ? withMembers(matches) : matches;
        if (set.size > 0) bySearch.set(key, set);
      }
      return set;
    },
  };
}
