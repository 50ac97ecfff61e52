// The first scenario load of each kind must not run the emulator's code for the first time: V8 compiles a function
// on its first call, and a first load that did so held the event loop several times longer than later loads
// (bench/firstLoad.ts). The emulator runs a throwaway load of each kind, and a refused PUT through the control API,
// before it listens (Scenarios.prepare, emulator.ts). V8's precise coverage says which functions ran when; this
// file starts it before the emulator's modules are imported, so that nothing has run them yet.
import { Session } from 'node:inspector/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../src/index.js';

interface Coverage { result: { url: string; functions: { functionName: string; ranges: { startOffset: number; count: number }[] }[] }[] }

const ADMIN = 'first-load-admin';
// storing the document is the load's last step, after the build, and its own I/O: what runs there first may
const STORING = (fn: string) => fn.startsWith('apps/emulator/src/db/scenarioTable.ts:') || fn.startsWith('apps/emulator/src/scenarios/scenarios.ts:keep@');

describe('the first scenario load of each kind', () => {
  const session = new Session();
  let emulator: RunningEmulator | undefined;
  afterAll(async () => {
    await emulator?.close();
    session.disconnect();
  });

  /** The functions of this repository's code (the emulator's source, the workspace packages) that ran since the last call and never before. */
  const ran = new Set<string>();
  const firstRun = async () => {
    const { result } = (await session.post('Profiler.takePreciseCoverage')) as Coverage;
    const first: string[] = [];
    for (const script of result) {
      const at = /\/((?:apps\/emulator\/src|packages)\/.*)$/.exec(script.url.replace(/[?#].*$/, ''))?.[1];
      if (!at || at.includes('/node_modules/')) continue;
      for (const { functionName, ranges } of script.functions) {
        const name = `${at}:${functionName}@${ranges[0].startOffset}`;
        if (ranges[0].count === 0 || ran.has(name)) continue;
        ran.add(name);
        first.push(name);
      }
    }
    return first;
  };

  it('runs no code of the emulator for the first time, storing the document aside, and the warm-up stored nothing', async () => {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    const { startEmulator } = await import('../../src/index.js');
    emulator = await startEmulator({ contacts: 50, port: 0, logLevel: 'silent', adminToken: ADMIN });
    // coverage sees the emulator's code: the start-up ran a build (the warm-up's)
    expect((await firstRun()).filter((fn) => fn.startsWith('apps/emulator/src/scenarios/buildScenario.ts:buildScenario@'))).toHaveLength(1);
    const control = (method: string, path: string, body?: unknown) => fetch(`${emulator!.url}/__emulator${path}`, {
      method, headers: { authorization: ADMIN, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined,
    });
    const firstTime: Record<string, string[]> = {};
    for (const mode of ['replace', 'merge'] as const) {
      const answer = await control('PUT', `/scenarios/first-${mode}`, {
        mode,
        users: [{ id: 'eeeeeeee-0000-4000-a000-000000000001', userName: 'loader', password: 'loader-pw', token: `loader-token-${mode}`, displayName: 'Loader', isAdmin: true }],
        companies: [{ id: 51, companyName: 'Loaded Ltd', createdBy: 'loader', created: '2024-01-01', contactInfo: [{ infoType: 1, data: 'office@loaded.example' }] }],
        persons: [{ id: 52, firstName: 'Lou', lastName: 'Loaded', companyId: mode === 'merge' ? 1 : 51, createdBy: 'loader', created: '2024-01-02', tags: ['Loaded'] }],
      });
      expect(answer.status).toBe(201);
      firstTime[mode] = (await firstRun()).filter((fn) => !STORING(fn));
    }
    expect(firstTime).toEqual({ replace: [], merge: [] });
    // and the warm-up left nothing in the store of record
    const { scenarios } = await (await control('GET', '/scenarios')).json();
    expect(scenarios.map((s: { name: string }) => s.name)).toEqual(['first-merge', 'first-replace']);
  });
});
