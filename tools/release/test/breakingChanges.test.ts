// The breaking-change gate's core: oasdiff, on fixture copies of the contract, flags each breaking change
// and lets additions through.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { breakingChanges, changelog } from '../src/oasdiff.js';
import { BREAKING, NON_BREAKING, variant } from './contractVariants.js';

const dir = mkdtempSync(join(tmpdir(), 'crm-oasdiff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const baseline = join(dir, 'baseline.json');
writeFileSync(baseline, JSON.stringify(variant()));
const write = (name: string, change: Parameters<typeof variant>[0]) => {
  const file = join(dir, `${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, JSON.stringify(variant(change)));
  return file;
};

describe('oasdiff breaking', () => {
  it('finds nothing between the contract and itself', () => {
    expect(breakingChanges(baseline, write('same', undefined)).breaking).toBe(false);
  });

  it.each(Object.entries(BREAKING))('catches %s, in its own words', (_name, change) => {
    const result = breakingChanges(baseline, write(_name, change));
    expect(result.breaking).toBe(true);
    expect(result.explanation).toMatch(/^(error|warning)\s+\[[a-z-]+\]/m);
  });

  it.each(Object.entries(NON_BREAKING))('lets %s pass, and lists it in the changelog', (_name, change) => {
    const current = write(_name, change);
    expect(breakingChanges(baseline, current)).toMatchObject({ breaking: false });
    expect(changelog(baseline, current, 'text')).toMatch(/added the (optional property|new optional `query` request parameter) `?[\w/[\]#{}.-]*nickname/);
  });
});
