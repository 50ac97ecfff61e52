// The doorkeeper keeps a fragment the second time it is written within a window, and forgets old sightings.
import { describe, expect, it } from 'vitest';
import { Doorkeeper } from '../../src/render/admission.js';

describe('doorkeeper', () => {
  it('turns a key away the first time and admits it the second', () => {
    const doorkeeper = new Doorkeeper();
    expect(doorkeeper.admit(42)).toBe(false);
    expect(doorkeeper.admit(43)).toBe(false);
    expect(doorkeeper.admit(42)).toBe(true);
    expect(doorkeeper.admit(43)).toBe(true);
  });

  it('starts a new window once half its slots are marked', () => {
    const doorkeeper = new Doorkeeper();
    expect(doorkeeper.admit(0)).toBe(false);
    // distinct keys until the window turns over: the first sighting is forgotten
    for (let key = 1; key < 1 << 19; key++) doorkeeper.admit(key);
    expect(doorkeeper.admit(0)).toBe(false);
    expect(doorkeeper.admit(0)).toBe(true);
  });
});
