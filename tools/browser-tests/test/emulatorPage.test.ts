// The reference page beside the emulator (`pnpm start` → /docs/), in headless Chromium: it loads
// cleanly from this machine alone, lists the contract's operations, and its console gets real answers.
import { startEmulator } from '@crm-contacts/emulator';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contractOperations, contractTags, operation } from './support/contractOperations.js';
import { openReferenceSession, type Console, type ReferenceSession } from './support/referencePage.js';

const FILTER = operation('filterContacts');
let emulator: Awaited<ReturnType<typeof startEmulator>>;
let guarded: ReferenceSession;
let filterConsole: Console | undefined;
const adminToken = () => emulator.users.find((u) => u.isAdmin)!.token;
const openFilterConsole = async () => (filterConsole ??= await guarded.reference.openConsole(FILTER.summary));

beforeAll(async () => {
  if (inject('chromiumMissing')) return;
  emulator = await startEmulator({ port: 0, contacts: 200, seed: 1 });
  guarded = await openReferenceSession(`${emulator.url}/docs/`);
});
afterAll(async () => {
  await guarded?.close();
  await emulator?.close();
});

describe.skipIf(inject('chromiumMissing'))('the reference page beside the emulator', () => {
  it('loads with no console error and no request leaving 127.0.0.1', async () => {
    await guarded.screenshot('emulator-page');
    expect(guarded.errors).toEqual([]);
    expect(guarded.outside).toEqual([]);
    expect(guarded.requests.map((url) => new URL(url).pathname)).toEqual(expect.arrayContaining(['/docs/', '/docs/js/scalar.js']));
  });

  it("lists every operation of the contract, the three operations' plain forms among them", async () => {
    const sidebar = await guarded.reference.listedOperations(contractTags());
    for (const { summary } of contractOperations()) expect(sidebar).toContain(summary);
    for (const id of ['filterContacts', 'getContactsByContactInfo', 'authenticate']) expect(sidebar).toContain(operation(id).summary);
  });

  it("sends a request from its own console, with the administrator's token, and shows the emulator's 200 with contacts", async () => {
    const console = await openFilterConsole();
    await console.setQueryParameter('count', '3');
    const answer = await console.send(FILTER.path);
    expect(answer.status()).toBe(200);
    expect(await answer.request().headerValue('authorization')).toBe(adminToken());
    const envelope = await answer.json();
    expect(envelope.response).toHaveLength(3);
    // the same answer the emulator gives anyone asking the same question
    const direct = await fetch(answer.url(), { headers: { Authorization: adminToken() } });
    expect(await direct.json()).toEqual(envelope);
    const panel = await console.responsePanel('200 OK');
    expect(panel).toContain(envelope.response[0].displayName);
    await guarded.screenshot('emulator-console-200');
    expect(guarded.outside).toEqual([]);
  });

  it('shows the 400 error envelope for a bad parameter', async () => {
    const console = await openFilterConsole();
    const errorsBefore = guarded.errors.length;
    await console.setQueryParameter('contactStage', 'warm');
    expect(await console.isIncluded('contactStage')).toBe(true);
    const answer = await console.send(FILTER.path);
    expect(answer.status()).toBe(400);
    const envelope = await answer.json();
    expect(envelope).toMatchObject({ status: 1, statusCode: 400, error: { message: expect.stringContaining('contactStage') } });
    const panel = await console.responsePanel('400 Bad Request');
    expect(panel).toContain('"statusCode": 400');
    expect(panel).toContain(envelope.error.message.slice(0, 40));
    await guarded.screenshot('emulator-console-400');
    // Chromium logs every 4xx answer as a console error; that one is expected, nothing else is.
    expect(guarded.errors.slice(errorsBefore).filter((e) => !/status of 400/.test(e))).toEqual([]);
  });
});
