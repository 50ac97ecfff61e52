// A scenario per test: loaded into a running emulator under a unique name, handed to the test as typed
// clients bound to it (every request carries X-Emulator-Scenario) and as a base URL for a page's own
// requests, and deleted afterwards, also when the test throws. Parallel workers sharing one emulator each see only their own data.
import { randomUUID } from 'node:crypto';
import { createCrmClient, type CrmClient } from '@crm-contacts/client';
import { SCENARIO_HEADER } from '../scenarios/scenarioHeader.js';
import { scenarioBaseUrl } from '../scenarios/scenarioPath.js';
import type { JournalEntry } from '../journal/requestJournal.js';
import { control } from './control.js';
import { journal, type JournalQuery } from './journal.js';

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
  await control(baseUrl, adminToken, 'PUT', `/scenarios/${encodeURIComponent(name)}`, fixtures);
  const scenarioFetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    request.headers.set(SCENARIO_HEADER, name);
    return fetch(request);
  };
  const clientAs = (token: string) => createCrmClient({ baseUrl, token, fetch: scenarioFetch });
  return {
    name,
    baseUrl: scenarioBaseUrl(baseUrl, name),
    client: clientAs(adminToken),
    clientAs,
    fetch: scenarioFetch,
    journal: (query = {}) => journal(baseUrl, adminToken, { ...query, scenario: name }),
    async delete() {
      await control(baseUrl, adminToken, 'DELETE', `/scenarios/${encodeURIComponent(name)}`);
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
