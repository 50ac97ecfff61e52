// The one walk over the contract's operations: every path and method, with its suffix form, the
// operation of its plain path, and its parameters resolved. The emulator's routes, the property tests'
// queries, the bench's workload and the browser tests' expectations all start from it.
import { loadContract, type OpenApiDocument } from './loadContract.js';
import { pointerOf, resolveRef } from './resolveRef.js';

/**
 * The suffix forms a path can be asked in (`/x.json`, `/x.xml`): a form's suffix is its name. The bundler
 * (tools/contract-build) generates them from `x-crm-suffix-forms`; test/contractFacts.test.ts fails when
 * the bundle has a form this list lacks or lacks one it names.
 */
export const SUFFIX_FORMS = ['json', 'xml'] as const;
export type SuffixForm = (typeof SUFFIX_FORMS)[number];
export type PathForm = 'plain' | SuffixForm;
const suffixOf = (form: PathForm) => (form === 'plain' ? '' : `.${form}`);

/** The form a request path asks for by its suffix. */
export const pathFormOf = (path: string): PathForm => SUFFIX_FORMS.find((form) => path.endsWith(suffixOf(form))) ?? 'plain';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface ContractParameter {
  name: string;
  in: string;
  required: boolean;
  /** The schema as the document has it (it may be a `$ref`; `derefSchema` resolves it). */
  schema: Record<string, any>;
  /** JSON pointer of the schema in the document, for the validator. */
  schemaPointer: string;
  /** The whole parameter object, extensions (`x-crm-lenient`, `x-crm-framework`) included. */
  definition: Record<string, any>;
}

export interface ContractOperation {
  /** Lower case, as in the document. */
  method: (typeof METHODS)[number];
  path: string;
  /** The suffix form this path serves, and the plain path it is a form of. */
  form: PathForm;
  plainPath: string;
  operationId: string;
  /** The operationId of the plain form: `filterContacts` for `filterContactsXml` too. */
  family: string;
  summary: string;
  tags: string[];
  parameters: ContractParameter[];
  /** The operation object itself. */
  operation: Record<string, any>;
}

function parameterList(document: OpenApiDocument, list: Record<string, any>[] | undefined, listPointer: (index: number) => string): ContractParameter[] {
  return (list ?? []).map((p, index) => {
    const definition = p.$ref ? resolveRef(document, p.$ref) : p;
    const at = p.$ref ? p.$ref.slice(1) : listPointer(index);
    return { name: definition.name, in: definition.in, required: !!definition.required, schema: definition.schema, schemaPointer: `${at}/schema`, definition };
  });
}

/** The path item's parameters (OpenAPI: shared by its operations), then the operation's, which override one of the same name and place. */
function parametersOf(document: OpenApiDocument, path: string, method: string, item: Record<string, any>, operation: Record<string, any>): ContractParameter[] {
  const own = parameterList(document, operation.parameters, (index) => pointerOf('paths', path, method, 'parameters', index));
  const shared = parameterList(document, item.parameters, (index) => pointerOf('paths', path, 'parameters', index))
    .filter((p) => !own.some((o) => o.name === p.name && o.in === p.in));
  return [...shared, ...own];
}

/** Every operation of the document, in its order of paths and methods. */
export function contractOperations(document: OpenApiDocument = loadContract()): ContractOperation[] {
  return Object.entries(document.paths).flatMap(([path, item]) => {
    const form = pathFormOf(path);
    const plainPath = path.slice(0, path.length - suffixOf(form).length);
    return METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method];
      return {
        method, path, form, plainPath, operationId: operation.operationId,
        family: document.paths[plainPath]?.[method]?.operationId ?? operation.operationId,
        summary: operation.summary, tags: operation.tags ?? [],
        parameters: parametersOf(document, path, method, item, operation), operation,
      };
    });
  });
}

/** The path of an operation (by the operationId of its plain form), in the form asked for. */
export function operationPath(operationId: string, form: PathForm = 'plain', document: OpenApiDocument = loadContract()): string {
  const operations = contractOperations(document);
  const plain = operations.find((o) => o.form === 'plain' && o.operationId === operationId);
  if (!plain) throw new Error(`the contract has no operation '${operationId}'`);
  const found = operations.find((o) => o.family === operationId && o.form === form);
  if (!found) throw new Error(`the contract has no ${form} form of '${operationId}' (${plain.path}${suffixOf(form)})`);
  return found.path;
}
