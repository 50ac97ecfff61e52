// A scenario per test: loaded into a running emulator under a unique name, handed to the test as typed
// clients bound to it (every request carries X-Emulator-Scenario), and deleted afterwards, also when the
// test throws. Parallel workers sharing one emulator each see only their own data.
import { randomUUID } from 'node:crypto';
import { createCrmClient, type CrmClient } from '@crm-contacts/client';
import { SCENARIO_HEADER } from '../scenarios/scenarioHeader.js';

export interface Scenario {
  name: string;
  /** The client as the scenario's administrator: `adminToken` must be the emulator's CRM_ADMIN_TOKEN. */
  client: CrmClient;
  /** The client as another of the scenario's users, by the token its fixtures give. */
  clientAs(token: string): CrmClient;
  /** A fetch that sends the scenario header, for calls the typed client does not make. */
  fetch: typeof globalThis.fetch;
  /** Deletes the scenario (withScenario does it for you). */
  delete(): Promise<void>;
}

/** A control API call; a refusal throws with the emulator's message and every problem it named. */
async function control(baseUrl: string, adminToken: string, method: string, path: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${baseUrl.replace(/\/+$/, '')}/__emulator${path}`, {
    method,
    headers: { authorization: adminToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.ok) return response;
  const text = await response.text();
  let detail = text;
  try {
    const { error } = JSON.parse(text) as { error: { message: string; data?: { problems?: { path: string; message: string }[] } } };
    detail = [error.message, ...(error.data?.problems ?? []).map((p) => `  ${p.path}: ${p.message}`)].join('\n');
  } catch {
    // not an envelope: the text as it came
  }
  throw new Error(`${method} /__emulator${path}: ${response.status} ${detail}`);
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
    client: clientAs(adminToken),
    clientAs,
    fetch: scenarioFetch,
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
