// `paths`, `components` and `operations` from openapi-typescript.
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenApiDocument } from '@crm-contacts/contract';

export async function renderOpenApiTypes(document: OpenApiDocument): Promise<string> {
  // A deep copy: openapi-typescript annotates the document it is given.
  const ast = await openapiTS(structuredClone(document) as never, { alphabetize: false, exportType: false });
  return astToString(ast);
}
