// The control API over plain HTTP for the emulator's own tests, every answer with a body checked against the
// control document. (The typed helpers are @crm-contacts/emulator-testing, which depends on the client; the
// emulator's tests do not use them, or the client's tests, which start the emulator, would close a circle.)
import { createValidator } from '@crm-contacts/contract/validator';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { controlDocument } from '../../src/http/controlContract.js';
import { SCENARIO_HEADER } from '../../src/scenarios/scenarioHeader.js';
import { scenarioBaseUrl } from '../../src/scenarios/scenarioPath.js';

const validator = createValidator(controlDocument());
/** The document's path for a concrete one (`/faults/<id>` is `/faults/{id}`). */
const documentedPath = (path: string) => path.replace(/\?.*$/, '').replace(/\/faults\/[^/]+$/, '/faults/{id}').replace(/\/scenarios\/[^/]+$/, '/scenarios/{name}');

export type Control = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: any }>;

/** Calls `/__emulator<path>` as this token; the answer's status and parsed body. */
export function controlOf(emulatorUrl: string, token: string): Control {
  return async (method, path, body) => {
    const answer = await fetch(`${emulatorUrl}/__emulator${path}`, {
      method, headers: { authorization: token, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await answer.text();
    if (text !== '') {
      const { errors } = validator.validateResponse({ path: `/__emulator${documentedPath(path)}`, method, status: answer.status, contentType: answer.headers.get('content-type'), body: text });
      expect(errors, `${method} ${path} answered outside the control API's document`).toEqual([]);
    }
    return { status: answer.status, body: text ? JSON.parse(text) : undefined };
  };
}

/** The journal's entries, filtered by the query's members. */
export async function journalEntries(control: Control, query: Record<string, string | number> = {}): Promise<any[]> {
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  const { status, body } = await control('GET', `/journal${search.size ? `?${search}` : ''}`);
  expect(status).toBe(200);
  return body.entries;
}

export interface LoadedScenario {
  name: string;
  baseUrl: string;
  /** The header that selects it. */
  headers: Record<string, string>;
  delete(): Promise<void>;
}

/** Loads the fixtures under a new name. */
export async function loadScenario(emulatorUrl: string, control: Control, fixtures: object): Promise<LoadedScenario> {
  const name = `test-${randomUUID()}`;
  const loaded = await control('PUT', `/scenarios/${name}`, fixtures);
  expect(loaded.status, JSON.stringify(loaded.body)).toBe(201);
  return {
    name,
    baseUrl: scenarioBaseUrl(emulatorUrl, name),
    headers: { [SCENARIO_HEADER]: name },
    async delete() { expect((await control('DELETE', `/scenarios/${name}`)).status).toBe(204); },
  };
}
