// Which texts contain a given three-character sequence: every text that contains a literal of three
// or more characters contains all of its trigrams, so intersecting their lists leaves few candidates
// to check, instead of scanning every text.

import type { Steps } from './slices.js';

const key = (text: string, at: number): number => text.charCodeAt(at) * 4294967296 + text.charCodeAt(at + 1) * 65536 + text.charCodeAt(at + 2);

export interface TrigramIndex {
  /** Text numbers, ascending, that contain every trigram of every literal (each at least 3 long). */
  candidates(literals: string[]): Int32Array;
  /** What it holds, for measuring its memory (scenarios/memoryOf.ts). */
  readonly held: object;
}

// texts per slice when built in slices (a few milliseconds of work)
const TEXTS_PER_STEP = 20_000;

/** The index, built pausing every TEXTS_PER_STEP texts of each pass. */
export function* trigramIndexSteps(texts: readonly string[]): Steps<TrigramIndex> {
  // two passes (count, then fill) so that the lists are one typed array, not a million small ones; a
  // trigram twice in one text is listed twice (rare, and harmless: candidates are checked anyway)
  const ids = new Map<number, number>();
  let counts: Int32Array = new Int32Array(1024);
  for (let t = 0; t < texts.length; t++) {
    if (t > 0 && t % TEXTS_PER_STEP === 0) yield;
    const text = texts[t];
    for (let at = 0; at + 3 <= text.length; at++) {
      const k = key(text, at);
      let id = ids.get(k);
      if (id === undefined) {
        ids.set(k, (id = ids.size));
        if (id === counts.length) counts = growTo(counts, id * 2);
      }
      counts[id]++;
    }
  }
  const start = new Int32Array(ids.size + 1);
  for (let id = 0; id < ids.size; id++) start[id + 1] = start[id] + counts[id];
  const lists = new Int32Array(start[ids.size]);
  const fill = start.slice(0, ids.size);
  for (let t = 0; t < texts.length; t++) {
    if (t > 0 && t % TEXTS_PER_STEP === 0) yield;
    const text = texts[t];
    for (let at = 0; at + 3 <= text.length; at++) lists[fill[ids.get(key(text, at))!]++] = t;
  }
  const listOf = (k: number): Int32Array => {
    const id = ids.get(k);
    return id === undefined ? new Int32Array(0) : lists.subarray(start[id], start[id + 1]);
  };

  return {
    held: { ids, start, lists },
    candidates(literals) {
      const keys = new Set<number>();
      for (const literal of literals) for (let at = 0; at + 3 <= literal.length; at++) keys.add(key(literal, at));
      const sorted = [...keys].map(listOf).sort((a, b) => a.length - b.length);
      let result = sorted[0];
      for (let k = 1; k < sorted.length && result.length > 0; k++) result = intersectSorted(result, sorted[k]);
      return result;
    },
  };
}

function growTo(array: Int32Array, length: number): Int32Array {
  const grown = new Int32Array(length);
  grown.set(array);
  return grown;
}

/** The numbers in both ascending lists; `a` is the shorter, so each of its numbers is looked up by gallop. */
function intersectSorted(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const v = a[i];
    let step = 1;
    while (j + step < b.length && b[j + step] < v) step *= 2;
    let lo = j;
    let hi = Math.min(j + step, b.length - 1);
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (b[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    j = lo;
    if (b[j] === v) out[n++] = v;
  }
  return out.subarray(0, n);
}
