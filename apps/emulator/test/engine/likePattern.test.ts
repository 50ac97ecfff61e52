// `bycontactinfo`'s LIKE pattern on its own: what it takes as literal, what as a wildcard, and which
// patterns need no test beyond containing their literal.
import { describe, expect, it } from 'vitest';
import { likePattern } from '../../src/engine/likePattern.js';

describe('likePattern', () => {
  it.each([
    // value, its literals (longest first), plain
    ['Ex', ['ex'], true],
    ['%ex%', ['ex'], true],
    ['%%ex', ['ex'], true],
    ['a%bc', ['bc', 'a'], false],
    ['a_c', ['a', 'c'], false],
    ['%', [], true],
    ['_', [], false],
    ['a.b', ['a.b'], true],
  ] as const)('%s: literals %j, plain %s', (value, literals, plain) => {
    const pattern = likePattern(value);
    expect(pattern.literals).toEqual(literals);
    expect(pattern.literal).toBe(literals[0] ?? '');
    expect(pattern.plain).toBe(plain);
  });

  it.each([
    // value, text (already lower-cased, as the search keeps it), matches
    ['EX', 'example', true],
    ['ex', 'e-x', false],
    ['a%c', 'a...c', true],
    ['a%c', 'ca', false],
    ['a_c', 'abc', true],
    ['a_c', 'ac', false],
    ['a_c', 'a\nc', true], // address parts are joined by line breaks: wildcards cross them
    ['_', '😀', true], // one code point, not one UTF-16 unit
    ['__', '😀', false],
    ['_', '', false],
    ['%', '', true],
    ['a.b', 'axb', false], // regex characters are literal
    ['a\\b', 'a\\b', true], // and so is a backslash: no escaping in the real server's LIKE
    ['50%', '50 percent', true],
  ] as const)('%s against %j: %s', (value, text, matches) => {
    expect(likePattern(value).test(text)).toBe(matches);
  });
});
