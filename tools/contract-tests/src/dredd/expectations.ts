// What Dredd (Gavel) expects of an answer, from the contract. A JSON body: the response schema, inlined
// (Gavel resolves no references into the document) and marked draft-07, the draft its Ajv 6 knows.
import { derefSchema, inlineRefs, loadContract, pointerOf, valueAt } from '@crm-contacts/contract';
import { INT32_RANGE, type ContractValidator } from '@crm-contacts/contract/validator';

// Gavel's Ajv throws on a format it does not know; int32 is spelled as the bounds the contract's
// validator gives it, and password is only a hint to form builders.
const FORMATS: Record<string, Record<string, number>> = { int32: { ...INT32_RANGE }, password: {} };

function forGavel(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forGavel);
  if (!schema || typeof schema !== 'object') return schema;
  const { format, ...rest } = schema as Record<string, unknown>;
  const copy = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, forGavel(value)]));
  return typeof format === 'string' && format in FORMATS ? { ...FORMATS[format], ...copy } : format === undefined ? copy : { ...copy, format };
}

const cache = new Map<string, object | undefined>();

/** The schema of a response's body (undefined when the contract describes none). */
export function bodySchemaFor(validator: ContractValidator, path: string, method: string, status: number, mediaType: string): object | undefined {
  const pointer = validator.responseSchemaPointer(path, method, status, mediaType);
  if (!pointer) return undefined;
  if (!cache.has(pointer)) {
    const schema = forGavel(inlineRefs(loadContract(), validator.schemaAt(pointer))) as object;
    cache.set(pointer, { $schema: 'http://json-schema.org/draft-07/schema#', ...schema });
  }
  return cache.get(pointer);
}

/** The headers the contract documents for a response but does not require (Dredd expects every one). */
export function optionalHeaders(path: string, method: string, status: number): string[] {
  const document = loadContract();
  const response = derefSchema(document, valueAt(document, pointerOf('paths', path, method.toLowerCase(), 'responses', status)));
  return Object.entries<{ $ref?: string; required?: boolean }>(response?.headers ?? {})
    .filter(([, header]) => derefSchema(document, header).required !== true)
    .map(([name]) => name.toLowerCase());
}
