// Validates requests' and responses' bodies against the bundled contract with Ajv (JSON Schema
// 2020-12, the dialect of OpenAPI 3.1). Used by the contract's own tests, the emulator's tests and the
// contract tests, so that "valid" means one thing everywhere.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { loadContract, type OpenApiDocument } from './index.js';
import { inlineRefs, pointerOf, resolveRef, valueAt } from './resolveRef.js';
import { readXml } from './xml/readXml.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void;
/** The id under which the validator knows the contract: another schema refers to its parts as `${CONTRACT_ID}#/components/...`. */
export const CONTRACT_ID = 'urn:crm-contacts:contract';
const INT32 = 2 ** 31;

/**
 * The formats the contract uses that JSON Schema does not define: how this validator checks each, and
 * the keywords that say as much to a validator that does not know the format.
 */
const CONTRACT_FORMATS: Record<string, { check: true | ((n: number) => boolean); keywords: object }> = {
  int32: { check: (n) => Number.isInteger(n) && n >= -INT32 && n < INT32, keywords: { minimum: -INT32, maximum: INT32 - 1 } },
  int64: { check: (n) => Number.isInteger(n), keywords: {} },
  password: { check: true, keywords: {} }, // a hint to form builders
};

function spellFormats(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(spellFormats);
  if (!schema || typeof schema !== 'object') return schema;
  const { format, ...rest } = schema as Record<string, unknown>;
  const copy = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, spellFormats(value)]));
  if (typeof format === 'string' && format in CONTRACT_FORMATS) return { ...CONTRACT_FORMATS[format].keywords, ...copy };
  return format === undefined ? copy : { ...copy, format };
}

/**
 * A schema of the contract made to stand alone, for validators that resolve no references into the
 * document and know none of its own formats (Dredd's Gavel, an editor reading the fixtures schema).
 */
export const standaloneSchema = (document: object, schema: unknown): any => spellFormats(inlineRefs(document, schema));

export interface ValidationResult {
  valid: boolean;
  /** One line per problem: the schema path that failed and why. */
  errors: string[];
  /** The body as validated (XML already read into the JSON shape). */
  value: unknown;
}

const describe = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} [schema ${e.schemaPath}]`);

export function mediaTypeOf(contentType: string | undefined | null): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

export function createValidator(document: OpenApiDocument = loadContract()) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const [name, { check }] of Object.entries(CONTRACT_FORMATS)) ajv.addFormat(name, check === true ? true : { type: 'number', validate: check });
  ajv.addSchema({ $id: CONTRACT_ID, components: document.components, paths: document.paths });
  const compiled = new Map<string, ValidateFunction>();

  function compile(pointer: string): ValidateFunction {
    let fn = compiled.get(pointer);
    if (!fn) {
      fn = ajv.compile({ $ref: `${CONTRACT_ID}#${pointer}` });
      compiled.set(pointer, fn);
    }
    return fn;
  }

  /** The JSON pointer (into the document) of a response's schema, or undefined when not described. */
  function responseSchemaPointer(path: string, method: string, status: number, mediaType: string): string | undefined {
    const operation = document.paths[path]?.[method.toLowerCase()];
    if (!operation) return undefined;
    let response = operation.responses?.[String(status)];
    if (!response) return undefined;
    let pointer = pointerOf('paths', path, method.toLowerCase(), 'responses', status);
    if (response.$ref) {
      pointer = response.$ref.slice(1);
      response = resolveRef(document, response.$ref);
    }
    if (!response?.content?.[mediaType]) return undefined;
    return pointer + pointerOf('content', mediaType, 'schema');
  }

  function validateSchema(pointer: string, value: unknown): ValidationResult {
    const fn = compile(pointer);
    const valid = fn(value) as boolean;
    return { valid, errors: valid ? [] : describe(fn.errors), value };
  }

  /** Validates a response against what the contract says of that path, method, status and media type. */
  function validateResponse(input: { path: string; method: string; status: number; contentType: string | null; body: string }): ValidationResult {
    const mediaType = mediaTypeOf(input.contentType);
    const pointer = responseSchemaPointer(input.path, input.method, input.status, mediaType);
    const where = `${input.method.toUpperCase()} ${input.path} → ${input.status} ${mediaType || '(no content type)'}`;
    if (!pointer) return { valid: false, errors: [`${where}: the contract describes no such response`], value: input.body };
    if (mediaType === 'text/plain') return validateSchema(pointer, input.body);
    let value: unknown;
    try {
      value = mediaType === 'text/xml' ? readXml(input.body, schemaAt(pointer), document) : JSON.parse(input.body);
    } catch (error) {
      return { valid: false, errors: [`${where}: body does not parse: ${(error as Error).message}`], value: input.body };
    }
    const result = validateSchema(pointer, value);
    return { ...result, errors: result.errors.map((e) => `${where}: ${e}`) };
  }

  const schemaAt = (pointer: string): any => valueAt(document, pointer);

  /** Validates a value against a named component schema (`ContactList`, `PersonContact`, ...). */
  function validateComponent(name: string, value: unknown): ValidationResult {
    return validateSchema(`/components/schemas/${name}`, value);
  }

  /** The compiled validator of the schema at a pointer into the document (a parameter's, say). */
  const validatorAt = compile;

  /** Whether the schema at a pointer is compiled already (servers compile theirs before listening). */
  const isCompiled = (pointer: string): boolean => compiled.has(pointer);

  /**
   * Compiles a schema of another format that takes some of its parts from the contract by `$ref`
   * (the emulator's fixtures), so that those parts are checked as the contract checks them.
   */
  const compileWithContract = (schema: object): ValidateFunction => ajv.compile(schema);

  return { validateResponse, validateComponent, responseSchemaPointer, schemaAt, validatorAt, isCompiled, compileWithContract };
}

export type ContractValidator = ReturnType<typeof createValidator>;

const shared = new WeakMap<OpenApiDocument, ContractValidator>();

/** The validator of a document, made once and shared by its callers (its schemas compile on first use). */
export function validatorFor(document: OpenApiDocument = loadContract()): ContractValidator {
  let validator = shared.get(document);
  if (!validator) shared.set(document, (validator = createValidator(document)));
  return validator;
}
