// Which texts contain a given one- or two-character sequence: what the trigram index cannot serve.
// A gram in many texts is a bitmap of text numbers (one bit each), a rare one a list of them, so the
// index stays under 4 bytes per character of text and a fragment matching most rows is a word-wise AND
// instead of a scan. Written here rather than taken from a library: it is two counting passes over the
// texts into typed arrays, and the bitmaps are plain Uint32Array words the caller walks directly.
import { gramPostings } from './gramPostings.js';
import { GramTally } from './gramTally.js';
import { allRows, bitWords, type RowBits } from './rowBits.js';
import { runAtOnce, TEXTS_PER_STEP, type Steps } from './slices.js';

// ASCII grams (nearly all of the generated data) are numbered through flat tables; others through a Map
const ASCII = 128;
const gramKey = (first: number, second: number): number => (first + 1) * 65537 + (second + 1);

export interface ShortGramIndex {
  /** The texts containing every literal (each one or two characters long), as a fresh bitmap. */
  textsWith(literals: string[]): RowBits;
  /** What it holds, for measuring its memory (scenarios/memoryOf.ts). */
  readonly held: object;
}

export function buildShortGramIndex(texts: readonly string[]): ShortGramIndex {
  return runAtOnce(shortGramIndexSteps(texts));
}

/** The index, built pausing every TEXTS_PER_STEP texts of each pass. */
export function* shortGramIndexSteps(texts: readonly string[]): Steps<ShortGramIndex> {
  const words = bitWords(texts.length);
  const unigramIds = new Int32Array(ASCII).fill(-1);
  const bigramIds = new Int32Array(ASCII * ASCII).fill(-1);
  const otherIds = new Map<number, number>();
  let grams = 0;
  const tally = new GramTally();
  const idOf = (first: number, second: number, create: boolean): number => {
    let id: number | undefined;
    if (first < ASCII && second < ASCII) {
      const table = second < 0 ? unigramIds : bigramIds;
      const at = second < 0 ? first : first * ASCII + second;
      id = table[at];
      if (id < 0 && create) table[at] = id = grams++;
    } else {
      id = otherIds.get(gramKey(first, second)) ?? -1;
      if (id < 0 && create) otherIds.set(gramKey(first, second), (id = grams++));
    }
    return id;
  };
  // each gram once per text (the tally remembers the text that met it last). The ASCII pair is
  // looked up inline: this loop runs once per character of every text, twice at start-up.
  function* eachGram(visit: (id: number, t: number) => void): Steps<void> {
    for (let t = 0; t < texts.length; t++) {
      if (t % TEXTS_PER_STEP === TEXTS_PER_STEP - 1) yield;
      const text = texts[t];
      let next = text.length > 0 ? text.charCodeAt(0) : 0;
      for (let at = 0; at < text.length; at++) {
        const first = next;
        let id = first < ASCII ? unigramIds[first] : -1;
        if (id < 0) id = idOf(first, -1, true);
        if (tally.firstInText(id, t)) visit(id, t);
        if (at + 1 === text.length) break;
        next = text.charCodeAt(at + 1);
        id = first < ASCII && next < ASCII ? bigramIds[first * ASCII + next] : -1;
        if (id < 0) id = idOf(first, next, true);
        if (tally.firstInText(id, t)) visit(id, t);
      }
    }
  }
  yield* eachGram((id) => tally.counts[id]++);
  const { bitmaps, start, lists, add } = gramPostings(tally.counts, grams, texts.length);
  tally.restart();
  yield* eachGram(add);

  const textsWithGram = (first: number, second: number): RowBits => {
    const id = idOf(first, second, false);
    const out = new Uint32Array(words);
    if (id < 0) return out;
    const bitmap = bitmaps[id];
    if (bitmap) {
      out.set(bitmap);
    } else {
      for (let k = start[id]; k < start[id + 1]; k++) out[lists[k] >>> 5] |= 1 << (lists[k] & 31);
    }
    return out;
  };

  return {
    held: { bitmaps, start, lists, otherIds },
    textsWith(literals) {
      let result: RowBits | undefined;
      for (const literal of literals) {
        const bits = textsWithGram(literal.charCodeAt(0), literal.length > 1 ? literal.charCodeAt(1) : -1);
        if (!result) result = bits;
        else for (let w = 0; w < words; w++) result[w] &= bits[w];
      }
      return result ?? allRows(texts.length);
    },
  };
}
