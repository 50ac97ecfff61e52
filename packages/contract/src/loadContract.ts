// Where the bundled contract's files are, and the parsed 3.1 document (its own file, so that the facts and
// credentials modules import it without going through the index that re-exports them).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Resolves to dist/ from both src/ (tests) and dist/ (consumers).
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** Absolute paths of the bundled documents. */
export const contractFiles = {
  json: join(dist, 'openapi.json'),
  yaml: join(dist, 'openapi.yaml'),
  json30: join(dist, 'openapi-3.0.json'),
  yaml30: join(dist, 'openapi-3.0.yaml'),
} as const;

export type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, any>>;
  components: {
    schemas: Record<string, any>;
    parameters: Record<string, any>;
    responses: Record<string, any>;
    examples: Record<string, any>;
    securitySchemes: Record<string, any>;
    headers?: Record<string, any>;
  };
  [key: string]: unknown;
};

let cached: OpenApiDocument | undefined;

/** The parsed 3.1 document (read once). Treat it as read-only. */
export function loadContract(): OpenApiDocument {
  cached ??= JSON.parse(readFileSync(contractFiles.json, 'utf8')) as OpenApiDocument;
  return cached;
}
