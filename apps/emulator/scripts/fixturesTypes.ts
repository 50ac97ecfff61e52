// The TypeScript shape of a fixtures document, generated from src/data/fixtures.schema.json (with the
// contract's parts written in) by json-schema-to-typescript, so the code reading fixtures cannot drift
// from the schema that checks them. `pnpm generate` writes it; test/data/fixturesTypes.test.ts fails on drift.
import { writeFileSync } from 'node:fs';
import { loadContract, type OpenApiDocument } from '@crm-contacts/contract';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { fixturesSchemaForEditors } from './fixturesSchemaForEditors.js';

export const FIXTURES_TYPES_FILE = new URL('../src/data/generated/fixturesDocument.ts', import.meta.url);

// names the code reads: the document by what it is (not its title or $id); a date not as the global Date
const NAMES: Record<string, string> = { date: 'FixtureDate' };

export function renderFixturesTypes(contract: OpenApiDocument = loadContract()): Promise<string> {
  const { title: _title, $id: _id, ...schema } = fixturesSchemaForEditors(contract) as JSONSchema;
  return compile(schema, 'FixturesDocument', {
    customName: (_schema, key) => (key === undefined ? undefined : NAMES[key]),
    bannerComment: '// Generated from src/data/fixtures.schema.json by scripts/fixturesTypes.ts (`pnpm generate`). Do not edit.',
    additionalProperties: false,
    unreachableDefinitions: false,
    // the schema's check enforces counts; the code reads plain arrays
    ignoreMinAndMaxItems: true,
    format: true,
  });
}

if (process.argv[1] === import.meta.filename) writeFileSync(FIXTURES_TYPES_FILE, await renderFixturesTypes());
