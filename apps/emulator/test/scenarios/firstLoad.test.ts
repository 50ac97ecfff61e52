// The first scenario load of a process must not compile the fixtures check (Ajv, about 100 ms) nor scan the
// start-up engine for a merge overlay's numbering on the request path, where they stall every other request:
// the emulator does both before it listens.
import { afterAll, describe, expect, it } from 'vitest';
import { schemaCheckCompiled } from '../../src/data/fixturesValidator.js';
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
    // and a load uses that one: still compiled, and the load is checked by it
    const refused = await fetch(`${emulator.url}/__emulator/scenarios/first`, {
      method: 'PUT', headers: { authorization: emulator.users.find((u) => u.isAdmin)!.token, 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'replace', persons: [{ id: 1 }] }),
    });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('/persons/0');
  });
});
