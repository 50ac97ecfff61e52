// Nothing outside this package restates a bound of the contract: a numeric literal equal to one (a
// maximum, maxItems, maxLength, default, an HRESULT of an error example, the header room derived from
// them) in any package's src/ fails here, naming file and line. Read the value from `contractLimits`,
// `errorFacts` or `maxRequestHeaderBytes` instead. The allowlist names each exception and why.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorFacts, loadContract, maxRequestHeaderBytes } from '../src/index.js';
import { repositoryRoot as root, sourceFiles } from './support/sourceFiles.js';

/** Numbers this small are everywhere (ports, percentages, counts of things); the scan ignores them. */
const SMALLEST = 100;

/** Bounds that are also a unit everywhere in code: never read as the contract's. */
const UNITS: Record<number, string> = { 1024: "bytes in a KiB (data's maxLength is the same number)" };

/** `file: [literal, why]`: places where the number means something else than the contract's bound. */
const ALLOWED: Record<string, [number, string][]> = {
  'apps/emulator/src/data/generate.ts': [[1000, 'milliseconds to microseconds, and a random phone number part']],
  'apps/emulator/src/http/handlers.ts': [[1000, 'milliseconds to microseconds']],
  'packages/cli/src/import/portalFixtures.ts': [[1000, 'milliseconds in a second, between stand-in activity times']],
  'tools/contract-tests/src/property/propertySettings.ts': [[1000, 'fast-check runs per endpoint, which the issue sets at 1,000']],
  'tools/bench/src/main.ts': [[1000, 'requests of the one-URL load, not a page']],
  'packages/contract-test/src/main.ts': [[1000, 'milliseconds in a second, for the run time it prints']],
  'packages/contract-test/src/budget/requestBudget.ts': [[1000, 'milliseconds in a second, between requests at a rate']],
  'tools/container-test/src/main.ts': [[1000, 'milliseconds in a second, for the build time it prints']],
};

function contractBounds(): Set<number> {
  const bounds = new Set<number>();
  const walk = (node: unknown, key = ''): void => {
    if (Array.isArray(node)) node.forEach((item) => walk(item));
    else if (node && typeof node === 'object') for (const [k, v] of Object.entries(node)) walk(v, k);
    else if (typeof node === 'number' && ['maximum', 'minimum', 'maxItems', 'maxLength', 'minLength', 'default'].includes(key)) bounds.add(node);
  };
  const document = loadContract();
  walk(document.components.parameters); // the schemas' bounds are HTTP statuses (ErrorEnvelope), not limits
  for (const { hresult } of Object.values(errorFacts(document))) bounds.add(hresult);
  bounds.add(maxRequestHeaderBytes(document));
  return new Set([...bounds].map(Math.abs).filter((n) => n >= SMALLEST && !(n in UNITS)));
}

// Comments may explain a number; code may not hold it.
const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function restatedBounds(): string[] {
  const bounds = contractBounds();
  const files = sourceFiles();
  const found: string[] = [];
  for (const file of files) {
    const allowed = new Set((ALLOWED[file] ?? []).map(([n]) => n));
    withoutComments(readFileSync(join(root, file), 'utf8')).split('\n').forEach((line, i) => {
      for (const match of line.matchAll(/(?<![\w.])\d[\d_]*(?![\w.])/g)) {
        const value = Number(match[0].replace(/_/g, ''));
        if (bounds.has(value) && !allowed.has(value)) found.push(`${file}:${i + 1}: ${match[0]}`);
      }
    });
  }
  return found;
}

describe('contract bounds are read, not restated', () => {
  it('finds no literal of a contract bound in any src/ outside packages/contract', () => {
    expect(restatedBounds()).toEqual([]);
  });

  it('knows the bounds it looks for (the page size, the tag length, an HRESULT)', () => {
    const bounds = contractBounds();
    expect([1000, 255, 2147024809].every((n) => bounds.has(n))).toBe(true);
  });

  it('keeps its allowlist to files that exist', () => {
    expect(Object.keys(ALLOWED).filter((file) => !existsSync(join(root, file)))).toEqual([]);
  });
});
