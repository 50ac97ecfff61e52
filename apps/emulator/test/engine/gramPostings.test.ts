// The postings layout of a gram index on its own: a gram in more than one text of 32 is a bitmap of
// texts, any other a run of the shared list, in the order its texts were added.
import { describe, expect, it } from 'vitest';
import { gramPostings } from '../../src/engine/gramPostings.js';
import { forEachRow } from '../../src/engine/rowBits.js';

const rowsOf = (bits: Uint32Array): number[] => {
  const rows: number[] = [];
  forEachRow(bits, (k) => rows.push(k));
  return rows;
};

describe('gramPostings', () => {
  it.each([
    // texts, how many texts hold the gram, dense (a bitmap)
    [64, 2, false],
    [64, 3, true],
    [32, 1, false],
    [32, 2, true],
    [10, 1, true],
    [10, 0, false],
  ])('of %i texts, a gram in %i is a bitmap: %s', (texts, holders, dense) => {
    const postings = gramPostings(Int32Array.of(holders), 1, texts);
    expect(postings.bitmaps[0] !== undefined).toBe(dense);
    expect(postings.start[1] - postings.start[0]).toBe(dense ? 0 : holders);
  });

  it('fills each gram: a bitmap bit by bit, a list run in the order added', () => {
    // 64 texts: gram 0 in 3 (a bitmap), gram 1 in 2 and gram 2 in 1 (runs of the one list)
    const postings = gramPostings(Int32Array.of(3, 2, 1), 3, 64);
    for (const [id, t] of [[0, 5], [1, 7], [0, 33], [2, 40], [1, 63], [0, 63]]) postings.add(id, t);
    expect(rowsOf(postings.bitmaps[0]!)).toEqual([5, 33, 63]);
    expect([...postings.start]).toEqual([0, 0, 2, 3]);
    expect([...postings.lists]).toEqual([7, 63, 40]);
  });
});
