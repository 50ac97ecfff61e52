// Turns the 3.1 bundle into OpenAPI 3.0.3 for tools that read only 3.0 (openapi-generator, Dredd).
// It works from allowlists: what 3.0 has as it is, and the 3.1 features this contract uses, converted.
// Any other keyword is an error naming it, so nothing new in the contract slips into the 3.0 copy.
// Kept by hand: @apiture/openapi-down-convert does not convert `oneOf: [X, {type: 'null'}]` and drops
// `info.license`.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isExtension = (key: string) => key.startsWith('x-');

/** Schema Object keywords 3.0.3 has, copied as they are (the ones holding schemas are walked). */
const SCHEMA_KEYWORDS_AS_IS = new Set([
  '$ref', 'title', 'description', 'multipleOf', 'maximum', 'minimum', 'maxLength', 'minLength', 'pattern',
  'maxItems', 'minItems', 'uniqueItems', 'maxProperties', 'minProperties', 'required', 'enum', 'format',
  'default', 'discriminator', 'readOnly', 'writeOnly', 'xml', 'externalDocs', 'example', 'deprecated',
]);
/** Where a schema holds other schemas. */
const SUBSCHEMA_KEYWORDS = new Set(['items', 'additionalProperties', 'not']);
const DOCUMENT_KEYWORDS = new Set(['openapi', 'info', 'servers', 'paths', 'components', 'security', 'tags', 'externalDocs']);
const COMPONENT_KEYWORDS = new Set(['schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks']);

const isNullSchema = (schema: Json) => isObject(schema) && schema.type === 'null' && Object.keys(schema).length === 1;

/**
 * 3.0.3's null: `nullable` adds null only to a `type` beside it, so the alternative to a reference is a
 * typed nullable schema whose one value is null (Redocly's `nullable-type-sibling` wants the type).
 */
const NULL_ALTERNATIVE: JsonObject = { type: 'object', nullable: true, enum: [null] };

function jsonTypeOf(value: Json): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function convertSchema(schema: JsonObject, where: string): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    const at = `${where}.${key}`;
    if (SCHEMA_KEYWORDS_AS_IS.has(key) || isExtension(key)) {
      out[key] = value;
    } else if (key === 'type' && typeof value === 'string') {
      if (value === 'null') throw new Error(`${at}: a lone 'null' type has no 3.0 equivalent`);
      out.type = value;
    } else if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((t) => t !== 'null');
      if (types.length !== 1) throw new Error(`${at}: cannot express type ${JSON.stringify(value)} in 3.0`);
      out.type = types[0];
      if (types.length !== value.length) out.nullable = true;
    } else if (key === 'const') {
      out.enum = [value];
      // 3.0 tools read a typeless enum's values as strings (`'false'`): say what the constant is
      if (schema.type === undefined && value !== null) out.type = jsonTypeOf(value);
    } else if (key === 'examples' && Array.isArray(value)) {
      if (value.length > 0) out.example = value[0];
    } else if ((key === 'oneOf' || key === 'anyOf' || key === 'allOf') && Array.isArray(value)) {
      out[key] = value.map((s, i) => (key !== 'allOf' && isNullSchema(s) ? NULL_ALTERNATIVE : convertSchema(s as JsonObject, `${at}[${i}]`)));
    } else if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(Object.entries(value).map(([name, s]) => [name, convertSchema(s as JsonObject, `${at}.${name}`)]));
    } else if (SUBSCHEMA_KEYWORDS.has(key) && isObject(value)) {
      out[key] = convertSchema(value, at);
    } else if (key === 'additionalProperties' && typeof value === 'boolean') {
      out[key] = value;
    } else {
      throw new Error(`${at}: the 3.0 copy does not know the keyword '${key}'`);
    }
  }
  return out;
}

function allowOnly(node: JsonObject, allowed: Set<string>, where: string): void {
  for (const key of Object.keys(node)) {
    if (!allowed.has(key) && !isExtension(key)) throw new Error(`${where}.${key}: the 3.0 copy does not know the keyword '${key}'`);
  }
}

// Walks every place a schema can sit in the document and converts it.
function convertNode(node: Json, where: string): Json {
  if (Array.isArray(node)) return node.map((item, i) => convertNode(item, `${where}[${i}]`));
  if (!isObject(node)) return node;
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'schema' && isObject(value)) out.schema = convertSchema(value, `${where}.schema`);
    else if (key === 'schemas' && where === '$.components' && isObject(value)) {
      out.schemas = Object.fromEntries(
        Object.entries(value).map(([name, s]) => [name, convertSchema(s as JsonObject, `${where}.schemas.${name}`)]),
      );
    } else if (key === 'examples' || key === 'example') out[key] = value;
    else out[key] = convertNode(value, `${where}.${key}`);
  }
  return out;
}

export function downConvert(document: JsonObject): JsonObject {
  allowOnly(document, DOCUMENT_KEYWORDS, '$');
  if (isObject(document.components)) allowOnly(document.components, COMPONENT_KEYWORDS, '$.components');
  const converted = convertNode(document, '$') as JsonObject;
  converted.openapi = '3.0.3';
  const info = { ...(converted.info as JsonObject) };
  delete info.summary; // 3.0 has no info.summary
  const license = isObject(info.license) ? { ...info.license } : undefined;
  if (license) {
    delete license.identifier;
    info.license = license;
  }
  converted.info = info;
  return converted;
}
