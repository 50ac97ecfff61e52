// Enum parameters arrive as a name (already matched to its canonical case) or a number; the store
// wants the number. Names map to numbers through the numeric enum's `x-enum-varnames` in the contract:
// `ContactListViewName` pairs with `ContactListView`.
import { refName, type OpenApiDocument } from '@crm-contacts/contract';

export function enumNumberOf(document: OpenApiDocument, parameterSchema: Record<string, any>, value: unknown): number {
  if (typeof value === 'number') return value;
  const alternatives: Record<string, any>[] = parameterSchema.anyOf ?? parameterSchema.oneOf ?? [parameterSchema];
  for (const alternative of alternatives) {
    const name = typeof alternative.$ref === 'string' ? refName(alternative.$ref) : undefined;
    const numeric = name?.endsWith('Name') ? document.components.schemas[name.slice(0, -'Name'.length)] : undefined;
    const index = numeric?.['x-enum-varnames']?.indexOf(value);
    if (index !== undefined && index >= 0) return numeric.enum[index];
  }
  throw new Error(`no numeric value for enum name ${String(value)}`);
}

