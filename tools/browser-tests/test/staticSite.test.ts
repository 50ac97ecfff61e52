// The static build (packages/docs dist/site) from a plain file server: it works alone, from this machine alone.
import { SITE_DIR } from '@crm-contacts/docs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contractOperations, contractTags } from './support/contractOperations.js';
import { openReferenceSession, type ReferenceSession } from './support/referencePage.js';
import { serveDirectory } from './support/staticServer.js';

let site: Awaited<ReturnType<typeof serveDirectory>>;
let guarded: ReferenceSession;

beforeAll(async () => {
  if (inject('chromiumMissing')) return;
  site = await serveDirectory(SITE_DIR);
  guarded = await openReferenceSession(`${site.url}/`);
});
afterAll(async () => {
  await guarded?.close();
  await site?.close();
});

describe.skipIf(inject('chromiumMissing'))('the static reference site', () => {
  it('loads with no console error and no request leaving 127.0.0.1', async () => {
    await guarded.screenshot('static-site');
    expect(guarded.errors).toEqual([]);
    expect(guarded.outside).toEqual([]);
  });

  it('lists every operation of the contract', async () => {
    const sidebar = await guarded.reference.listedOperations(contractTags());
    for (const { summary } of contractOperations()) expect(sidebar).toContain(summary);
  });
});
