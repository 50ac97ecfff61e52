// The `.json` and `.xml` path forms are generated at bundle time (src/suffixForms.ts). The generated
// forms must be the ones consumers already have: for every operation whose plain form is unchanged since
// the last release (tools/release/baseline/openapi.json, the bundle of the hand-kept copies when this step
// came in), the generated forms and the responses they use equal the released ones. (When the step came
// in, the whole bundle was byte for byte the released one; a frozen copy would fail every later change.)
import { isDeepStrictEqual } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDocument } from '../src/bundleDocument.js';
import { addSuffixForms } from '../src/suffixForms.js';

const work = mkdtempSync(join(tmpdir(), 'crm-suffix-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
// the target of a local reference (this contract's names need no pointer escapes); the bundler's own
// reading of references is under test, so the test reads them independently
const resolveRef = (document: any, ref: string): unknown => ref.slice(2).split('/').reduce((node, key) => node?.[key], document);
const RELEASED = join(import.meta.dirname, '../../../tools/release/baseline/openapi.json');

function refsIn(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out.push(value);
      else refsIn(value, out);
    }
  }
  return out;
}

describe('suffix forms', () => {
  it('generates the forms the last release had, for every operation whose plain form is unchanged', () => {
    const released = JSON.parse(readFileSync(RELEASED, 'utf8'));
    const now = bundleDocument(join(import.meta.dirname, '../../../openapi/openapi.yaml'), join(work, 'openapi.json'));
    const compared: string[] = [];
    for (const [path, item] of Object.entries<Record<string, unknown>>(now.paths)) {
      const plain = path.replace(/\.(json|xml)$/, '');
      if (plain === path || !isDeepStrictEqual(now.paths[plain], released.paths[plain])) continue;
      expect([path, item]).toEqual([path, released.paths[path]]);
      for (const ref of refsIn(item)) expect([ref, resolveRef(now, ref)]).toEqual([ref, resolveRef(released, ref)]);
      compared.push(path);
    }
    // every operation changed since the release would leave nothing to compare: say so rather than pass
    expect(compared.length, 'no operation is unchanged since the last release: compare the forms by hand, then release').toBeGreaterThan(0);
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
