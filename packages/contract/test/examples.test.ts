// Every named example must validate against the schema of every response that uses it: JSON examples
// as they are, XML examples after reading them with the schema (see .spectral.yaml for why Spectral
// cannot check the XML ones).
import { describe, expect, it } from 'vitest';
import { loadContract } from '../src/index.js';
import { createValidator } from '../src/validator.js';

const document = loadContract();
const validator = createValidator(document);

type Use = { path: string; method: string; status: number; mediaType: string; example: string };
const uses: Use[] = [];
for (const [path, item] of Object.entries(document.paths)) {
  for (const [method, operation] of Object.entries<any>(item)) {
    for (const [status, ref] of Object.entries<any>(operation.responses)) {
      const response = ref.$ref ? document.components.responses[ref.$ref.split('/').pop()] : ref;
      for (const [mediaType, media] of Object.entries<any>(response.content ?? {})) {
        for (const exampleRef of Object.values<any>(media.examples ?? {})) {
          uses.push({ path, method, status: Number(status), mediaType, example: exampleRef.$ref.split('/').pop() });
        }
      }
    }
  }
}

function bodyOf(example: string): string {
  const value = document.components.examples[example].value;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

describe('examples', () => {
  it('finds examples on every operation', () => {
    expect(new Set(uses.map((u) => `${u.method} ${u.path}`)).size).toBe(9);
  });

  it.each(uses.map((u) => [`${u.example} in ${u.method.toUpperCase()} ${u.path} ${u.status} ${u.mediaType}`, u] as const))(
    '%s validates',
    (_name, use) => {
      const result = validator.validateResponse({ ...use, contentType: use.mediaType, body: bodyOf(use.example) });
      expect(result.errors).toEqual([]);
    },
  );

  it('keeps the seed pages verbatim', () => {
    expect(document.components.examples.FilterContactsDocs.value.response[0].company.companyName).toBe('Food and Culture Project');
    expect(document.components.examples.ByContactInfoDocs.value.response[0].created).toBe('2021-10-21T12:03:55.6467340Z');
    expect(document.components.examples.FilterContactsDocsXml.value).toMatch(/^<result>\n {2}<status>0<\/status>/);
  });

  it('rejects an example with a wrongly typed field (the check can fail)', () => {
    const broken = structuredClone(document.components.examples.FilterContactsDocs.value);
    broken.response[0].id = 'zero';
    const result = validator.validateResponse({
      path: '/api/2.0/crm/contact/filter', method: 'get', status: 200, contentType: 'application/json', body: JSON.stringify(broken),
    });
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/\/response\/0/);
  });
});
