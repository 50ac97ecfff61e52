// Fails when the contract changed and `pnpm --filter @crm-contacts/types generate` was not run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContract } from '@crm-contacts/contract';
import { describe, expect, it } from 'vitest';
import { renderGeneratedFiles } from '../src/render/renderGeneratedFiles.js';

const generatedDir = join(import.meta.dirname, '..', 'src', 'generated');
const committed = (name: string) => readFileSync(join(generatedDir, name), 'utf8');
const fresh = await renderGeneratedFiles();

describe('generated types match the bundled contract', () => {
  it.each(Object.keys(fresh))('src/generated/%s is up to date (run `pnpm generate` if not)', (name) => {
    expect(committed(name)).toBe(fresh[name]);
  });

  it('would catch a contract change: a new enum member changes the rendered files', async () => {
    const changed = structuredClone(loadContract());
    const shareType = changed.components.schemas.ShareType;
    shareType.enum.push(3);
    shareType['x-enum-varnames'].push('Hidden');
    const rendered = await renderGeneratedFiles(changed);
    expect(rendered['enums.ts']).toContain('Hidden: 3');
    expect(rendered['enums.ts']).not.toBe(committed('enums.ts'));
    expect(rendered['openapi.ts']).not.toBe(committed('openapi.ts'));
  });
});
