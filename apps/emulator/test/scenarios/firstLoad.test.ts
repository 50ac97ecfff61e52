// The first scenario load of a process must not compile the fixtures check (Ajv, about 100 ms) or the control
// API's checks of its request (about 20 ms), nor scan the start-up engine for a merge overlay's numbering on
// the request path, where they stall every other request: the emulator does all three before it listens.
import { afterAll, describe, expect, it } from 'vitest';
import { pointerOf } from '@crm-contacts/contract';
import { validatorFor } from '@crm-contacts/contract/validator';
import { schemaCheckCompiled } from '../../src/data/fixturesValidator.js';
import { controlDocument } from '../../src/http/controlContract.js';
import { startEmulator, type RunningEmulator } from '../../src/index.js';
import { overlayBasePrepared } from '../../src/scenarios/overlayScenario.js';

describe('the first scenario load', () => {
  let emulator: RunningEmulator | undefined;
  afterAll(() => emulator?.close());

  it('finds the fixtures check compiled and the overlay base scanned at start-up, before any scenario is loaded', async () => {
    // this file's own module graph: nothing has compiled it yet
    expect(schemaCheckCompiled()).toBe(false);
    emulator = await startEmulator({ contacts: 50, port: 0, logLevel: 'silent' });
    expect(schemaCheckCompiled()).toBe(true);
    expect(overlayBasePrepared(emulator.data.engine)).toBe(true);
    // the control API's own checks (the PUT's body and name) compiled as its routes were made
    const body = pointerOf('paths', '/__emulator/scenarios/{name}', 'put', 'requestBody', 'content', 'application/json', 'schema');
    expect(validatorFor(controlDocument()).isCompiled(body)).toBe(true);
    // and a load uses that one: still compiled, and the load is checked by it
    const refused = await fetch(`${emulator.url}/__emulator/scenarios/first`, {
      method: 'PUT', headers: { authorization: emulator.users.find((u) => u.isAdmin)!.token, 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'replace', persons: [{ id: 1 }] }),
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('/persons/0');
  });
});
