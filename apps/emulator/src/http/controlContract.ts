// The control API's own document as the judge of what its callers send: query parameters and bodies are
// validated by the contract package's Ajv against it (no schema restated here), and a refusal names the field.
import { credentialPlaces, pointerOf, refName, resolveRef, type OpenApiDocument } from '@crm-contacts/contract';
import { validatorFor } from '@crm-contacts/contract/validator';
import type { ErrorObject } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { ApiError } from './errors.js';

let document: OpenApiDocument | undefined;
/** The bundled control API document (`@crm-contacts/emulator/control-api/openapi.json`, made by the build). */
export function controlDocument(): OpenApiDocument {
  document ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@crm-contacts/emulator/control-api/openapi.json'), 'utf8')) as OpenApiDocument;
  return document;
}

// Credentials may come in the query (asc_auth_key), as for the CRM API: not a parameter to refuse.
const CREDENTIAL_QUERY = credentialPlaces().query;

function operationById(operationId: string): { path: string; method: string; operation: any } {
  for (const [path, item] of Object.entries<any>(controlDocument().paths)) {
    for (const [method, operation] of Object.entries<any>(item)) if (operation?.operationId === operationId) return { path, method, operation };
  }
  throw new Error(`the control API document has no operation ${operationId}`);
}

/** The member an `additionalProperties` or `unevaluatedProperties` error is about, which Ajv keeps out of its message. */
const extraMember = (e: ErrorObject): string => {
  const { additionalProperty, unevaluatedProperty } = e.params as { additionalProperty?: string; unevaluatedProperty?: string };
  const name = additionalProperty ?? unevaluatedProperty;
  return name === undefined ? '' : ` (${name})`;
};

const describeErrors = (where: string, errors: ErrorObject[] | null | undefined): string =>
  (errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? 'is invalid'}${extraMember(e)}`).join('; ');

/** The operation's query parameters, read and checked: numbers as numbers; an unknown, repeated or invalid one is a 400 naming it. */
export function readControlQuery(operationId: string, query: Record<string, string | string[] | undefined>): Record<string, string | number> {
  const { path, method, operation } = operationById(operationId);
  const validator = validatorFor(controlDocument());
  const parameters = new Map<string, { schema: any; pointer: string }>();
  (operation.parameters ?? []).forEach((parameter: any, index: number) => {
    const resolved = parameter.$ref ? resolveRef(controlDocument(), parameter.$ref) : parameter;
    if (resolved.in !== 'query') return;
    const pointer = parameter.$ref ? pointerOf('components', 'parameters', refName(parameter.$ref), 'schema') : pointerOf('paths', path, method, 'parameters', index, 'schema');
    parameters.set(resolved.name, { schema: resolved.schema, pointer });
  });
  const values: Record<string, string | number> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined || CREDENTIAL_QUERY.includes(name.toLowerCase())) continue;
    const parameter = parameters.get(name);
    if (!parameter) throw ApiError.of('BadParameter', `querystring/${name} is not a parameter of ${operationId} (${[...parameters.keys()].join(', ')})`);
    if (Array.isArray(raw)) throw ApiError.of('BadParameter', `querystring/${name} is given more than once`);
    const numeric = parameter.schema.type === 'integer' || parameter.schema.type === 'number';
    const value = numeric && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    const check = validator.validatorAt(parameter.pointer);
    if (!check(value)) throw ApiError.of('BadParameter', describeErrors(`querystring/${name}`, check.errors));
    values[name] = value;
  }
  return values;
}

/** The operation's JSON body, checked against its schema; a 400 naming every field that is wrong. */
export function checkControlBody<T>(operationId: string, body: unknown): T {
  const { path, method } = operationById(operationId);
  const check = validatorFor(controlDocument()).validatorAt(pointerOf('paths', path, method, 'requestBody', 'content', 'application/json', 'schema'));
  if (!check(body)) throw ApiError.of('BadParameter', describeErrors('body', check.errors));
  return body as T;
}
