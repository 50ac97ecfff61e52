// What a fragment cache of a given budget really takes while contacts churn through it: lru-cache holding a
// Buffer per contact (main until this branch, each counted as its bytes + 512) against the ring of written
// contacts (apps/emulator/src/render/writtenContacts.ts). Run from tools/bench:
//   node --expose-gc --import tsx results/caches/entryCost.ts lru|ring [budget MB]
import { createRequire } from 'node:module';
import type { LRUCache as Lru } from 'lru-cache';
import { WrittenContacts } from '../../../../apps/emulator/src/render/writtenContacts.js';

// lru-cache is the emulator's dependency, not the bench's
const { LRUCache } = createRequire(new URL('../../../../apps/emulator/package.json', import.meta.url))('lru-cache') as { LRUCache: typeof Lru };
const kind = process.argv[2] === 'ring' ? 'ring' : 'lru';
const budget = Number(process.argv[3] ?? 64) * 1024 * 1024;
const mb = (bytes: number) => (bytes / 1048576).toFixed(0);
const usage = () => {
  const m = process.memoryUsage();
  return `RSS ${mb(m.rss)} MB, heap used ${mb(m.heapUsed)} of ${mb(m.heapTotal)} MB, array buffers ${mb(m.arrayBuffers)} MB`;
};

console.log(`${kind}, budget ${mb(budget)} MB; at start: ${usage()}`);
const lru = new LRUCache<number, Buffer>({ maxSize: budget, sizeCalculation: (b) => b.length + 512 });
const ring = new WrittenContacts(budget);
// contacts of 1,200-3,000 bytes, as the emulator writes them, each kept once: six times 100,000
const source = Buffer.alloc(3000, 'x');
let n = 0;
for (let round = 1; round <= 6; round++) {
  for (let k = 0; k < 100_000; k++, n++) {
    const length = 1200 + ((n * 7919) % 1800);
    if (kind === 'lru') {
      const copy = Buffer.allocUnsafeSlow(length);
      source.copy(copy, 0, 0, length);
      lru.set(n, copy);
    } else ring.keep(n, source.subarray(0, length));
  }
  const counted = kind === 'lru' ? lru.calculatedSize : ring.heldBytes();
  console.log(`after ${round * 100_000} kept: counted ${mb(counted)} MB; ${usage()}`);
}
(globalThis as { gc?: () => void }).gc?.();
console.log(`after a full collection: ${usage()} (${kind === 'lru' ? lru.size : ring.size} contacts kept)`);
