// Fails when fixtures.schema.json (or a contract part it takes) changed and `pnpm generate` was not run.
import { readFileSync } from 'node:fs';
import { loadContract } from '@crm-contacts/contract';
import { describe, expect, it } from 'vitest';
import { FIXTURES_TYPES_FILE, renderFixturesTypes } from '../../scripts/fixturesTypes.js';

const committed = readFileSync(FIXTURES_TYPES_FILE, 'utf8');

describe('the fixtures document types', () => {
  it('are generated from the schema as committed (run `pnpm --filter @crm-contacts/emulator generate` if not)', async () => {
    expect(committed).toBe(await renderFixturesTypes());
  });

  it('would catch a change: a new share type in the contract changes them', async () => {
    const changed = structuredClone(loadContract());
    changed.components.schemas.ShareType.enum.push(3);
    const rendered = await renderFixturesTypes(changed);
    expect(rendered).toContain('shareType?: 0 | 1 | 2 | 3;');
    expect(rendered).not.toBe(committed);
  });
});
