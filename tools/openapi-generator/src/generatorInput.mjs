// The document the generator reads: the contract's 3.0 copy with one construct the generators
// mishandle rewritten. A property that is an anyOf/oneOf of integer enum schemas (ContactInfo.category:
// PhoneCategory | AddressCategory | ContactInfoBaseCategory) makes typescript-fetch import a missing
// './integer.js'; it becomes a plain integer enum of the union of their values, same wire format.
// (A typeless enum would make generators compare booleans as strings: the contract's 3.0 copy types
// the enums it makes from `const` when it down-converts.)
// `renameEnumVarname` lets a target language rename enum member names it cannot use (Python's `None`).
// The SDKs import it as this package's `./generator-input`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { resolveRef } from '@crm-contacts/contract/resolve-ref';


function integerEnumUnion(document, schema) {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (!Array.isArray(alternatives) || alternatives.length === 0) return undefined;
  const targets = alternatives.map((a) => (a.$ref ? resolveRef(document, a.$ref) : a));
  if (!targets.every((t) => t?.type === 'integer' && Array.isArray(t.enum))) return undefined;
  const values = [...new Set(targets.flatMap((t) => t.enum))].sort((a, b) => a - b);
  return { type: 'integer', format: 'int32', enum: values, description: schema.description };
}

export function writeGeneratorInput(directory, { renameEnumVarname = (name) => name } = {}) {
  const source = createRequire(import.meta.url).resolve('@crm-contacts/contract/openapi-3.0.json');
  const document = JSON.parse(readFileSync(source, 'utf8'));
  for (const schema of Object.values(document.components.schemas)) {
    if (Array.isArray(schema['x-enum-varnames'])) schema['x-enum-varnames'] = schema['x-enum-varnames'].map(renameEnumVarname);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const union = integerEnumUnion(document, property);
      if (union) schema.properties[name] = union;
    }
  }
  mkdirSync(directory, { recursive: true });
  const target = join(directory, 'openapi-3.0.json');
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  return target;
}
