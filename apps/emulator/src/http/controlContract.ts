// The control API's own document as the source of its routes and the judge of what callers send: each
// operation's method, path, path and query parameters and body come from it and are checked by the contract
// package's Ajv against it (no schema restated here); a refusal names the field.
import { contractOperations, credentialPlaces, pointerOf, type ContractParameter, type OpenApiDocument } from '@crm-contacts/contract';
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

/** How a CRM request selects a scenario: the header, or the base URL's prefix (the document's `x-scenario-selection`). */
export const scenarioSelection = (): { header: string; pathPrefix: string } => controlDocument()['x-scenario-selection'] as { header: string; pathPrefix: string };

// Credentials may come in the query (asc_auth_key), as for the CRM API: not a parameter to refuse.
const CREDENTIAL_QUERY = credentialPlaces().query;

type RawQuery = Record<string, string | string[] | undefined>;
/** What a caller sent, as the document reads it: path parameters, query parameters (numbers as numbers), the JSON body. */
export interface ControlInput {
  params: Record<string, string>;
  query: Record<string, string | number>;
  body: unknown;
}

export interface ControlOperation {
  operationId: string;
  /** Upper case, as Fastify takes it. */
  method: string;
  /** The document's path (`/__emulator/scenarios/{name}`). */
  path: string;
  /** The same in Fastify's form (`/__emulator/scenarios/:name`). */
  url: string;
  /** Checks the request against the operation; a 400 naming the field when it is wrong. */
  read(request: { params: unknown; query: unknown; body: unknown }): ControlInput;
}

/** Every operation of the document, in its order (the contract package's one walk over a document's operations). */
export function controlOperations(source: OpenApiDocument = controlDocument()): ControlOperation[] {
  return contractOperations(source).map(({ operationId, method, path, parameters, operation }) => {
    const bodyPointer = operation.requestBody?.content?.['application/json'] ? pointerOf('paths', path, method, 'requestBody', 'content', 'application/json', 'schema') : undefined;
    // each check compiled as its route is made, not on the first request: a first scenario load must not stall others
    for (const pointer of [...parameters.map((p) => p.schemaPointer), ...(bodyPointer === undefined ? [] : [bodyPointer])]) validatorFor(source).validatorAt(pointer);
    return {
      operationId,
      method: method.toUpperCase(),
      path,
      url: path.replace(/\{([^}]+)\}/g, ':$1'),
      read: (request) => ({
        params: readPathParameters(source, parameters, request.params as Record<string, string>),
        query: readQuery(source, operationId, parameters, request.query as RawQuery),
        body: bodyPointer === undefined ? undefined : checked(source, bodyPointer, 'body', request.body),
      }),
    };
  });
}

/** The member an `additionalProperties` or `unevaluatedProperties` error is about, which Ajv keeps out of its message. */
const extraMember = (e: ErrorObject): string => {
  const { additionalProperty, unevaluatedProperty } = e.params as { additionalProperty?: string; unevaluatedProperty?: string };
  const name = additionalProperty ?? unevaluatedProperty;
  return name === undefined ? '' : ` (${name})`;
};

const describeErrors = (where: string, errors: ErrorObject[] | null | undefined): string =>
  (errors ?? []).map((e) => `${where}${e.instancePath} ${e.message ?? 'is invalid'}${extraMember(e)}`).join('; ');

function checked<T>(source: OpenApiDocument, pointer: string, where: string, value: T): T {
  const check = validatorFor(source).validatorAt(pointer);
  if (!check(value)) throw ApiError.of('BadParameter', describeErrors(where, check.errors));
  return value;
}

function readPathParameters(source: OpenApiDocument, parameters: ContractParameter[], raw: Record<string, string>): Record<string, string> {
  for (const parameter of parameters) {
    if (parameter.in === 'path') checked(source, parameter.schemaPointer, `path/${parameter.name} (${JSON.stringify(raw[parameter.name])})`, raw[parameter.name]);
  }
  return raw;
}

/** The query parameters, read and checked: numbers as numbers; an unknown, repeated or invalid one is a 400 naming it. */
function readQuery(source: OpenApiDocument, operationId: string, parameters: ContractParameter[], query: RawQuery): Record<string, string | number> {
  const known = new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p]));
  const values: Record<string, string | number> = {};
  for (const [name, raw] of Object.entries(query ?? {})) {
    if (raw === undefined || CREDENTIAL_QUERY.includes(name.toLowerCase())) continue;
    const parameter = known.get(name);
    if (!parameter) throw ApiError.of('BadParameter', `querystring/${name} is not a parameter of ${operationId}${known.size ? ` (${[...known.keys()].join(', ')})` : ''}`);
    if (Array.isArray(raw)) throw ApiError.of('BadParameter', `querystring/${name} is given more than once`);
    const numeric = parameter.schema.type === 'integer' || parameter.schema.type === 'number';
    values[name] = checked(source, parameter.schemaPointer, `querystring/${name}`, numeric && /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw);
  }
  return values;
}
