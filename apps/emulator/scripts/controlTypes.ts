// The TypeScript shapes of the control API (journal entries, fault rules, scenario listings), generated from
// control-api/openapi.yaml by openapi-typescript, so the code serving that API cannot drift from the document
// its routes are built from. `pnpm generate` writes it; test/http/controlTypes.test.ts fails on drift.
import { readFileSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

export const CONTROL_TYPES_FILE = new URL('../src/generated/controlApi.ts', import.meta.url);
const CONTROL_DOCUMENT = new URL('../control-api/openapi.yaml', import.meta.url);

/** The types of the control API document as committed, or of this YAML text of it (its `$ref`s read from beside the file). */
export async function renderControlTypes(yaml: string = readFileSync(CONTROL_DOCUMENT, 'utf8')): Promise<string> {
  const types = astToString(await openapiTS(yaml, { cwd: CONTROL_DOCUMENT, alphabetize: false, exportType: false, emptyObjectsUnknown: true }));
  return '// Generated from control-api/openapi.yaml by scripts/controlTypes.ts (`pnpm generate`). Do not edit.\n' + types;
}

if (process.argv[1] === import.meta.filename) writeFileSync(CONTROL_TYPES_FILE, await renderControlTypes());
