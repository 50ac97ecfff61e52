// Starts the emulator on a real port for HTTP tests, and calls it; every answer is validated against
// the contract for its path, method, status and media type, so no test can pass on an answer the
// contract does not admit.
import { createValidator } from '@crm-contacts/contract/validator';
import { join } from 'node:path';
import { expect } from 'vitest';
import { startEmulator, type RunningEmulator, type StartOptions } from '../../src/index.js';
import type { Backend } from './databases.js';

export const SMALL_FIXTURES = join(import.meta.dirname, '../fixtures/small.json');
const validator = createValidator();

export interface ApiAnswer {
  status: number;
  contentType: string;
  headers: Headers;
  text: string;
  /** The JSON body (or the XML body read into the JSON shape). */
  body: any;
}

export class TestApi {
  constructor(readonly emulator: RunningEmulator) {}

  async call(pathAndQuery: string, init: RequestInit & { token?: string } = {}): Promise<ApiAnswer> {
    const headers = new Headers(init.headers);
    if (init.token) headers.set('authorization', init.token);
    const response = await fetch(`${this.emulator.url}${pathAndQuery}`, { ...init, headers });
    const text = await response.text();
    const contentType = response.headers.get('content-type') ?? '';
    const path = pathAndQuery.split('?')[0];
    const result = validator.validateResponse({ path, method: init.method ?? 'GET', status: response.status, contentType, body: text });
    expect(result.errors, `${init.method ?? "GET"} ${pathAndQuery.slice(0, 200)} answered outside the contract`).toEqual([]);
    return { status: response.status, contentType, headers: response.headers, text, body: result.value };
  }

  /** GET as a user, expecting a 200, returning the envelope. */
  async ok(pathAndQuery: string, token = 'token-admin'): Promise<any> {
    const answer = await this.call(pathAndQuery, { token });
    expect(answer.status, answer.text).toBe(200);
    return answer.body;
  }

  async close(): Promise<void> {
    await this.emulator.close();
  }
}

export async function startApi(backend: Backend, options: StartOptions = {}): Promise<TestApi> {
  const databaseUrl = await backend.databaseUrl();
  const emulator = await startEmulator({ fixtures: SMALL_FIXTURES, databaseUrl, port: 0, logLevel: 'silent', ...options });
  return new TestApi(emulator);
}

export const ids = (envelope: { response: { id: number }[] }) => envelope.response.map((c) => c.id);
