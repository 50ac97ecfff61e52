// The one walk over the contract's operations.
import { describe, expect, it } from 'vitest';
import { contractOperations } from '../src/index.js';

describe('contractOperations', () => {
  const operations = contractOperations();

  it('lists every path and method with its form and the family of its plain form', () => {
    expect(operations.map((o) => `${o.method} ${o.path} ${o.form} ${o.family}`)).toEqual(expect.arrayContaining([
      'get /api/2.0/crm/contact/filter plain filterContacts',
      'get /api/2.0/crm/contact/filter.xml xml filterContacts',
      'get /api/2.0/crm/contact/bycontactinfo.json json getContactsByContactInfo',
      'post /api/2.0/authentication.xml xml authenticate',
    ]));
    // three operations, each in its plain, .json and .xml form
    expect(new Set(operations.map((o) => o.family)).size).toBe(3);
    for (const form of ['plain', 'json', 'xml']) expect(operations.filter((o) => o.form === form)).toHaveLength(3);
  });

  it('resolves each parameter and points at its schema', () => {
    const filter = operations.find((o) => o.operationId === 'filterContactsXml')!;
    const tags = filter.parameters.find((p) => p.name === 'tags')!;
    expect(tags).toMatchObject({ in: 'query', required: false, schemaPointer: '/components/parameters/tags/schema' });
    expect(filter.parameters.find((p) => p.name === 'sortOrder')!.definition['x-crm-descending']).toBe('descending');
    expect(operations.find((o) => o.operationId === 'getContactsByContactInfo')!.parameters.find((p) => p.name === 'infoType')!.required).toBe(true);
  });

  it("takes a path item's parameters for each of its operations, an operation's own one of the same name and place first", () => {
    const document = {
      openapi: '3.1.0', info: { title: 't', version: '1' },
      paths: {
        '/things/{name}': {
          parameters: [{ name: 'name', in: 'path', required: true, schema: { type: 'string' } }, { name: 'limit', in: 'query', schema: { type: 'integer' } }],
          get: { operationId: 'readThing', parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 9 } }] },
          delete: { operationId: 'deleteThing' },
        },
      },
    } as never;
    const [read, remove] = contractOperations(document);
    expect(read.parameters.map((p) => [p.name, p.schemaPointer])).toEqual([
      ['name', '/paths/~1things~1{name}/parameters/0/schema'],
      ['limit', '/paths/~1things~1{name}/get/parameters/0/schema'],
    ]);
    expect(remove.parameters.map((p) => [p.name, p.in, p.required])).toEqual([['name', 'path', true], ['limit', 'query', false]]);
  });
});
