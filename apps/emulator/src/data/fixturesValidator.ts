// The JSON Schema check of a fixtures file (loaded only when a fixtures file is given). The schema
// takes every enum, bound and format the contract states (ids, dates, info types, categories, share
// types) from the contract by `$ref`, so it is compiled by the contract's own validator.
import { loadContract, type OpenApiDocument } from '@crm-contacts/contract';
import { validatorFor } from '@crm-contacts/contract/validator';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import schema from './fixtures.schema.json' with { type: 'json' };

import type { SchemaProblem } from './fixturesError.js';

export type { SchemaProblem };

const compiled = new WeakMap<OpenApiDocument, ValidateFunction>();

function fixturesValidator(contract: OpenApiDocument): ValidateFunction {
  let validate = compiled.get(contract);
  if (!validate) compiled.set(contract, (validate = validatorFor(contract).compileWithContract(schema)));
  return validate;
}

/** Compiles the check now, so that the first scenario load does not compile it while other requests wait. */
export function prepareSchemaCheck(contract: OpenApiDocument = loadContract()): void {
  fixturesValidator(contract);
}

/** Whether the check against this contract is compiled already (the emulator prepares it before it listens). */
export function schemaCheckCompiled(contract: OpenApiDocument = loadContract()): boolean {
  return compiled.has(contract);
}

/** Every schema violation, each with the JSON pointer of the offending value. */
export function schemaProblems(document: unknown, contract: OpenApiDocument = loadContract()): SchemaProblem[] {
  const validate = fixturesValidator(contract);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => ({
    path: e.instancePath || '/',
    message: e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties'
      ? `unknown property ${JSON.stringify((e.params as Record<string, string>).additionalProperty ?? (e.params as Record<string, string>).unevaluatedProperty)}`
      : e.keyword === 'enum' ? `${e.message}: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}` : (e.message ?? e.keyword),
  }));
}
