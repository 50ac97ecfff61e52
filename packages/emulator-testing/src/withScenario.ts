// A scenario per test: loaded into a running emulator (through its control API's typed client) under a unique name, handed to the test as typed
// clients bound to it (every request carries X-Emulator-Scenario) and as a base URL for a page's own
// requests, and deleted afterwards, also when the test throws. Parallel workers sharing one emulator each see only their own data.
import { randomUUID } from 'node:crypto';
import { createCrmClient, type CrmClient } from '@crm-contacts/client';
import { answered, controlClient } from './control.js';
import type { operations } from './generated/controlApi.js';
import { SCENARIO_HEADER, SCENARIO_PATH_PREFIX } from './generated/scenarioSelection.js';
import { journal, type JournalEntry, type JournalQuery } from './journal.js';

/** What the control API takes as a scenario (the emulator checks the whole fixtures document). */
type FixturesDocument = operations['loadScenario']['requestBody']['content']['application/json'];

export interface Scenario {
  name: string;
  /**
   * The scenario's base URL (`<emulator>/__scenarios/<name>`): hand it to a page or an app under test in
   * place of the emulator's URL, and its own requests reach this scenario without any header.
   */
  baseUrl: string;
  /** The client as the scenario's administrator: `adminToken` must be the emulator's CRM_ADMIN_TOKEN. */
  client: CrmClient;
  /** The client as another of the scenario's users, by the token its fixtures give. */
  clientAs(token: string): CrmClient;
  /** A fetch that sends the scenario header, for calls the typed client does not make. */
  fetch: typeof globalThis.fetch;
  /** The requests the emulator answered from this scenario, oldest first (the journal's other filters too). */
  journal(query?: Omit<JournalQuery, 'scenario'>): Promise<JournalEntry[]>;
  /** Deletes the scenario (withScenario does it for you). */
  delete(): Promise<void>;
}

/** Loads the fixtures as a new, uniquely named scenario. */
export async function createScenario(baseUrl: string, adminToken: string, fixtures: object, name = `test-${randomUUID()}`): Promise<Scenario> {
  const control = controlClient(baseUrl, adminToken);
  const path = { params: { path: { name } } };
  await answered(control.PUT('/__emulator/scenarios/{name}', { ...path, body: fixtures as FixturesDocument }));
  const scenarioFetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    request.headers.set(SCENARIO_HEADER, name);
    return fetch(request);
  };
  const clientAs = (token: string) => createCrmClient({ baseUrl, token, fetch: scenarioFetch });
  return {
    name,
    baseUrl: `${baseUrl.replace(/\/+$/, '')}${SCENARIO_PATH_PREFIX}/${encodeURIComponent(name)}`,
    client: clientAs(adminToken),
    clientAs,
    fetch: scenarioFetch,
    journal: (query = {}) => journal(baseUrl, adminToken, { ...query, scenario: name }),
    async delete() {
      await answered(control.DELETE('/__emulator/scenarios/{name}', path));
    },
  };
}

/** Runs the test on its own scenario, deleted afterwards whether the test passes or throws. */
export async function withScenario<T>(baseUrl: string, adminToken: string, fixtures: object, test: (scenario: Scenario) => Promise<T>): Promise<T> {
  const scenario = await createScenario(baseUrl, adminToken, fixtures);
  try {
    return await test(scenario);
  } finally {
    await scenario.delete();
  }
}
