// One JSON-pointer/$ref helper (src/resolveRef.ts) and one Ajv set-up for the contract
// (src/validator.ts): a hand-written pointer walk or a second Ajv on the contract in any src/ outside
// this package fails here, naming file and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineRefs, pointerOf, refName, valueAt } from '../src/index.js';
import { repositoryRoot, sourceFiles } from './support/sourceFiles.js';

// Pointer escapes, splitting a `$ref` or a pointer, and a contract reference built by hand.
const POINTER_WALK = /~[01]|\$ref\.split\(|\.split\('\/'\)\.(pop|reduce)\(|['"`]#\/(components|paths)\//;
const AJV = /from 'ajv(\/dist\/2020(\.js)?)?'|new Ajv/;
/** `file`: why it may. */
const AJV_ALLOWED: Record<string, string> = {};
const POINTER_ALLOWED: Record<string, string> = {
  'tools/contract-build/src/suffixForms.ts': "the bundler builds this package, so it cannot import resolveRef; it reads only a bundle's local #/components/responses/<Name>, refusing any other reference",
  'packages/client/src/xml/readXmlAnswer.ts': "the browser client names a schema of @crm-contacts/types' generated reader schemas (no Node import there)",
};

function offending(pattern: RegExp, allowed: Record<string, string>, typeOnly = false): string[] {
  return sourceFiles().filter((file) => !(file in allowed)).flatMap((file) =>
    readFileSync(join(repositoryRoot, file), 'utf8').split('\n').flatMap((line, i) =>
      pattern.test(line) && !(typeOnly && line.startsWith('import type')) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('one helper each', () => {
  it('walks JSON pointers and $refs only through resolveRef.ts', () => expect(offending(POINTER_WALK, POINTER_ALLOWED)).toEqual([]));

  it("validates against the contract only through the contract package's Ajv", () => expect(offending(AJV, AJV_ALLOWED, true)).toEqual([]));

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
