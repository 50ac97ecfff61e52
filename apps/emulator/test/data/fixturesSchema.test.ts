// The fixtures schema takes what the contract states (enums, the id range, the date grammar) from the
// contract: a value the contract gains is admitted without touching the fixtures schema, and a value
// outside the contract is refused naming the values it allows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadContract, type OpenApiDocument } from '@crm-contacts/contract';
import { CONTRACT_ID } from '@crm-contacts/contract/validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { schemaProblems } from '../../src/data/fixturesValidator.js';
import { checkFixturesDocument, fixturesSource, FixturesError } from '../../src/data/fixtures.js';
import { fixturesSchemaForEditors } from '../../scripts/fixturesSchemaForEditors.js';

const EXAMPLE = fileURLToPath(new URL('../../fixtures/example.json', import.meta.url));

const user = { id: 'aaaaaaaa-0000-4000-a000-000000000001', userName: 'admin', password: 'pw', token: 'token-admin', displayName: 'A' };
const person = { id: 1, firstName: 'x', lastName: 'y', createdBy: 'admin', created: '2020-01-01' };
const withPerson = (fields: object) => ({ mode: 'replace', users: [user], persons: [{ ...person, ...fields }] });

/** Each contract enum the fixtures use, and a document that puts a value of it in its place. */
const ENUM_PLACES: [schema: string, at: string, document: (value: number) => object][] = [
  ['ShareType', '/persons/0/shareType', (v) => withPerson({ shareType: v })],
  ['ContactInfoType', '/persons/0/contactInfo/0/infoType', (v) => withPerson({ contactInfo: [{ infoType: v, data: 'x' }] })],
  ['PhoneCategory', '/persons/0/contactInfo/0/category', (v) => withPerson({ contactInfo: [{ infoType: 0, category: v, data: 'x' }] })],
  ['AddressCategory', '/persons/0/addresses/0/category', (v) => withPerson({ addresses: [{ category: v }] })],
  ['CustomFieldType', '/customFields/0/fieldType', (v) => ({ mode: 'replace', users: [user], customFields: [{ id: 1, entityType: 'person', label: 'x', fieldType: v }] })],
];

function contractWithValue(schema: string, value: number): OpenApiDocument {
  const contract = structuredClone(loadContract());
  contract.components.schemas[schema].enum.push(value);
  contract.components.schemas[schema]['x-enum-varnames'].push('Added');
  return contract;
}

describe('the fixtures schema', () => {
  it.each(ENUM_PLACES)("takes %s's values from the contract", (schema, at, document) => {
    const values: number[] = loadContract().components.schemas[schema].enum;
    const added = Math.max(...values) + 1;
    expect(schemaProblems(document(added), contractWithValue(schema, added))).toEqual([]);
    const refused = schemaProblems(document(added));
    expect(refused.map((p) => p.path)).toContain(at);
    expect(refused.map((p) => p.message)).toContain(`must be equal to one of the allowed values: ${values.join(', ')}`);
  });

  it("takes the id range and the date grammar from the contract", () => {
    expect(schemaProblems(withPerson({ id: 2 ** 31 }))).toContainEqual({ path: '/persons/0/id', message: 'must match format "int32"' });
    expect(schemaProblems(withPerson({ id: 2 ** 31 - 1 }))).toEqual([]);
    expect(schemaProblems(withPerson({ created: '2021-02-29' })).map((p) => p.path)).toContain('/persons/0/created');
    expect(schemaProblems(withPerson({ created: '2020-02-29T10-30-00.000Z' }))).toEqual([]);
  });

  it('refuses an address among the contact information, and a category not of its info type', () => {
    const check = (fields: object) => () => fixturesSource('f.json', checkFixturesDocument('f.json', withPerson(fields)));
    expect(check({ contactInfo: [{ infoType: 7, data: '{}' }] })).toThrow('f.json: /persons/0/contactInfo/0/infoType: an address goes in "addresses", not in "contactInfo"');
    // 5 is a phone's category (Other) but no e-mail's
    expect(check({ contactInfo: [{ infoType: 1, category: 5, data: 'a@b.c' }] })).toThrow(FixturesError);
    expect(check({ contactInfo: [{ infoType: 1, category: 5, data: 'a@b.c' }] })).toThrow('/persons/0/contactInfo/0/category: no category 5 for info type 1: one of 0, 1, 2');
    expect(check({ contactInfo: [{ infoType: 0, category: 5, data: '+1 555' }] })).not.toThrow();
  });
});

describe("the editors' copy of the fixtures schema", () => {
  const editorsCopy = fixturesSchemaForEditors();
  // an editor's validator: plain JSON Schema, no contract to resolve references into
  const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(editorsCopy);

  it('refers to nothing outside itself', () => expect(JSON.stringify(editorsCopy)).not.toContain(CONTRACT_ID));

  it('admits the documented example and refuses a value outside a contract enum', () => {
    expect(validate(JSON.parse(readFileSync(EXAMPLE, 'utf8')))).toBe(true);
    expect(validate(withPerson({ shareType: 3 }))).toBe(false);
    expect(validate(withPerson({ id: 0 }))).toBe(false);
    expect(validate(withPerson({ id: 2 ** 31 }))).toBe(false); // int32, spelled as its range
  });
});
