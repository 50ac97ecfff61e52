// The same page beside the mock (`pnpm mock` → /docs/): it loads cleanly and its console gets the
// contract's example from Prism, through the front that serves the page.
import { createValidator } from '@crm-contacts/contract/validator';
import { startMockWithDocs, type RunningMockWithDocs } from '@crm-contacts/mock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contractOperations, contractTags, operation } from './support/contractOperations.js';
import { openReferenceSession, type ReferenceSession } from './support/referencePage.js';

let mock: RunningMockWithDocs;
let guarded: ReferenceSession;

beforeAll(async () => {
  if (inject('chromiumMissing')) return;
  mock = await startMockWithDocs();
  guarded = await openReferenceSession(mock.docsUrl);
});
afterAll(async () => {
  await guarded?.close();
  await mock?.close();
});

describe.skipIf(inject('chromiumMissing'))('the reference page beside the mock', () => {
  it('loads with no console error and no request leaving 127.0.0.1, listing every operation', async () => {
    expect(guarded.errors).toEqual([]);
    expect(guarded.outside).toEqual([]);
    const sidebar = await guarded.reference.listedOperations(contractTags());
    for (const { summary } of contractOperations()) expect(sidebar).toContain(summary);
  });

  it("sends from its console to the mock and shows the contract's example", async () => {
    const byInfo = operation('getContactsByContactInfo');
    const console = await guarded.reference.openConsole(byInfo.summary);
    const answer = await console.send(byInfo.path);
    expect(answer.status()).toBe(200);
    const body = await answer.text();
    const { errors } = createValidator().validateResponse({ path: byInfo.path, method: 'GET', status: 200, contentType: answer.headers()['content-type'], body });
    expect(errors).toEqual([]);
    expect(JSON.parse(body).response.length).toBeGreaterThan(0);
    await console.responsePanel('200 OK');
    await guarded.screenshot('mock-console-200');
    expect(guarded.outside).toEqual([]);
  });
});
