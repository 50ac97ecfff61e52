// The emulator's routes, read from the contract: every path and method it describes becomes a route,
// with its parameters and the representation its suffix selects. Nothing here lists them again.
import { loadContract, pointerOf, resolveRef, type OpenApiDocument } from '@crm-contacts/contract';
import { representationOf, type Representation } from './representation.js';

export interface ParameterSpec {
  name: string;
  required: boolean;
  schema: Record<string, any>;
  /** `x-crm-lenient`: the server never rejects it; an invalid value falls back to the default. */
  lenient: boolean;
  /** `x-crm-framework`: read by the API framework: `x[]=` wins over `x=`, `x=a,b` is split on commas, a scalar keeps the first element. */
  framework: boolean;
  /** JSON pointer of the parameter's schema in the contract, for the validator. */
  schemaPointer: string;
}

export interface OperationSpec {
  method: 'GET' | 'POST';
  path: string;
  operationId: string;
  /** The operation without its suffix form: `filterContacts` for `filterContactsXml` too. */
  family: string;
  representation: Representation;
  parameters: ParameterSpec[];
}

const SUFFIX = /(Json|Xml)$/;

export function readOperations(document: OpenApiDocument = loadContract()): OperationSpec[] {
  const operations: OperationSpec[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      const representation = representationOf(path);
      const parameters = (operation.parameters ?? []).map((p: any, index: number) => {
        const parameter = p.$ref ? resolveRef(document, p.$ref) : p;
        const at = p.$ref ? p.$ref.slice(1) : pointerOf('paths', path, method, 'parameters', index);
        return {
          name: parameter.name, required: !!parameter.required, schema: parameter.schema,
          lenient: !!parameter['x-crm-lenient'], framework: !!parameter['x-crm-framework'], schemaPointer: `${at}/schema`,
        };
      });
      operations.push({
        method: method.toUpperCase() as OperationSpec['method'],
        path,
        operationId: operation.operationId,
        family: operation.operationId.replace(SUFFIX, ''),
        representation,
        parameters,
      });
    }
  }
  return operations;
}

