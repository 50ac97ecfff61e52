// Turns the 3.1 bundle into OpenAPI 3.0.3 for tools that read only 3.0 (openapi-generator, Dredd).
// It handles exactly the 3.1 features this contract uses; anything else it meets is an error, so a new
// feature in the contract cannot slip into the 3.0 copy unconverted.
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function convertSchema(schema: JsonObject, where: string): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'type' && Array.isArray(value)) {
      const types = value.filter((t) => t !== 'null');
      if (types.length !== 1) throw new Error(`${where}: cannot express type ${JSON.stringify(value)} in 3.0`);
      out.type = types[0];
      if (types.length !== value.length) out.nullable = true;
    } else if (key === 'const') {
      out.enum = [value];
      // 3.0 tools read a typeless enum's values as strings (`'false'`): say what the constant is
      if (schema.type === undefined && value !== null) out.type = Array.isArray(value) ? 'array' : typeof value === 'number' ? (Number.isInteger(value) ? 'integer' : 'number') : typeof value;
    } else if (key === 'examples' && Array.isArray(value)) {
      if (value.length > 0) out.example = value[0];
    } else if ((key === 'oneOf' || key === 'anyOf') && Array.isArray(value)) {
      const nonNull = value.filter((s) => !(isObject(s) && s.type === 'null'));
      const converted = nonNull.map((s, i) => convertSchema(s as JsonObject, `${where}.${key}[${i}]`));
      if (nonNull.length !== value.length) {
        // `oneOf: [X, {type: null}]` becomes a nullable X, the 3.0 idiom.
        out.nullable = true;
        if (converted.length === 1) out.allOf = converted;
        else out[key] = converted;
      } else {
        out[key] = converted;
      }
    } else if (key === 'properties' && isObject(value)) {
      out.properties = Object.fromEntries(
        Object.entries(value).map(([name, s]) => [name, convertSchema(s as JsonObject, `${where}.properties.${name}`)]),
      );
    } else if ((key === 'items' || key === 'additionalProperties' || key === 'not') && isObject(value)) {
      out[key] = convertSchema(value, `${where}.${key}`);
    } else if (key === 'allOf' && Array.isArray(value)) {
      out.allOf = value.map((s, i) => convertSchema(s as JsonObject, `${where}.allOf[${i}]`));
    } else if (['$defs', 'prefixItems', 'if', 'then', 'else', 'dependentSchemas', 'unevaluatedProperties', 'contentMediaType'].includes(key)) {
      throw new Error(`${where}: the 3.0 copy cannot express '${key}'`);
    } else if (key === 'type' && value === 'null') {
      throw new Error(`${where}: a lone 'null' type has no 3.0 equivalent`);
    } else {
      out[key] = value;
    }
  }
  return out;
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
