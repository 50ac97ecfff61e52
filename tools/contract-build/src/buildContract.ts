// Bundles a hand-authored, split document into a folder: the 3.1 document as JSON and YAML, and a
// 3.0.3 copy for tools that do not read 3.1. `@crm-contacts/contract`'s build runs it on openapi/ as the
// `crm-contract-build <root.yaml> <out-dir>` bin (src/bin/build.ts); never edit its dist/ by hand.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { bundleDocument } from './bundleDocument.js';
import { downConvert } from './downConvert.js';

/** Writes openapi.json, openapi.yaml, openapi-3.0.json and openapi-3.0.yaml into `outDir`; returns how many paths the bundle has. */
export function buildContract(rootFile: string, outDir: string): number {
  const document = bundleDocument(rootFile, join(outDir, 'openapi.json'));
  writeFileSync(join(outDir, 'openapi.yaml'), stringify(document, { lineWidth: 0 }));
  const legacy = downConvert(document);
  writeFileSync(join(outDir, 'openapi-3.0.json'), `${JSON.stringify(legacy, null, 2)}\n`);
  writeFileSync(join(outDir, 'openapi-3.0.yaml'), stringify(legacy, { lineWidth: 0 }));
  return Object.keys(document.paths).length;
}
