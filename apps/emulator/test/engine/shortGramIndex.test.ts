// The unigram/bigram index against plain `includes`: dense grams (bitmaps) and rare ones (lists), ASCII
// and not (flat tables and the Map), texts of every length, and literals no text contains.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachRow } from '../../src/engine/rowBits.js';
import { buildShortGramIndex } from '../../src/engine/shortGramIndex.js';

const rowsOf = (bits: Uint32Array): number[] => {
  const rows: number[] = [];
  forEachRow(bits, (k) => rows.push(k));
  return rows;
};

describe('the short gram index', () => {
  // few letters make most grams dense; the rare ones ('ß', '😀' as two code units, 'é') stay lists
  const letter = fc.constantFrom('a', 'a', 'b', 'b', 'c', '.', ' ', '1', 'é', 'ß', '😀', '中');
  const text = fc.array(letter, { maxLength: 8 }).map((l) => l.join(''));

  it('finds exactly the texts containing every literal of one or two code units', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 200 }), fc.array(fc.array(letter, { minLength: 1, maxLength: 2 }).map((l) => l.join('').slice(0, 2)), { maxLength: 3 }), (texts, literals) => {
      const index = buildShortGramIndex(texts);
      const expected = texts.flatMap((t, k) => (literals.every((l) => t.includes(l)) ? [k] : []));
      expect(rowsOf(index.textsWith(literals))).toEqual(expected);
    }), { numRuns: 300 });
  });

  it('answers a fresh bitmap each time: the caller may change it', () => {
    const index = buildShortGramIndex(Array.from({ length: 100 }, (_, k) => (k % 2 ? 'ab' : 'b')));
    index.textsWith(['a']).fill(0);
    expect(rowsOf(index.textsWith(['a'])).length).toBe(50);
  });
});
