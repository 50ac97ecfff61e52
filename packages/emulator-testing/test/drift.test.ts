// Fails when the control API's document changed and `pnpm --filter @crm-contacts/emulator-testing generate` was not run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadControlDocument, renderGeneratedFiles } from '../src/render/renderGeneratedFiles.js';

const generatedDir = join(import.meta.dirname, '..', 'src', 'generated');
const committed = (name: string) => readFileSync(join(generatedDir, name), 'utf8');
const fresh = await renderGeneratedFiles();

describe("generated types match the emulator's control API document", () => {
  it.each(Object.keys(fresh))('src/generated/%s is up to date (run `pnpm generate` if not)', (name) => {
    expect(committed(name)).toBe(fresh[name]);
  });

  it('would catch a document change: a new journal filter, or another scenario header, changes the rendered files', async () => {
    const changed = structuredClone(loadControlDocument()) as any;
    changed.paths['/__emulator/journal'].get.parameters.push({ name: 'since', in: 'query', required: false, schema: { type: 'string', format: 'date-time' } });
    changed['x-scenario-selection'].header = 'X-Test-Scenario';
    const rendered = await renderGeneratedFiles(changed);
    expect(rendered['controlApi.ts']).toContain('since?: string');
    expect(rendered['controlApi.ts']).not.toBe(committed('controlApi.ts'));
    expect(rendered['scenarioSelection.ts']).toContain('"X-Test-Scenario"');
    expect(rendered['scenarioSelection.ts']).not.toBe(committed('scenarioSelection.ts'));
  });
});
