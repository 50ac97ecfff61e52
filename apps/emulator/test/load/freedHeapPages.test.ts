// The heap pages a large build frees go back to the system: without the watch V8 keeps them pooled, and
// the heap's size (what RSS follows) stays at its highest point.
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { releaseFreedHeapPages, type FreedPagesWatch } from '../../src/load/freedHeapPages.js';

const MB = 1024 * 1024;
// a regular full collection, as V8 runs one when the heap grows (the watch has exposed gc())
const collectGarbage = (): void => (runInNewContext('gc') as () => void)();
let watch: FreedPagesWatch | undefined;
afterEach(() => watch?.stop());

/** A build's transient garbage: many small strings, as the member sorts' keys are. */
function transientPeak(bytes: number): number {
  let kept: string[] = [];
  for (let i = 0; i * 64 < bytes; i++) kept.push(`/Products/CRM/HttpHandlers/filehandler.ashx?cid=${i}`);
  const count = kept.length;
  kept = [];
  return count;
}

describe('freed heap pages', () => {
  it('are released after a transient peak larger than the threshold', async () => {
    watch = releaseFreedHeapPages(16 * MB);
    expect(transientPeak(192 * MB)).toBeGreaterThan(0);
    // the next collection frees the peak's pages into V8's pool, where they stay resident
    collectGarbage();
    const pooled = process.memoryUsage.rss();
    // the observer saw that collection shrink the heap, and asks for one memory-reducing collection a
    // moment later; V8's own memory reducer would take 8 s or more, if it runs at all
    await vi.waitFor(() => expect(watch!.releases).toBeGreaterThan(0), { timeout: 5_000, interval: 50 });
    await vi.waitFor(() => expect(process.memoryUsage.rss()).toBeLessThan(pooled - 96 * MB), { timeout: 5_000, interval: 50 });
  });

  it('are left alone below the threshold', async () => {
    watch = releaseFreedHeapPages(4096 * MB);
    transientPeak(64 * MB);
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(watch.releases).toBe(0);
  });
});
