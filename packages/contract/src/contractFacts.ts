// The facts the contract states that code needs as values: bounds of parameters, the empty guid, the
// descending sort order, the error kinds and their HRESULTs (operations' paths: contractOperations.ts).
// Read from the bundled document so that nothing restates them by hand (a test fails on a bound's
// literal outside this package).
import { loadContract, type OpenApiDocument } from './loadContract.js';
import { derefSchema } from './resolveRef.js';

/** A query parameter of the contract, by its name. */
export function queryParameter(name: string, document: OpenApiDocument = loadContract()): { name: string; schema: any; [key: string]: any } {
  const found = Object.values(document.components.parameters).find((p) => p.in === 'query' && p.name === name);
  if (!found) throw new Error(`the contract has no query parameter '${name}'`);
  return found;
}

/** The value of an extension the contract must carry; a missing one is an error naming it. */
function extensionOf(owner: Record<string, any>, extension: string, where: string): any {
  const value = owner[extension];
  if (value === undefined) throw new Error(`the contract's ${where} has no ${extension}`);
  return value;
}

/** The guid `responsibleid` takes for "managed by nobody" (`x-crm-empty-guid`). */
export const emptyGuid = (document: OpenApiDocument = loadContract()): string =>
  extensionOf(queryParameter('responsibleid', document), 'x-crm-empty-guid', 'responsibleid');

/** The one `sortOrder` that sorts descending (`x-crm-descending`); any other value sorts ascending. */
export const descendingSortOrder = (document: OpenApiDocument = loadContract()): string =>
  extensionOf(queryParameter('sortOrder', document), 'x-crm-descending', 'sortOrder');

export interface ContractLimits {
  /** The largest `count`, and the default: a page of contacts. */
  pageSize: number;
  /** The most tags one query may name (`tags`' maxItems), and the longest tag. */
  maxTags: number;
  maxTagLength: number;
  /** The largest `startIndex`. */
  maxStartIndex: number;
}

export function contractLimits(document: OpenApiDocument = loadContract()): ContractLimits {
  const schemaOf = (name: string) => derefSchema(document, queryParameter(name, document).schema);
  const tags = schemaOf('tags');
  return {
    pageSize: schemaOf('count').maximum,
    maxTags: tags.maxItems,
    maxTagLength: derefSchema(document, tags.items).maxLength,
    maxStartIndex: schemaOf('startIndex').maximum,
  };
}

/**
 * Room for the longest request line the contract admits: every tag at its longest, each character
 * percent-encoded (3 bytes), rounded up to a power of two (Node's default 16 KiB is far too small).
 */
export function maxRequestHeaderBytes(document: OpenApiDocument = loadContract()): number {
  const { maxTags, maxTagLength } = contractLimits(document);
  return 2 ** Math.ceil(Math.log2(maxTags * ('&tags='.length + maxTagLength * 3)));
}

/** The errors the contract describes, each named after its example in `components/examples`. */
export const ERROR_KINDS = ['BadParameter', 'AuthenticationFailed', 'NoCrmAccess', 'NotFound', 'ServerError'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];
export interface ErrorFacts { statusCode: number; hresult: number; message: string }

/** Status, HRESULT and message of each error kind, as the contract's examples state them. */
export function errorFacts(document: OpenApiDocument = loadContract()): Record<ErrorKind, ErrorFacts> {
  return Object.fromEntries(ERROR_KINDS.map((kind) => {
    const example = document.components.examples[kind]?.value;
    if (!example?.error) throw new Error(`the contract has no error example '${kind}'`);
    return [kind, { statusCode: example.statusCode, hresult: example.error.hresult, message: example.error.message }];
  })) as Record<ErrorKind, ErrorFacts>;
}
