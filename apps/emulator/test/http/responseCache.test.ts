import { describe, expect, it } from 'vitest';
import { ResponseCache } from '../../src/http/responseCache.js';
import { TotalCache } from '../../src/store/totalCache.js';

const answer = (size: number) => ({ statusCode: 200, contentType: 'application/json', body: Buffer.alloc(size) });

describe('ResponseCache', () => {
  it('keeps answers within its byte budget, evicting the least recently used first', () => {
    const cache = new ResponseCache(1000);
    cache.set('a', answer(200));
    cache.set('b', answer(200));
    cache.set('c', answer(200));
    expect(cache.get('a')).toBeDefined(); // a is now the most recent
    cache.set('d', answer(200));
    cache.set('e', answer(200)); // over 1000 bytes: b, the least recent, goes
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('e')).toBeDefined();
  });

  it('does not let one huge answer flush everything else', () => {
    const cache = new ResponseCache(1000);
    cache.set('small', answer(100));
    cache.set('huge', answer(600));
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('small')).toBeDefined();
  });
});

describe('TotalCache', () => {
  it('computes each total once and forgets the least recently used beyond its capacity', async () => {
    const cache = new TotalCache(2);
    let computed = 0;
    const count = (n: number) => async () => (computed++, n);
    expect(await cache.get('x', count(1))).toBe(1);
    expect(await cache.get('x', count(99))).toBe(1);
    expect(computed).toBe(1);
    await cache.get('y', count(2));
    await cache.get('x', count(99)); // x is now the most recent
    await cache.get('z', count(3)); // y goes
    expect(cache.size).toBe(2);
    expect(await cache.get('y', count(22))).toBe(22);
    expect(computed).toBe(4);
  });
});
