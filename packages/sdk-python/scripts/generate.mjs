// Generates the Python SDK (package crm_contacts_sdk) into generated/ (ignored by git) from the
// contract's 3.0 copy, with the runner and input preparation of tools/openapi-generator.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, requireJavaOrSkip } from '@crm-contacts/openapi-generator/generator';
import { writeGeneratorInput } from '@crm-contacts/openapi-generator/generator-input';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
// ShareType's x-enum-varnames include `None`: the generator would write `None = 0`, a SyntaxError.
const PYTHON_KEYWORDS = new Set(['None', 'True', 'False']);
const renameEnumVarname = (name) => (PYTHON_KEYWORDS.has(name) ? name.toUpperCase() : name);
requireJavaOrSkip('@crm-contacts/sdk-python generate');
const contract = writeGeneratorInput(join(packageDir, '.generator-input'), { renameEnumVarname });
const output = join(packageDir, 'generated');
rmSync(output, { recursive: true, force: true });
const ms = generate([
  '--generator-name', 'python',
  '--input-spec', contract,
  '--output', output,
  '--additional-properties', 'packageName=crm_contacts_sdk,projectName=crm-contacts-sdk',
  // isCompany's `enum: [false]` would be compared as the string 'false'; as a plain boolean, the
  // required fields (firstName vs companyName) still tell a person from a company.
  '--openapi-normalizer', 'SIMPLIFY_BOOLEAN_ENUM=true',
  '--global-property', 'apiDocs=false,modelDocs=false,apiTests=false,modelTests=false',
], packageDir);
console.log(`generated the Python SDK into generated/ in ${ms} ms`);
