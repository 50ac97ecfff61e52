// The key table finds what a Map would, through collisions, deletions that shift keys back, the end of the
// table wrapping to its start, and growth up to its most.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyPositions } from '../../src/render/keyPositions.js';

describe('key positions', () => {
  it('agrees with a Map on any sequence of sets and deletes', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 1500 }).map((k) => k * 2 ** 32 + 1));
    const step = fc.record({ remove: fc.boolean(), key, position: fc.integer({ min: 0, max: 2 ** 31 - 1 }) });
    fc.assert(fc.property(fc.integer({ min: 1, max: 2000 }), fc.array(step, { minLength: 200, maxLength: 2000 }), (most, steps) => {
      const table = new KeyPositions(most);
      const model = new Map<number, number>();
      for (const { remove, key: k, position } of steps) {
        if (remove) {
          table.delete(k);
          model.delete(k);
        } else if (model.has(k) || model.size < most) {
          table.set(k, position);
          model.set(k, position);
        }
        expect(table.size).toBe(model.size);
      }
      for (let k = 0; k <= 1500; k++) for (const candidate of [k, k * 2 ** 32 + 1]) expect(table.get(candidate)).toBe(model.get(candidate));
      expect(table.bytes).toBeLessThanOrEqual(KeyPositions.bytesFor(most));
    }), { numRuns: 100, seed: 4 });
  });
});
