// Dredd reads the 3.0 copy of the contract, but its OpenAPI 3 parser rejects a component named like
// one of its element types ("'parameters' contains a reserved key 'category'"). Parameters are
// inlined into the operations in a private copy, which changes nothing else.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractFiles, contractOperations, inlineRefs, type OpenApiDocument } from '@crm-contacts/contract';

export function dreddDocument(): Record<string, any> {
  const document: OpenApiDocument = JSON.parse(readFileSync(contractFiles.json30, 'utf8'));
  for (const { operation } of contractOperations(document)) {
    if (operation.parameters) operation.parameters = inlineRefs(document, operation.parameters);
  }
  const { parameters: _inlined, ...components } = document.components;
  return { ...document, components };
}

/** Writes the copy to a fresh temporary file and returns its path. */
export function writeDreddDocument(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'crm-dredd-')), 'openapi-3.0.dredd.json');
  writeFileSync(file, JSON.stringify(dreddDocument(), null, 1));
  return file;
}
