// The emulator's routes, read from the contract (contractOperations): every path and method it describes
// becomes a route, with its parameters and the representation its suffix selects. Nothing here lists them again.
import { contractOperations, loadContract, type OpenApiDocument } from '@crm-contacts/contract';
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

export function readOperations(document: OpenApiDocument = loadContract()): OperationSpec[] {
  return contractOperations(document).map(({ method, path, operationId, family, parameters }) => ({
    method: method.toUpperCase() as OperationSpec['method'],
    path,
    operationId,
    family,
    representation: representationOf(path),
    parameters: parameters.map(({ name, required, schema, schemaPointer, definition }) => ({
      name, required, schema, schemaPointer, lenient: !!definition['x-crm-lenient'], framework: !!definition['x-crm-framework'],
    })),
  }));
}
