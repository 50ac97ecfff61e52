// The component schemas as a small runtime document, for readers that need the schema at run time
// (the XML reader) in a browser, where the full contract (descriptions, examples) would be too big.
import type { OpenApiDocument } from '@crm-contacts/contract';

// What a reader needs from a schema; descriptions, examples, patterns and extensions are dropped.
const KEPT = new Set(['type', 'properties', 'items', 'required', 'allOf', 'oneOf', 'anyOf', 'const', 'enum', '$ref']);

function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (KEPT.has(key)) out[key] = key === 'properties' ? stripProperties(value as Record<string, unknown>) : strip(value);
  }
  return out;
}

const stripProperties = (properties: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(properties).map(([name, schema]) => [name, strip(schema)]));

export function renderReaderSchemas(document: OpenApiDocument): string {
  const schemas = stripProperties(document.components.schemas);
  return [
    '/** The contract\'s component schemas, reduced to structure and types, as a `$ref`-resolvable document. */',
    `export const readerSchemas = ${JSON.stringify({ components: { schemas } }, null, 2)} as const;`,
    '',
  ].join('\n');
}
