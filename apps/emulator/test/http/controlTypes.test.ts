// Fails when control-api/openapi.yaml changed and `pnpm generate` was not run: the journal, fault rule and
// scenario types the control API's code uses come from that file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTROL_TYPES_FILE, renderControlTypes } from '../../scripts/controlTypes.js';

const committed = readFileSync(CONTROL_TYPES_FILE, 'utf8');
const document = readFileSync(new URL('../../control-api/openapi.yaml', import.meta.url), 'utf8');

describe("the control API's types", () => {
  it('are generated from control-api/openapi.yaml as committed (run `pnpm --filter @crm-contacts/emulator generate` if not)', async () => {
    expect(committed).toBe(await renderControlTypes());
  });

  it('would catch a change: a new journal entry member changes them', async () => {
    const changed = document.replace('required: [time, scenario, method, path, query, operationId, headers, status, durationMs]', 'required: [time, scenario, method, path, query, operationId, headers, status, durationMs, client]')
      .replace('        time:\n          type: string\n          format: date-time\n', '        client:\n          type: string\n          description: The client.\n        time:\n          type: string\n          format: date-time\n');
    expect(changed).not.toBe(document);
    const rendered = await renderControlTypes(changed);
    expect(rendered).toContain('client: string;');
    expect(rendered).not.toBe(committed);
  });
});
