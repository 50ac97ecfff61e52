// The control API's reference page (`/__emulator/docs/`): it loads cleanly and lists every operation of
// the control API's document, the journal and the fault rules among them.
import { startEmulator, type RunningEmulator } from '@crm-contacts/emulator';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openReferenceSession, type ReferenceSession } from './support/referencePage.js';

const controlDocument = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@crm-contacts/emulator/control-api/openapi.json'), 'utf8'));
const operations = Object.values<Record<string, { summary: string; tags: string[] }>>(controlDocument.paths).flatMap((item) => Object.values(item)).filter((o) => typeof o?.summary === 'string');
let emulator: RunningEmulator;
let guarded: ReferenceSession;

beforeAll(async () => {
  if (inject('chromiumMissing')) return;
  emulator = await startEmulator({ port: 0, contacts: 20, seed: 1, snapshotDir: null });
  guarded = await openReferenceSession(`${emulator.url}/__emulator/docs/`);
});
afterAll(async () => {
  await guarded?.close();
  await emulator?.close();
});

describe.skipIf(inject('chromiumMissing'))("the control API's reference page", () => {
  it('loads cleanly and lists every operation of the control API, the journal and fault rules among them', async () => {
    const tags = [...new Set(operations.flatMap((o) => o.tags))];
    expect(tags).toEqual(expect.arrayContaining(['Journal', 'Faults', 'Scenarios']));
    const sidebar = await guarded.reference.listedOperations(tags);
    for (const { summary } of operations) expect(sidebar).toContain(summary);
    await guarded.screenshot('control-api-page');
    expect(guarded.errors).toEqual([]);
    expect(guarded.outside).toEqual([]);
  });
});
