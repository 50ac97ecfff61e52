// The reading helpers give the contract's own values, and fail loudly on what it does not state.
import { describe, expect, it } from 'vitest';
import { contractLimits, ERROR_KINDS, errorFacts, loadContract, maxRequestHeaderBytes, operationPath, pathFormOf, queryParameter, SUFFIX_FORMS } from '../src/index.js';

describe('contract facts', () => {
  it("reads the page size from count's maximum, which is also its default", () => {
    const count = queryParameter('count').schema;
    expect(contractLimits().pageSize).toBe(count.maximum);
    expect(count.default).toBe(count.maximum);
  });

  it('leaves room in the request line for the most tags at their longest, percent-encoded', () => {
    const { maxTags, maxTagLength } = contractLimits();
    const query = Array.from({ length: maxTags }, () => `tags=${encodeURIComponent('é'.repeat(maxTagLength / 2))}`).join('&');
    expect(`GET ${operationPath('filterContacts')}?${query} HTTP/1.1`.length).toBeLessThan(maxRequestHeaderBytes());
  });

  it('states status, message and HRESULT of every error kind from its example', () => {
    const facts = errorFacts();
    for (const kind of ERROR_KINDS) {
      const { value } = loadContract().components.examples[kind];
      expect(facts[kind]).toEqual({ statusCode: value.statusCode, message: value.error.message, hresult: value.error.hresult });
    }
    expect(facts.BadParameter.statusCode).toBe(400);
  });

  it('gives each operation its path in every form, and names what is missing', () => {
    expect(['plain', 'json', 'xml'].map((form) => operationPath('authenticate', form as 'plain'))).toEqual(['/api/2.0/authentication', '/api/2.0/authentication.json', '/api/2.0/authentication.xml']);
    expect(pathFormOf('/api/2.0/authentication.xml')).toBe('xml');
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
