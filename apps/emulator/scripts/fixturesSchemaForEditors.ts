// The fixtures schema for editors: src/data/fixtures.schema.json takes its enums, id range and date
// grammar from the contract by `$ref`, which only the contract's validator resolves. Editors get a copy
// with those parts written in from the bundled contract (dist/fixtures.schema.json, run at build).
import { writeFileSync } from 'node:fs';
import { loadContract, type OpenApiDocument } from '@crm-contacts/contract';
import { CONTRACT_ID, standaloneSchema } from '@crm-contacts/contract/validator';
import schema from '../src/data/fixtures.schema.json' with { type: 'json' };

export function fixturesSchemaForEditors(contract: OpenApiDocument = loadContract()): object {
  const writeIn = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(writeIn);
    if (!node || typeof node !== 'object') return node;
    const { $ref: ref } = node as { $ref?: unknown };
    if (typeof ref === 'string' && ref.startsWith(`${CONTRACT_ID}#`)) {
      return standaloneSchema(contract, { ...node, $ref: ref.slice(CONTRACT_ID.length) });
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, writeIn(value)]));
  };
  return writeIn(schema) as object;
}

// as a script (the build): write the copy to the path given
if (process.argv[1] === import.meta.filename && process.argv[2]) writeFileSync(process.argv[2], `${JSON.stringify(fixturesSchemaForEditors(), null, 2)}\n`);
