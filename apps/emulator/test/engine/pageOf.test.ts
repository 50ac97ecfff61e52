// One page of a result in a prebuilt order, on its own: both ways of finding it (walking the order for a
// dense result, ranking and sorting a sparse one) give the page of the order filtered by the result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ContactOrder } from '../../src/engine/contactOrders.js';
import { setOf } from '../../src/engine/contactSet.js';
import { pageOf } from '../../src/engine/pageOf.js';

const orderOf = (permutation: number[]): ContactOrder => {
  const rank = new Int32Array(permutation.length);
  permutation.forEach((i, p) => { rank[i] = p; });
  return { permutation: Int32Array.from(permutation), rank };
};
const ORDER = orderOf([3, 1, 4, 0, 5, 9, 2, 6, 8, 7]);
const SIZE = 10;

describe('pageOf', () => {
  it.each([
    // members (null: every contact), startIndex, count, descending, page
    [null, 2, 3, false, [4, 0, 5]],
    [null, 2, 3, true, [6, 2, 9]],
    [null, 8, 5, false, [8, 7]],
    [null, 10, 5, false, []],
    // few members: ranked and sorted
    [[1, 2, 3], 0, 10, false, [3, 1, 2]],
    [[1, 2, 3], 1, 5, false, [1, 2]],
    [[1, 2, 3], 0, 2, true, [2, 1]],
    [[1, 2, 3], 3, 1, false, []],
    // nearly every contact, an early page: the order walked
    [[0, 1, 2, 3, 4, 5, 6, 7, 8], 0, 1, false, [3]],
    [[0, 1, 2, 3, 4, 5, 6, 7, 8], 0, 2, true, [7, 8]],
    [[], 0, 5, false, []],
  ] as const)('members %j from %i, %i of them, descending %s: %j', (members, startIndex, count, descending, page) => {
    expect(pageOf(members && setOf(members), SIZE, ORDER, { startIndex, count, descending })).toEqual(page);
  });

  it('either way, the page is the order filtered by the result, sliced', () => {
    fc.assert(fc.property(
      fc.shuffledSubarray(Array.from({ length: 60 }, (_, i) => i), { minLength: 60 }),
      fc.uniqueArray(fc.integer({ min: 0, max: 59 })), fc.nat(70), fc.integer({ min: 1, max: 70 }), fc.boolean(),
      (permutation, members, startIndex, count, descending) => {
        const order = orderOf(permutation);
        const kept = new Set(members);
        const all = permutation.filter((i) => kept.has(i));
        const expected = (descending ? all.reverse() : all).slice(startIndex, startIndex + count);
        expect(pageOf(setOf(members), 60, order, { startIndex, count, descending })).toEqual(expected);
      },
    ), { numRuns: 300 });
  });
});
