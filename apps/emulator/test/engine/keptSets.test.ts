// Kept sets count what they really hold: a cache filled far past its budget with bitmaps grown contact by
// contact (whose words typedfastbitset doubles as they grow) holds, measured, no more than the budget.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { TypedFastBitSet } from 'typedfastbitset';
import { describe, expect, it } from 'vitest';
import { keptSets, keptSetsBudget } from '../../src/engine/keptSets.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
// twice: V8 frees the backing stores of dead typed arrays concurrently, finished by the next collection
const gc = (): void => {
  collect();
  collect();
};

describe('kept sets', () => {
  it('hold no more than their budget, measured, however many sets are kept', () => {
    const contacts = 1_000_000;
    const budget = 8 * 1024 * 1024;
    gc();
    const before = process.memoryUsage();
    const kept = keptSets(budget);
    for (let k = 0; k < 200; k++) {
      const bits = new TypedFastBitSet();
      // a name prefix's set: its contacts added in order, up to one near the end of the data
      for (let i = k; i < contacts - 5000 + k * 20; i += 997) bits.add(i);
      kept.set(`prefix ${k}`, { bits, size: bits.size() });
    }
    let words = 0;
    for (const set of kept.values()) words += set.bits.words.byteLength;
    expect(words).toBeLessThanOrEqual(budget);
    expect(kept.calculatedSize).toBeLessThanOrEqual(budget);
    gc();
    const after = process.memoryUsage();
    // and what they cost measured, but for the cache's own object and lists (64 KB)
    expect(after.arrayBuffers - before.arrayBuffers + (after.heapUsed - before.heapUsed)).toBeLessThanOrEqual(budget + 64 * 1024);
  });

  it('by default: 256 sets of every contact at 1,000,000 contacts, never less than 16 MB', () => {
    expect(keptSetsBudget(10_000)).toBe(16 * 1024 * 1024);
    expect(keptSetsBudget(1_000_000) / (1_000_000 / 8)).toBeGreaterThan(250);
    expect(keptSetsBudget(1_000_000)).toBeLessThan(33 * 1024 * 1024);
  });
});
