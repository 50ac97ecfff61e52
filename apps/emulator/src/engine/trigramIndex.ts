// Which texts contain a given three-character sequence: every text that contains a literal of three
// or more characters contains all of its trigrams, so intersecting their lists leaves few candidates
// to check, instead of scanning every text.

import { gramPostings } from './gramPostings.js';
import { GramTally } from './gramTally.js';
import { bitWords, forEachRow, type RowBits } from './rowBits.js';
import { TEXTS_PER_STEP, type Steps } from './slices.js';

const key = (text: string, at: number): number => text.charCodeAt(at) * 4294967296 + text.charCodeAt(at + 1) * 65536 + text.charCodeAt(at + 2);

export interface TrigramIndex {
  /** Text numbers, ascending, that contain every trigram of every literal (each at least 3 long). */
  candidates(literals: string[]): Int32Array;
  /** How many texts the literal's rarest trigram is in: at most that many candidates. */
  fewest(literal: string): number;
  /** What it holds, for measuring its memory (scenarios/memoryOf.ts). */
  readonly held: object;
}

const ASCII = 128;

/** The index, built pausing every TEXTS_PER_STEP texts of each pass. */
export function* trigramIndexSteps(texts: readonly string[]): Steps<TrigramIndex> {
  // two passes (count, then fill: gramPostings.ts) so that the lists are one typed array, not a million small
  // ones; each trigram once per text. A common trigram is a bitmap of texts instead of a list (at a million
  // contacts '.ex' or 'com' would be megabytes of list each).
  // ASCII trigrams (nearly all of the generated data) are numbered through a flat table while building:
  // a Map lookup per character of every text was most of a type's build time
  const asciiIds = new Int32Array(ASCII * ASCII * ASCII).fill(-1);
  const ids = new Map<number, number>();
  let distinct = 0;
  const tally = new GramTally();
  const idAt = (text: string, at: number, create: boolean): number => {
    const a = text.charCodeAt(at);
    const b = text.charCodeAt(at + 1);
    const c = text.charCodeAt(at + 2);
    let id: number | undefined;
    if (a < ASCII && b < ASCII && c < ASCII) {
      const slot = (a * ASCII + b) * ASCII + c;
      id = asciiIds[slot];
      if (id < 0 && create) {
        asciiIds[slot] = id = distinct++;
        ids.set(key(text, at), id);
      }
    } else {
      id = ids.get(key(text, at)) ?? -1;
      if (id < 0 && create) ids.set(key(text, at), (id = distinct++));
    }
    return id;
  };
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t];
    for (let at = 0; at + 3 <= text.length; at++) {
      const id = idAt(text, at, true);
      if (tally.firstInText(id, t)) tally.counts[id]++;
    }
    if (t % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
  }
  const { counts } = tally;
  const words = bitWords(texts.length);
  const { bitmaps, start, lists, add } = gramPostings(counts, distinct, texts.length);
  tally.restart();
  for (let t = 0; t < texts.length; t++) {
    const text = texts[t];
    for (let at = 0; at + 3 <= text.length; at++) {
      const id = idAt(text, at, false);
      if (tally.firstInText(id, t)) add(id, t);
    }
    if (t % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
  }
  const idOf = (k: number): number => ids.get(k) ?? -1;
  const countOf = (id: number): number => (id < 0 ? 0 : counts[id]);

  return {
    held: { ids, counts, start, lists, bitmaps },
    fewest(literal) {
      let fewest = Infinity;
      for (let at = 0; at + 3 <= literal.length; at++) fewest = Math.min(fewest, countOf(idOf(key(literal, at))));
      return fewest;
    },
    candidates(literals) {
      const wanted = new Set<number>();
      for (const literal of literals) for (let at = 0; at + 3 <= literal.length; at++) wanted.add(idOf(key(literal, at)));
      if (wanted.has(-1)) return new Int32Array(0); // a trigram no text has
      const byCount = [...wanted].sort((a, b) => counts[a] - counts[b]);
      const listed = byCount.filter((id) => !bitmaps[id]).map((id) => lists.subarray(start[id], start[id + 1]));
      const dense = byCount.flatMap((id) => bitmaps[id] ?? []);
      let result: Int32Array;
      if (listed.length > 0) {
        result = listed[0];
        for (let k = 1; k < listed.length && result.length > 0; k++) result = intersectSorted(result, listed[k]);
      } else {
        // every trigram is common: AND their bitmaps (the rarest first), then list the texts left
        const bits = dense.shift()!.slice();
        const all: number[] = [];
        for (let w = 0; w < words; w++) {
          for (const other of dense) bits[w] &= other[w];
        }
        forEachRow(bits, (t) => all.push(t));
        return Int32Array.from(all);
      }
      if (dense.length === 0) return result;
      const kept = result.filter((t) => dense.every((bitmap) => (bitmap[t >>> 5] & (1 << (t & 31))) !== 0));
      return kept;
    },
  };
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
    // lowerBound inlined: a callback per probe slows this loop, the hottest of a contact-info search
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
