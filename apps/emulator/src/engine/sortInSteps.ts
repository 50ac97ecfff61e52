// A sort that pauses: runs of a few thousand values sorted (Array.prototype.sort), then merged pairwise,
// a step at a time. Written here because no sorting library sorts in resumable slices, and a million
// distinct keys sorted at once would stall every other request for most of a second.
import type { Steps } from './slices.js';

// a step is a few milliseconds even for texts in culture order (a comparison of two URLs takes about 0.3 µs)
const RUN = 1024;
/** Values merged between two pauses. */
const MERGED_PER_STEP = 16_384;

/** `values` sorted by `compare`, stable (equal values keep their order); a new array. */
export function* sortInSteps<T>(values: readonly T[], compare: (a: T, b: T) => number): Steps<T[]> {
  const n = values.length;
  let from: T[] = [];
  for (let start = 0; start < n; start += RUN) {
    for (const value of values.slice(start, start + RUN).sort(compare)) from.push(value);
    yield;
  }
  let to: T[] = new Array<T>(n);
  let merged = 0;
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(left + width, n);
      const end = Math.min(left + 2 * width, n);
      let i = left;
      let j = mid;
      for (let k = left; k < end; k++) {
        // the left run first on ties: that keeps the sort stable
        to[k] = j >= end || (i < mid && compare(from[j], from[i]) >= 0) ? from[i++] : from[j++];
        if (++merged === MERGED_PER_STEP) {
          merged = 0;
          yield;
        }
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
