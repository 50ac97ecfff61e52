// Starts the emulator: loads the data into the store of record and the engine, builds the server, listens.
import { docsPlugin } from '@crm-contacts/docs';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_SCENARIO_MEMORY_MB, type EmulatorConfig } from './config.js';
import { buildServer } from './http/server.js';
import { controlDocument, controlOperations } from './http/controlContract.js';
import { servedData } from './http/servedData.js';
import { Scenarios } from './scenarios/scenarios.js';
import { loadData, DEFAULT_CONTACTS, DEFAULT_SEED, type LoadedData, type StoreInfo } from './load/loadData.js';

/** Where the control API's reference page is (`/__emulator/docs/`). */
export const CONTROL_DOCS_PREFIX = '/__emulator/docs';

export interface StartOptions extends Partial<EmulatorConfig> {}

export interface RunningEmulator {
  url: string;
  app: FastifyInstance;
  /** The start-up data: its engine, the store of record it came from. */
  data: LoadedData;
  info: StoreInfo;
  /** Demo users; the administrator's token is CRM_ADMIN_TOKEN when given. */
  users: StoreInfo['users'];
  close(): Promise<void>;
}

/**
 * A load the fixtures check refuses, sent through the control API before listening: the first PUT's request path
 * (body parsing, the control API's checks, the handler, the error envelope) then runs its code for the first time
 * here, not while requests wait (Scenarios.prepare does the same for the build). Refused, so nothing is stored.
 */
async function warmUpControlApi(app: FastifyInstance, adminToken: string): Promise<void> {
  const load = controlOperations().find((operation) => operation.operationId === 'loadScenario')!;
  const refused = await app.inject({ method: load.method as 'PUT', url: load.path.replace('{name}', 'warm-up'), headers: { authorization: adminToken }, payload: { mode: 'replace', persons: [{ id: 1 }] } });
  if (refused.statusCode !== 400) throw new Error(`the control API's warm-up load was answered ${refused.statusCode}, not refused: ${refused.body}`);
}

export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  const data = await loadData({
    databaseUrl: options.databaseUrl, file: options.file, seed: options.seed, contacts: options.contacts, fixtures: options.fixtures,
    snapshotDir: options.snapshotDir,
  });
  try {
    const admin = data.info.users.find((u) => u.isAdmin);
    const adminUser = options.adminToken ? admin : undefined;
    const timeZone = options.timeZone ?? 'UTC';
    const fragmentCacheBytes = options.fragmentCacheMb === undefined ? undefined : options.fragmentCacheMb * 1024 * 1024;
    // a scenario's administrator signs in with CRM_ADMIN_TOKEN too
    const scenarios = data.scenarios && new Scenarios({
      table: data.scenarios,
      // start-up fixtures change the data: a merge scenario is then built over the generated data anew
      base: { seed: options.seed ?? DEFAULT_SEED, contacts: options.contacts ?? DEFAULT_CONTACTS, engine: data.info.fixtures ? undefined : data.engine },
      serve: (engine) => servedData(engine, { timeZone, adminToken: options.adminToken, fragmentCacheBytes }),
      servedBytes: (served) => served.answers.cachedBytes(),
      memoryBudgetBytes: (options.scenarioMemoryMb ?? DEFAULT_SCENARIO_MEMORY_MB) * 1024 * 1024,
    });
    await scenarios?.watch();
    // before listening: about 80-150 ms more start-up (of 0.7-1.1 s at 10,000 contacts) instead of a stall of every request during the first load
    await scenarios?.prepare();
    const app = buildServer({
      engine: data.engine,
      timeZone,
      adminToken: adminUser && options.adminToken ? { token: options.adminToken, user: adminUser } : undefined,
      faults: options.latencyMs || options.errorRate ? { latencyMs: options.latencyMs ?? 0, errorRate: options.errorRate ?? 0 } : undefined,
      logLevel: options.logLevel,
      fragmentCacheBytes,
      scenarios,
      scenarioMaxBytes: options.scenarioMaxMb === undefined ? undefined : options.scenarioMaxMb * 1024 * 1024,
      corsOrigins: options.corsOrigins,
      journalSize: options.journalSize,
      logRequests: options.logRequests,
      faultRulesMax: options.faultRulesMax,
    });
    await app.register(docsPlugin, { token: options.adminToken ?? admin?.token, server: 'same-origin', serverDescription: 'this emulator' }); // the reference page at /docs/
    // the control API's own reference page, beside its paths
    await app.register(docsPlugin, { routePrefix: CONTROL_DOCS_PREFIX, document: controlDocument(), token: options.adminToken ?? admin?.token, server: 'same-origin', serverDescription: "this emulator's control API" });
    if (scenarios && admin) await warmUpControlApi(app, options.adminToken ?? admin.token);
    await app.listen({ port: options.port ?? 0, host: options.host ?? '127.0.0.1' });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : options.port;
    const host = (options.host ?? '127.0.0.1').includes(':') ? `[${options.host}]` : (options.host ?? '127.0.0.1');
    const users = data.info.users.map((u) => (u.isAdmin && options.adminToken ? { ...u, token: options.adminToken } : u));
    let closed = false;
    return {
      url: `http://${host}:${port}`,
      app,
      data,
      info: data.info,
      users,
      async close() {
        if (closed) return;
        closed = true;
        await app.close();
        await data.close();
      },
    };
  } catch (error) {
    await data.close();
    throw error;
  }
}
