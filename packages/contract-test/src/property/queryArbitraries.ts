// fast-check arbitraries for the query of each GET operation, built from the contract's parameter
// schemas: valid queries, and queries with exactly one parameter made invalid in a way the server rejects.
import fc from 'fast-check';
import { contractOperations, derefSchema, emptyGuid, loadContract } from '@crm-contacts/contract';

export type Query = Record<string, string | string[]>;
type Schema = Record<string, any>;

interface Parameter {
  name: string;
  required: boolean;
  schema: Schema;
  /** `x-crm-lenient` in the contract: a bad value falls back to the default, never a 400. */
  lenient: boolean;
}

const document = loadContract();
const deref = (schema: Schema): Schema => derefSchema(document, schema);

export function parametersOf(path: string): Parameter[] {
  const operation = contractOperations(document).find((o) => o.path === path && o.method === 'get');
  if (!operation) throw new Error(`the contract has no GET ${path}`);
  return operation.parameters.map((p) => ({ name: p.name, required: p.required, schema: deref(p.schema), lenient: Boolean(p.definition['x-crm-lenient']) }));
}

/** Values the schema admits, as query strings. Ranges lean towards small numbers, where the data is. */
function validValue(schema: Schema): fc.Arbitrary<string | string[]> {
  if (schema.anyOf) return fc.oneof(...(schema.anyOf as Schema[]).map((s) => validValue(deref(s))));
  if (schema.enum) return fc.constantFrom(...schema.enum.map(String));
  switch (schema.type) {
    case 'array':
      return fc.array(validValue(deref(schema.items)) as fc.Arbitrary<string>, { maxLength: 3 });
    case 'boolean':
      return fc.constantFrom('true', 'false');
    case 'integer': {
      const min = schema.minimum ?? -(2 ** 31);
      const max = schema.maximum ?? 2 ** 31 - 1;
      const near = fc.integer({ min: Math.max(min, -1), max: Math.min(max, 50) });
      return fc.oneof({ arbitrary: near, weight: 5 }, { arbitrary: fc.integer({ min, max }), weight: 1 }).map(String);
    }
    case 'string':
      if (schema.format === 'uuid') return fc.oneof(fc.uuid(), fc.constant(emptyGuid(document)));
      if (schema.pattern) return apiDate();
      if (schema.examples) return fc.constantFrom(...schema.examples.map(String));
      return fc.string({ maxLength: Math.min(schema.maxLength ?? 20, 20) });
    default:
      throw new Error(`no arbitrary for schema ${JSON.stringify(schema).slice(0, 120)}`);
  }
}

/**
 * Dates in each form ApiDateInput admits (a plain date, the ISO form, the dashed form), over the years
 * the data spans. Not a second grammar: the response property sends them and requires a 200, so a date
 * the contract stops admitting fails there; the pattern itself is too rich for fc.stringMatching.
 */
function apiDate(): fc.Arbitrary<string> {
  const moment = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true });
  return fc.tuple(moment, fc.constantFrom('date', 'iso', 'dashed')).map(([d, form]) => {
    const iso = d.toISOString();
    if (form === 'date') return iso.slice(0, 10);
    if (form === 'iso') return iso.replace(/\.\d{3}Z$/, 'Z');
    return `${iso.slice(0, 10)}T${iso.slice(11, 19).replace(/:/g, '-')}.000Z`;
  });
}

/** A value of the wrong kind that the server rejects with 400. */
function invalidValue(schema: Schema): fc.Arbitrary<string> | undefined {
  // an alternative admitting any name (the framework's parameters: an unknown name means something) leaves nothing invalid
  const admitsAnyName = (d: Schema) => d.type === 'string' && !d.enum && !d.format && (d.pattern === undefined || new RegExp(d.pattern, 'u').test('NoSuchValue'));
  if (schema.anyOf?.some((s: Schema) => admitsAnyName(deref(s)))) return undefined;
  if (schema.anyOf || schema.enum) return fc.constantFrom('NoSuchValue', 'not-a-member');
  if (schema.type === 'boolean') return fc.constantFrom('maybe', '1', 'yes');
  if (schema.type === 'integer') return fc.constantFrom('abc', '1.5', '9999999999999');
  if (schema.format === 'uuid') return fc.constantFrom('not-a-guid', '1234');
  if (schema.pattern) return fc.constantFrom('yesterday', '10/04/2008', '2008-04-10 06:30');
  return undefined;
}

// Parameters the contract marks `x-crm-lenient` (paging and sorting) are never refused: the server
// replaces a bad value with the default, so they have no invalid values to generate.

export function validQuery(path: string): fc.Arbitrary<Query> {
  const record: Record<string, fc.Arbitrary<string | string[]>> = {};
  const required: string[] = [];
  for (const p of parametersOf(path)) {
    record[p.name] = validValue(p.schema);
    if (p.required) required.push(p.name);
  }
  // Small pages keep a thousand requests quick; the default (1000) still comes up.
  record.count = fc.oneof({ arbitrary: fc.integer({ min: 1, max: 30 }).map(String), weight: 9 }, { arbitrary: validValue(parametersOf(path).find((p) => p.name === 'count')!.schema), weight: 1 });
  return fc.record(record, { requiredKeys: required }) as fc.Arbitrary<Query>;
}

/** A valid query with at most `most` optional parameters: most results stay non-empty. */
export function sparseQuery(path: string, most = 2): fc.Arbitrary<Query> {
  const optional = parametersOf(path).filter((p) => !p.required).map((p) => p.name);
  return fc.tuple(validQuery(path), fc.subarray(optional, { maxLength: most })).map(([query, kept]) =>
    Object.fromEntries(Object.entries(query).filter(([name]) => kept.includes(name) || parametersOf(path).some((p) => p.required && p.name === name))),
  );
}

/** A valid query with one parameter made invalid, or a required one left out. */
export function invalidQuery(path: string): fc.Arbitrary<{ query: Query; broken: string }> {
  const breakable = parametersOf(path).filter((p) => !p.lenient && invalidValue(p.schema));
  const broken = fc.constantFrom(...breakable).chain((p) => fc.tuple(validQuery(path), invalidValue(p.schema)!).map(([query, bad]) => ({ query: { ...query, [p.name]: bad }, broken: p.name })));
  const missing = parametersOf(path).filter((p) => p.required);
  if (missing.length === 0) return broken;
  const leftOut = fc.constantFrom(...missing).chain((p) => validQuery(path).map((query) => {
    const { [p.name]: _dropped, ...rest } = query;
    return { query: rest, broken: `${p.name} (missing)` };
  }));
  return fc.oneof(broken, leftOut);
}
