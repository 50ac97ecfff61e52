// The trigram index against plain `includes`: its candidates are exactly the texts holding every trigram
// of every literal, whether those trigrams are common (bitmaps) or rare (lists), ASCII or not.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runAtOnce } from '../../src/engine/slices.js';
import { trigramIndexSteps } from '../../src/engine/trigramIndex.js';

const trigramsOf = (literal: string): string[] => Array.from({ length: Math.max(0, literal.length - 2) }, (_, at) => literal.slice(at, at + 3));

describe('the trigram index', () => {
  const letter = fc.constantFrom('a', 'a', 'b', 'b', 'c', '.', '1', 'é', '😀', '中');
  const text = fc.array(letter, { maxLength: 9 }).map((l) => l.join(''));
  const literal = fc.array(letter, { minLength: 3, maxLength: 5 }).map((l) => l.join(''));

  it('lists exactly the texts holding every trigram of the literals, and counts the rarest', () => {
    fc.assert(fc.property(fc.array(text, { minLength: 1, maxLength: 300 }), fc.array(literal, { minLength: 1, maxLength: 2 }), (texts, literals) => {
      const index = runAtOnce(trigramIndexSteps(texts));
      const trigrams = literals.flatMap(trigramsOf);
      const expected = texts.flatMap((t, k) => (trigrams.every((g) => t.includes(g)) ? [k] : []));
      expect([...index.candidates(literals)]).toEqual(expected);
      const rarest = Math.min(...trigramsOf(literals[0]).map((g) => texts.filter((t) => t.includes(g)).length));
      expect(index.fewest(literals[0])).toBe(rarest);
    }), { numRuns: 300 });
  });
});
