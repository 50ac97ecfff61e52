// What Dredd (Gavel) expects of an answer, from the contract. A JSON body: the response schema made to
// stand alone (Gavel resolves no references and throws on a format it does not know) and marked
// draft-07, the draft its Ajv 6 knows.
import { derefSchema, loadContract, pointerOf, valueAt } from '@crm-contacts/contract';
import { standaloneSchema, type ContractValidator } from '@crm-contacts/contract/validator';

const cache = new Map<string, object | undefined>();

/** The schema of a response's body (undefined when the contract describes none). */
export function bodySchemaFor(validator: ContractValidator, path: string, method: string, status: number, mediaType: string): object | undefined {
  const pointer = validator.responseSchemaPointer(path, method, status, mediaType);
  if (!pointer) return undefined;
  if (!cache.has(pointer)) {
    const schema = standaloneSchema(loadContract(), validator.schemaAt(pointer)) as object;
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
