// The postings of a gram index (trigrams, unigrams, bigrams), laid out once the first pass has counted
// how many texts hold each gram: a gram in more than one text of 32 is a bitmap of texts (smaller then),
// any other a run of one shared typed array of text numbers (`lists`, gram `id` at start[id]..start[id+1]).
import { bitWords, type RowBits } from './rowBits.js';

export interface GramPostings {
  readonly bitmaps: (RowBits | undefined)[];
  readonly start: Int32Array;
  readonly lists: Int32Array;
  /** The second pass: text t holds gram `id` (each pair once, texts in ascending order). */
  add(id: number, t: number): void;
}

export function gramPostings(counts: Int32Array, grams: number, textCount: number): GramPostings {
  const words = bitWords(textCount);
  const bitmaps: (RowBits | undefined)[] = new Array(grams);
  const start = new Int32Array(grams + 1);
  for (let id = 0; id < grams; id++) {
    const dense = counts[id] * 32 > textCount;
    if (dense) bitmaps[id] = new Uint32Array(words);
    start[id + 1] = start[id] + (dense ? 0 : counts[id]);
  }
  const lists = new Int32Array(start[grams]);
  const fill = start.slice(0, grams);
  return {
    bitmaps,
    start,
    lists,
    add(id, t) {
      const bitmap = bitmaps[id];
      if (bitmap) bitmap[t >>> 5] |= 1 << (t & 31);
      else lists[fill[id]++] = t;
    },
  };
}
