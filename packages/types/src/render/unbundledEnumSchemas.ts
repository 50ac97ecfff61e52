// Stopgap: Redocly's bundle keeps only referenced components, so enum schemas that nothing `$ref`s
// (ContactListView, PhoneCategory, ContactInfoBaseCategory) are missing from dist/openapi.json.
// Until openapi.yaml lists every schema under components.schemas, read the missing enum schemas
// from the split sources beside the bundle. The bundle always wins where it has a schema.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { contractFiles } from '@crm-contacts/contract';
import { parse } from 'yaml';

export const splitSchemasDir = join(dirname(contractFiles.json), '..', '..', '..', 'openapi', 'components', 'schemas');

export function unbundledEnumSchemas(bundled: Record<string, unknown>): Record<string, any> {
  if (!existsSync(splitSchemasDir)) return {};
  const found: Record<string, any> = {};
  for (const file of readdirSync(splitSchemasDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const name = basename(file, '.yaml');
    if (name in bundled) continue;
    const schema = parse(readFileSync(join(splitSchemasDir, file), 'utf8'));
    if (Array.isArray(schema?.enum)) found[name] = schema;
  }
  return found;
}
