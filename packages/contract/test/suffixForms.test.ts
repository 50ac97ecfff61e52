// The `.json` and `.xml` path forms are generated at bundle time (src/suffixForms.ts); this proves the
// bundle is the one every consumer had when they were hand-kept copies: the fixture is dist/openapi.json
// as main built it before the change (commit 1d666fc), compared as data and as text.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDocument } from '../src/bundleDocument.js';

const work = mkdtempSync(join(tmpdir(), 'crm-suffix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('suffix forms', () => {
  it('the bundle equals the one built from the hand-kept .json/.xml copies', () => {
    const before = readFileSync(join(import.meta.dirname, 'fixtures/bundle-before-suffix-forms.json'), 'utf8');
    const now = bundleDocument(join(import.meta.dirname, '../../../openapi/openapi.yaml'), join(work, 'openapi.json'));
    expect(now).toEqual(JSON.parse(before));
    // byte for byte, key order included: the release gate compares the bundle with its baseline as JSON text
    expect(readFileSync(join(work, 'openapi.json'), 'utf8')).toBe(before);
  });
});
