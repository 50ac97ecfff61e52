// Preloaded into the emulator (BENCH_EMULATOR_NODE_ARGS="--import <abs path>/gcLog.mjs"): appends every garbage
// collection of the process (kind, start in epoch ms, duration ms) to /tmp/heap/gc-<pid>.tsv (the directory must exist)
import { appendFileSync } from 'node:fs';
import { constants, PerformanceObserver } from 'node:perf_hooks';
const file = `/tmp/heap/gc-${process.pid}.tsv`;
const kinds = { [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major', [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor', [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental', [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weakcb' };
new PerformanceObserver((list) => {
  appendFileSync(file, list.getEntries().map((e) => `${kinds[e.detail?.kind] ?? e.detail?.kind}\t${(performance.timeOrigin + e.startTime).toFixed(0)}\t${e.duration.toFixed(1)}\n`).join(''));
}).observe({ entryTypes: ['gc'] });
