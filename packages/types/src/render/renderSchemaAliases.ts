// A type alias per component schema (`Contact`, `ContactList`, ...), except the enums, whose named
// constants in enums.ts already carry the type.
import type { OpenApiDocument } from '@crm-contacts/contract';

export function renderSchemaAliases(document: OpenApiDocument): string {
  const out = ["import type { components } from './openapi.js';", ''];
  for (const [name, schema] of Object.entries<any>(document.components.schemas)) {
    if (Array.isArray(schema.enum)) continue;
    out.push(`export type ${name} = components['schemas']['${name}'];`);
  }
  return out.join('\n') + '\n';
}
