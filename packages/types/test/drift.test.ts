// Fails when the contract changed and `pnpm --filter @crm-contacts/types generate` was not run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderGeneratedFiles } from '../src/render/renderGeneratedFiles.js';

const generatedDir = join(import.meta.dirname, '..', 'src', 'generated');
const fresh = await renderGeneratedFiles();

describe('generated types match the bundled contract', () => {
  it.each(Object.keys(fresh))('src/generated/%s is up to date (run `pnpm generate` if not)', (name) => {
    expect(readFileSync(join(generatedDir, name), 'utf8')).toBe(fresh[name]);
  });
});
