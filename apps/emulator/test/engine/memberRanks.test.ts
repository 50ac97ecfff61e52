// The pieces the member orders are built from: a sort that pauses, and each key's rank in the framework's
// comparison (texts the culture order finds equal share a rank, so their ties keep the controller's order).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMemberKeys } from '../../src/engine/frameworkList.js';
import { memberRankSteps } from '../../src/engine/memberRanks.js';
import { runAtOnce } from '../../src/engine/slices.js';
import { sortInSteps } from '../../src/engine/sortInSteps.js';

describe('sortInSteps', () => {
  it('sorts as Array.prototype.sort does, stably, across its runs and merges', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 12_000, size: 'max' }), (keys) => {
      const tagged = keys.map((key, at) => ({ key, at }));
      const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
      expect(runAtOnce(sortInSteps(tagged, byKey))).toEqual([...tagged].sort(byKey));
    }), { numRuns: 40, endOnFailure: true }); // shrinking arrays this long takes minutes
  });
});

describe('memberRankSteps', () => {
  it('ranks texts in culture order; texts it finds equal (a precomposed and a combining accent) share a rank', () => {
    const texts = fc.string({ unit: fc.constantFrom('a', 'A', 'b', 'á', 'a\u0301', ' ', '-', '1', 'é', 'e\u0301', 'Z'), maxLength: 4 });
    fc.assert(fc.property(fc.array(texts, { minLength: 1, maxLength: 60 }), (keys) => {
      const { rank, distinct } = runAtOnce(memberRankSteps(keys.length, (i) => keys[i]));
      expect(Math.max(...rank) + 1).toBe(distinct);
      for (let i = 0; i < keys.length; i++) {
        for (let j = 0; j < keys.length; j++) expect(Math.sign(rank[i] - rank[j])).toBe(Math.sign(compareMemberKeys(keys[i], keys[j])));
      }
    }));
    const { rank } = runAtOnce(memberRankSteps(2, (i) => ['\u00e1', 'a\u0301'][i]));
    expect(rank[0]).toBe(rank[1]);
  });

  it('ranks numbers by value', () => {
    fc.assert(fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 80 }), (keys) => {
      const { rank } = runAtOnce(memberRankSteps(keys.length, (i) => keys[i]));
      for (let i = 0; i < keys.length; i++) for (let j = 0; j < keys.length; j++) expect(Math.sign(rank[i] - rank[j])).toBe(Math.sign(keys[i] - keys[j]) || 0);
    }));
  });
});
