// Bundles a split OpenAPI document (its $refs to other files inlined) into one JSON file with Redocly:
// the CRM contract at build time, and the emulator's control API, each by the same machinery.
// Other packages run it as the `crm-contract-bundle <root.yaml> <out.json>` bin (src/bin/bundle.ts).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { addSuffixForms } from './suffixForms.js';

const require = createRequire(import.meta.url);
const redocly = () => resolve(dirname(require.resolve('@redocly/cli/package.json')), 'bin/cli.js');

/** Writes the bundle, pretty-printed, with the `.json`/`.xml` forms its paths ask for (suffixForms.ts), and returns it. */
export function bundleDocument(rootFile: string, outFile: string): Record<string, any> {
  mkdirSync(dirname(outFile), { recursive: true });
  // its output is a banner; a failure throws with it
  execFileSync(process.execPath, [redocly(), 'bundle', rootFile, '--output', outFile], { stdio: 'pipe' });
  const document = addSuffixForms(JSON.parse(readFileSync(outFile, 'utf8')));
  writeFileSync(outFile, `${JSON.stringify(document, null, 2)}\n`);
  return document;
}
