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

  it.each([
    // texts, literal, candidates, the rarest trigram's texts
    [['abcd', 'xabc', 'abx', 'zzz'], 'abc', [0, 1], 2],
    [['abcd', 'xabc', 'abx', 'zzz'], 'abcd', [0], 1],
    [['abcd', 'xabc', 'abx', 'zzz'], 'qqq', [], 0],
    // 'abc' in every text (a bitmap), 'bcd' in one (a list): the two intersected
    [[...Array.from({ length: 40 }, () => 'abc'), 'abcd'], 'abcd', [40], 1],
    [['中文字符', '字符中文'], '中文字', [0], 1],
  ])('%j: %s in %j, the rarest trigram in %i', (texts, literal, candidates, fewest) => {
    const index = runAtOnce(trigramIndexSteps(texts));
    expect([...index.candidates([literal])]).toEqual(candidates);
    expect(index.fewest(literal)).toBe(fewest);
  });
});

