// The ring of written contacts: what it gives back is what was kept last under that key, the newest kept
// contact is always there, and its bound is true: the memory it really takes (typed arrays and heap,
// measured) stays within the budget however far past it the contacts kept go.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AnswerWriter } from '../../src/render/answerWriter.js';
import { WrittenContacts } from '../../src/render/writtenContacts.js';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
// twice: V8 frees the backing stores of dead typed arrays concurrently, finished by the next collection
const gc = (): void => {
  collect();
  collect();
};

/** A contact's bytes, told apart by key and length. */
const bytesOf = (key: number, length: number): Buffer => Buffer.alloc(length, `${key};`);

function copied(store: WrittenContacts, key: number): Buffer | undefined {
  const out = new AnswerWriter(16);
  return store.copyTo(key, out) ? Buffer.from(out.result()) : undefined;
}

describe('written contacts', () => {
  it('gives back the bytes last kept under a key, keeps the newest, and stays within its budget', () => {
    const step = fc.record({ key: fc.integer({ min: 0, max: 40 }).map((k) => k * 2 ** 33 + 7), length: fc.integer({ min: 0, max: 3000 }) });
    fc.assert(fc.property(fc.integer({ min: 0, max: 64 * 1024 }), fc.array(step, { maxLength: 300 }), (budget, steps) => {
      const store = new WrittenContacts(budget);
      const last = new Map<number, Buffer>();
      for (const { key, length } of steps) {
        const bytes = bytesOf(key, length);
        if (store.keep(key, bytes)) {
          last.set(key, bytes);
          expect(copied(store, key)).toEqual(bytes);
        }
        for (const [k, kept] of last) {
          const back = copied(store, k);
          if (back) expect(back).toEqual(kept);
        }
        expect(store.heldBytes()).toBeLessThanOrEqual(budget);
      }
    }), { numRuns: 200, seed: 21 });
  });

  it('fills its budget and no more: contacts kept three times over the budget take no more memory than it', () => {
    const budget = 32 * 1024 * 1024;
    gc();
    const before = process.memoryUsage();
    const store = new WrittenContacts(budget);
    const answer = new AnswerWriter(4096);
    let kept = 0;
    for (let n = 0; kept < 3 * budget; n++) {
      // keys past 2^32, as with `fields` lists: heap numbers in the Map
      const key = 2 ** 40 + n;
      const start = answer.length;
      answer.text('x'.repeat(1000 + ((n * 7919) % 2000)));
      store.keep(key, answer.since(start));
      kept += answer.length - start;
      if (answer.length > 256 * 1024) answer.length = 0;
    }
    // no garbage on the way: the only typed arrays allocated are the ring's chunks (and the answer's buffer)
    expect(process.memoryUsage().arrayBuffers - before.arrayBuffers).toBeLessThanOrEqual(budget + 2 * 1024 * 1024);
    gc();
    const after = process.memoryUsage();
    const real = after.arrayBuffers - before.arrayBuffers + (after.heapUsed - before.heapUsed);
    expect(store.heldBytes()).toBeLessThanOrEqual(budget);
    expect(real).toBeLessThanOrEqual(store.heldBytes() + 2 * 1024 * 1024);
  });

  it('counts what its keys really cost: many small contacts (a `fields` list of one member) within the budget', () => {
    const budget = 64 * 1024 * 1024;
    gc();
    const before = process.memoryUsage();
    const store = new WrittenContacts(budget);
    const small = Buffer.from('{"id":1}');
    for (let n = 0; n < 2 ** 20; n++) store.keep(2 ** 40 + n, small);
    gc();
    const after = process.memoryUsage();
    // as many keys as the budget allows, all held in typed arrays it counts: next to nothing on the heap
    expect(store.size).toBe(budget / 1024);
    expect(after.heapUsed - before.heapUsed).toBeLessThan(512 * 1024);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThanOrEqual(store.heldBytes());
    expect(store.heldBytes()).toBeLessThanOrEqual(budget);
  });
});
