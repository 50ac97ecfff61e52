// The reading helpers give the contract's own values, and fail loudly on what it does not state. The
// expected values are written out (the real server's, see shared/reference), not computed the way the
// helpers compute them, so a helper that reads the wrong keyword fails here.
import { describe, expect, it } from 'vitest';
import { contractLimits, descendingSortOrder, emptyGuid, ERROR_KINDS, errorFacts, loadContract, maxRequestHeaderBytes, operationPath, pathFormOf, queryParameter, SUFFIX_FORMS, type OpenApiDocument } from '../src/index.js';

/** A copy of the contract with one query parameter's extension removed. */
function without(parameter: string, extension: string): OpenApiDocument {
  const copy: OpenApiDocument = structuredClone(loadContract());
  const found = Object.values(copy.components.parameters).find((p) => p.name === parameter);
  delete found[extension];
  return copy;
}

describe('contract facts', () => {
  it('reads the limits the real server applies', () => {
    expect(contractLimits()).toEqual({ pageSize: 1000, maxTags: 1000, maxTagLength: 255, maxStartIndex: 2147483647 });
  });

  it('leaves room in the request line for the most tags at their longest, percent-encoded: 1 MiB', () => {
    expect(maxRequestHeaderBytes()).toBe(1_048_576);
    const { maxTags, maxTagLength } = contractLimits();
    const query = Array.from({ length: maxTags }, () => `tags=${encodeURIComponent('é'.repeat(maxTagLength / 2))}`).join('&');
    expect(`GET ${operationPath('filterContacts')}?${query} HTTP/1.1`.length).toBeLessThan(maxRequestHeaderBytes());
  });

  it('states status, message and HRESULT of every error kind', () => {
    expect(ERROR_KINDS.map((kind) => errorFacts()[kind])).toEqual([
      { statusCode: 400, hresult: -2147024809, message: expect.stringMatching(/^Value of parameter '\w+' is not valid/) },
      { statusCode: 401, hresult: -2146233088, message: 'User authentication failed' },
      { statusCode: 403, hresult: -2147024891, message: 'Access denied' },
      { statusCode: 404, hresult: -2146232969, message: 'Item not found' },
      { statusCode: 500, hresult: -2147467261, message: 'Object reference not set to an instance of an object.' },
    ]);
  });

  it('gives the empty guid that means "managed by nobody", and the one sort order that sorts descending', () => {
    expect(emptyGuid()).toBe('00000000-0000-0000-0000-000000000000');
    expect(descendingSortOrder()).toBe('descending');
    expect(() => emptyGuid(without('responsibleid', 'x-crm-empty-guid'))).toThrow("responsibleid has no x-crm-empty-guid");
    expect(() => descendingSortOrder(without('sortOrder', 'x-crm-descending'))).toThrow('sortOrder has no x-crm-descending');
  });

  it('gives each operation its path in every form, and names what is missing', () => {
    expect(['plain', 'json', 'xml'].map((form) => operationPath('authenticate', form as 'plain'))).toEqual(['/api/2.0/authentication', '/api/2.0/authentication.json', '/api/2.0/authentication.xml']);
    expect(pathFormOf('/api/2.0/authentication.xml')).toBe('xml');
    expect(pathFormOf('/api/2.0/crm/contact/filter')).toBe('plain');
    expect(() => operationPath('deleteContact')).toThrow("no operation 'deleteContact'");
    expect(() => queryParameter('nope')).toThrow("no query parameter 'nope'");
  });

  it("names exactly the suffix forms the bundler generated: a path `P.form` beside its plain `P`", () => {
    const paths = Object.keys(loadContract().paths);
    const generated = new Set(paths.flatMap((path) => {
      const [, plain, form] = /^(.*)\.(\w+)$/.exec(path) ?? [];
      return plain && paths.includes(plain) ? [form] : [];
    }));
    expect([...generated].sort()).toEqual([...SUFFIX_FORMS].sort());
  });
});
