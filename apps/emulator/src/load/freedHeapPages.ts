// Gives back to the system the heap pages a large build freed. V8 (13.6, Node 24) keeps the pages a
// garbage collection frees in a pool, resident, until a memory-reducing collection, which Node never asks
// for: so the emulator's RSS stays at the heap's highest point ever (at 1,000,000 contacts about 550 MB
// more than the heap after the lazy builds of the warm-up). When the heap has shrunk by more than
// `thresholdBytes` since its highest point, one memory-reducing collection runs a moment later.
// Written here: no library on npm watches V8's page pool; this is V8's GC profiler read twice a second and one call.
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Shrinks smaller than this are left pooled: the heap's ordinary swings between collections. */
export const DEFAULT_RELEASE_THRESHOLD_MB = 256;
// how often the collections since the last look are read (a release waits at most this long)
const CHECK_MS = 500;

type Collect = (options: { type: 'major'; execution: 'async'; flavor: 'last-resort' }) => Promise<void>;

let collect: Collect | undefined;
/** V8's gc() with its options, exposed once (the flag adds it to contexts created after it). */
function memoryReducingCollect(): Collect {
  if (!collect) {
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as Collect;
  }
  return collect;
}

export interface FreedPagesWatch {
  /** How many memory-reducing collections it asked for. */
  readonly releases: number;
  stop(): void;
}

interface GcStatistics { gcType: string; beforeGC: { heapStatistics: { totalHeapSize: number } }; afterGC: { heapStatistics: { totalHeapSize: number } } }

/**
 * Reads the heap's size before and after each collection (V8's GC profiler, read every `everyMs`:
 * a build that holds the event loop still has its collections counted); `thresholdBytes` as above.
 */
export function releaseFreedHeapPages(thresholdBytes = DEFAULT_RELEASE_THRESHOLD_MB * 1024 * 1024, everyMs = CHECK_MS): FreedPagesWatch {
  const gc = memoryReducingCollect();
  let profiler = new GCProfiler();
  profiler.start();
  let highest = 0;
  let releasing = false;
  let releases = 0;
  const check = (): void => {
    const statistics = (profiler.stop()?.statistics ?? []) as GcStatistics[];
    profiler = new GCProfiler();
    profiler.start();
    if (releasing || statistics.length === 0) return;
    for (const s of statistics) highest = Math.max(highest, s.beforeGC.heapStatistics.totalHeapSize);
    const last = statistics[statistics.length - 1];
    // only a full collection gives pages back to the pool; between builds the heap swings less than the threshold
    if (last.gcType !== 'MarkSweepCompact' || highest - last.afterGC.heapStatistics.totalHeapSize < thresholdBytes) return;
    releasing = true;
    releases++;
    void gc({ type: 'major', execution: 'async', flavor: 'last-resort' }).finally(() => {
      releasing = false;
      highest = 0;
    });
  };
  // once now: its code then runs before the emulator listens, not first in the middle of a request (firstLoadCode.test.ts)
  check();
  const timer = setInterval(check, everyMs).unref();
  return {
    get releases() {
      return releases;
    },
    stop() {
      clearInterval(timer);
      profiler.stop();
    },
  };
}
