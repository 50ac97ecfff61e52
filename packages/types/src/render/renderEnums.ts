// Named constants for every enum schema: numeric ones named by the contract's `x-enum-varnames`,
// string ones by their own values. Each constant doubles as the union type of its values.
import type { OpenApiDocument } from '@crm-contacts/contract';

const isIdentifier = (name: string) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);

export function renderEnums(document: OpenApiDocument): string {
  const out: string[] = [];
  for (const [name, schema] of Object.entries<any>(document.components.schemas)) {
    if (!Array.isArray(schema.enum)) continue;
    const values: unknown[] = schema.enum;
    const names: string[] | undefined = schema['x-enum-varnames'] ?? (values.every((v) => typeof v === 'string') ? (values as string[]) : undefined);
    if (!names || names.length !== values.length || !names.every(isIdentifier)) {
      throw new Error(`enum schema ${name} needs x-enum-varnames, one identifier per value`);
    }
    const description = typeof schema.description === 'string' ? schema.description.replace(/\s+/g, ' ').trim() : name;
    out.push(`/** ${description.replace(/\*\//g, '*\\/')} */`);
    out.push(`export const ${name} = {`);
    names.forEach((member, i) => out.push(`  ${member}: ${JSON.stringify(values[i])},`));
    out.push('} as const;');
    out.push(`export type ${name} = (typeof ${name})[keyof typeof ${name}];`);
    out.push('');
  }
  return out.join('\n');
}
