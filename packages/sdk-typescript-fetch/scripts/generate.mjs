// Generates the typescript-fetch SDK into generated/ (ignored by git) from the contract's 3.0 copy:
// the generator's 3.1 support is beta and types `isCompany: const` as `any`.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, requireJavaOrSkip } from '@crm-contacts/openapi-generator/generator';
import { writeGeneratorInput } from '@crm-contacts/openapi-generator/generator-input';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

requireJavaOrSkip('@crm-contacts/sdk-typescript-fetch generate');
const contract = writeGeneratorInput(join(packageDir, '.generator-input'));
const output = join(packageDir, 'generated');
rmSync(output, { recursive: true, force: true });
const ms = generate([
  '--generator-name', 'typescript-fetch',
  '--input-spec', contract,
  '--output', output,
  // ES modules with `.js` import suffixes, as NodeNext resolution needs.
  '--additional-properties', 'supportsES6=true,importFileExtension=.js',
  '--global-property', 'apiDocs=false,modelDocs=false',
], packageDir);
console.log(`generated the typescript-fetch SDK into generated/ in ${ms} ms`);
