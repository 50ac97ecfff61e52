// A member's sort key per contact as a dense rank (equal keys, equal ranks) in the framework's comparison:
// orders are then built by counting, and the costly comparisons run once per distinct key, not per request.
import { compareMemberKeys } from './frameworkList.js';
import { TEXTS_PER_STEP, type Steps } from './slices.js';
import { sortInSteps } from './sortInSteps.js';

export interface MemberRanks {
  /** rank[i]: contact i's key among the distinct keys, 0 the first. */
  rank: Int32Array;
  /** How many distinct keys (ranks run from 0 to distinct - 1). */
  distinct: number;
}

export function memberRankSteps(size: number, key: (i: number) => number | string): Steps<MemberRanks> {
  return denseRankSteps(size, key, compareMemberKeys);
}

/** Each contact's key as a dense rank by `compare` (the sortBy orders rank their texts by code point with it). */
export function* denseRankSteps<K>(size: number, key: (i: number) => K, compare: (a: K, b: K) => number): Steps<MemberRanks> {
  const keys = new Array<K>(size);
  const seen = new Set<K>();
  for (let i = 0; i < size; i++) {
    seen.add((keys[i] = key(i)));
    if ((i + 1) % TEXTS_PER_STEP === 0) yield;
  }
  const sorted = yield* sortInSteps([...seen], compare);
  // keys the comparison finds equal (texts the culture order does not tell apart) share a rank
  const rankOf = new Map<K, number>();
  let r = -1;
  for (let k = 0; k < sorted.length; k++) {
    if (k === 0 || compare(sorted[k - 1], sorted[k]) !== 0) r++;
    rankOf.set(sorted[k], r);
    if ((k + 1) % TEXTS_PER_STEP === 0) yield;
  }
  const rank = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    rank[i] = rankOf.get(keys[i])!;
    if ((i + 1) % TEXTS_PER_STEP === 0) yield;
  }
  return { rank, distinct: r + 1 };
}
