// The one binary search of the engine on its own.
import { describe, expect, it } from 'vitest';
import { lowerBound } from '../../src/engine/lowerBound.js';

const SORTED = [1, 3, 3, 5, 8];

describe('lowerBound', () => {
  it.each([
    // value, start, the first position from start holding it or more
    [0, 0, 0],
    [3, 0, 1],
    [4, 0, 3],
    [8, 0, 4],
    [9, 0, 5],
    [3, 2, 2],
    [1, 3, 3],
  ])('%i from %i: %i', (value, start, at) => {
    expect(lowerBound(SORTED.length, (k) => SORTED[k] < value, start)).toBe(at);
  });

  it('an empty range is its start', () => {
    expect(lowerBound(0, () => true)).toBe(0);
    expect(lowerBound(4, () => true, 4)).toBe(4);
  });
});
