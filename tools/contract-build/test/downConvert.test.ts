// The 3.0 copy: every 3.1 keyword the converter does not know is an error naming it, and a nullable
// reference stays nullable under 3.0's rules (checked with Ajv, which reads `nullable` as 3.0 does).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleDocument } from '../src/bundleDocument.js';
import { downConvert } from '../src/downConvert.js';

const work = mkdtempSync(join(tmpdir(), 'crm-down-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Document = Parameters<typeof downConvert>[0];
const documentWith = (schemas: Record<string, unknown>, extra: Record<string, unknown> = {}): Document =>
  ({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths: {}, components: { schemas }, ...extra }) as Document;

describe('downConvert', () => {
  it.each([
    ['exclusiveMinimum', { type: 'integer', exclusiveMinimum: 0 }],
    ['$comment', { type: 'string', $comment: 'why' }],
    ['patternProperties', { type: 'object', patternProperties: { '^x': { type: 'string' } } }],
    ['prefixItems', { type: 'array', prefixItems: [{ type: 'string' }] }],
    ['contentMediaType', { type: 'string', contentMediaType: 'text/html' }],
  ])('refuses a schema keyword it does not know (%s), naming it', (keyword, schema) => {
    expect(() => downConvert(documentWith({ S: { properties: { p: schema } } }))).toThrow(`$.components.schemas.S.properties.p.${keyword}: the 3.0 copy does not know the keyword '${keyword}'`);
  });

  it.each([['webhooks', { webhooks: {} }], ['jsonSchemaDialect', { jsonSchemaDialect: 'x' }]])('refuses a document keyword 3.0 lacks (%s)', (keyword, extra) => {
    expect(() => downConvert(documentWith({}, extra))).toThrow(`the 3.0 copy does not know the keyword '${keyword}'`);
  });

  it('refuses a component kind 3.0 lacks (pathItems)', () => {
    expect(() => downConvert({ ...documentWith({}), components: { pathItems: {} } })).toThrow("'pathItems'");
  });

  it('keeps a nullable reference nullable in 3.0 terms: null and the object pass, anything else fails', () => {
    const contract = bundleDocument(join(import.meta.dirname, '../../../openapi/openapi.yaml'), join(work, 'openapi.json'));
    const legacy = downConvert(structuredClone(contract) as Document);
    const ajv = new Ajv({ strict: false });
    ajv.addSchema({ $id: 'https://legacy.invalid/openapi-3.0.json', components: legacy.components });
    const currency = ajv.compile({ $ref: 'https://legacy.invalid/openapi-3.0.json#/components/schemas/ContactBase/properties/currency' });
    const euro = contract.components.examples.ContactListRealistic.value.response[1].currency;
    expect(euro).not.toBeNull();
    expect([currency(null), currency(euro), currency('EUR'), currency({})]).toEqual([true, true, false, false]);
  });
});
