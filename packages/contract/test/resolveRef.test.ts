// The one JSON-pointer/$ref helper (src/resolveRef.ts): pointers escape and read `/` and `~`, and a schema's
// references inline, refusing a recursive one. That nothing else walks pointers is an ESLint rule of
// tools/repo-checks (src/eslint/oneHelperEach.js).
import { describe, expect, it } from 'vitest';
import { inlineRefs, pointerOf, refName, valueAt } from '../src/index.js';

describe('resolveRef', () => {
  it('escapes and reads pointer segments with `/` and `~`', () => {
    const pointer = pointerOf('paths', '/api/a~b', 'get');
    expect(pointer).toBe('/paths/~1api~1a~0b/get');
    expect(valueAt({ paths: { '/api/a~b': { get: 1 } } }, pointer)).toBe(1);
    expect(refName('#/components/schemas/a~1b')).toBe('a/b');
  });

  it('inlines every reference of a schema, and refuses a recursive one', () => {
    const document = { components: { schemas: { Id: { type: 'integer' }, Pair: { items: [{ $ref: '#/components/schemas/Id' }] }, Loop: { properties: { next: { $ref: '#/components/schemas/Loop' } } } } } };
    expect(inlineRefs(document, { properties: { pair: { $ref: '#/components/schemas/Pair' } } })).toEqual({ properties: { pair: { items: [{ type: 'integer' }] } } });
    expect(() => inlineRefs(document, { $ref: '#/components/schemas/Loop' })).toThrow(/recursive reference #\/components\/schemas\/Loop/);
    // keywords beside a reference still apply
    expect(inlineRefs(document, { $ref: '#/components/schemas/Id', minimum: 1 })).toEqual({ minimum: 1, allOf: [{ type: 'integer' }] });
  });
});
