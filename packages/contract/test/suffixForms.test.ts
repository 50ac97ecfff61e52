// The `.json` and `.xml` path forms are generated at bundle time (src/suffixForms.ts); this proves the
// bundle is the one every consumer had when they were hand-kept copies: the fixture is dist/openapi.json
// as main built it before the change (commit 1d666fc), compared as data and as text.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDocument } from '../src/bundleDocument.js';
import { addSuffixForms } from '../src/suffixForms.js';

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

  const tiny = () => ({
    paths: {
      '/a': {
        'x-crm-suffix-forms': ['json', 'xml'],
        post: {
          operationId: 'a', summary: 'A', description: 'Does A.\n',
          requestBody: { content: { 'application/json': { schema: {} }, 'application/x-www-form-urlencoded': { schema: {} } } },
          responses: { '200': { $ref: '#/components/responses/Ok' }, '401': { $ref: '#/components/responses/Plain' } },
        },
      },
    },
    components: { responses: { Ok: { description: 'Ok.', content: { 'application/json': { schema: { type: 'object' } }, 'text/xml': { schema: { type: 'object' } } } }, Plain: { description: 'No.', content: { 'text/plain': { schema: { type: 'string' } } } } } },
  });

  it('derives each form by rule: id and summary suffixed, one media type, JSON request bodies, shared single-type responses', () => {
    const document: any = addSuffixForms(tiny());
    expect(Object.keys(document.paths)).toEqual(['/a', '/a.json', '/a.xml']);
    expect(document.paths['/a']['x-crm-suffix-forms']).toBeUndefined();
    expect(document.paths['/a'].post.description).toMatch(/^Does A\.\nJSON by default; .*\n$/);
    const xml = document.paths['/a.xml'].post;
    expect([xml.operationId, xml.summary, xml.description]).toEqual(['aXml', 'A (.xml)', 'Does A.\nThe `.xml` suffix form: always XML.\n']);
    expect(Object.keys(xml.requestBody.content)).toEqual(['application/json']);
    expect(xml.responses).toEqual({ '200': { $ref: '#/components/responses/OkXml' }, '401': { $ref: '#/components/responses/Plain' } });
    expect(document.components.responses.OkJson).toEqual({ description: 'Ok. (the `.json` form)', content: { 'application/json': { schema: { type: 'object' } } } });
  });

  it('refuses a hand-kept copy of a generated form and an unknown form', () => {
    const kept: any = tiny();
    kept.paths['/a.json'] = {};
    expect(() => addSuffixForms(kept)).toThrow('/a.json is generated from /a');
    const unknown: any = tiny();
    unknown.paths['/a']['x-crm-suffix-forms'] = ['csv'];
    expect(() => addSuffixForms(unknown)).toThrow("unknown form 'csv'");
  });
});
