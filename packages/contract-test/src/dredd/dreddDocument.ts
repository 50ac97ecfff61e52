// Dredd reads the 3.0 copy of the contract, but its OpenAPI 3 parser rejects a component named like
// one of its element types ("'parameters' contains a reserved key 'category'"). Parameters are
// inlined into the operations in a private copy, which changes nothing else.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractFiles, inlineRefs } from '@crm-contacts/contract';

export function dreddDocument(): Record<string, any> {
  const document = JSON.parse(readFileSync(contractFiles.json30, 'utf8'));
  for (const pathItem of Object.values<Record<string, any>>(document.paths)) {
    for (const operation of Object.values<any>(pathItem)) {
      if (operation?.parameters) operation.parameters = inlineRefs(document, operation.parameters);
    }
  }
  delete document.components.parameters;
  return document;
}

/** Writes the copy to a fresh temporary file and returns its path. */
export function writeDreddDocument(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'crm-dredd-')), 'openapi-3.0.dredd.json');
  writeFileSync(file, JSON.stringify(dreddDocument(), null, 1));
  return file;
}
