/**
 * The first k in [start, end) for which `less(k)` is false, or `end`: a binary search over anything
 * sorted so that `less` holds for a prefix (ids, ranks, words). The trigram index's galloping intersect
 * keeps its own inlined loop: a callback per probe costs too much there.
 */
export function lowerBound(end: number, less: (k: number) => boolean, start = 0): number {
  let lo = start;
  let hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (less(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
