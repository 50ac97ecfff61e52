// The JSON Schema check of a fixtures file (loaded only when a fixtures file is given).
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv/dist/2020.js';
import schema from './fixtures.schema.json' with { type: 'json' };

import type { SchemaProblem } from './fixturesError.js';

export type { SchemaProblem };

// ajv is CommonJS: under NodeNext the class is the module's `default` property
const Ajv2020 = Ajv2020Module.default;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

/** Every schema violation, each with the JSON pointer of the offending value. */
export function schemaProblems(document: unknown): SchemaProblem[] {
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => ({
    path: e.instancePath || '/',
    message: e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties'
      ? `unknown property ${JSON.stringify((e.params as Record<string, string>).additionalProperty ?? (e.params as Record<string, string>).unevaluatedProperty)}`
      : (e.message ?? e.keyword),
  }));
}
