// The estimate behind the scenarios' memory budget: typed arrays by their bytes, shared objects and
// strings counted once, Maps and Sets by their entries.
import { describe, expect, it } from 'vitest';
import { memoryOf } from '../../src/scenarios/memoryOf.js';

describe('memoryOf', () => {
  it('counts a typed array by its bytes, and a shared one once', () => {
    const column = new Float64Array(1000);
    const alone = memoryOf(column);
    expect(alone).toBeGreaterThanOrEqual(8000);
    expect(alone).toBeLessThan(8100);
    expect(memoryOf({ a: column, b: column })).toBeLessThan(alone + 100);
  });

  it('counts strings by length, repeated ones once, and reaches into arrays, Maps and Sets', () => {
    const long = 'x'.repeat(10_000);
    expect(memoryOf([long, long, long])).toBeLessThan(20_000 + 200);
    expect(memoryOf(new Map([[1, long]]))).toBeGreaterThan(20_000);
    expect(memoryOf(new Set([new Uint8Array(5000)]))).toBeGreaterThan(5000);
  });
});
