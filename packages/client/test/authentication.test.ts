// The typed client against the emulator. What the client sends is tested against a scripted server
// (requests.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrmApiError, createCrmClient } from '../src/index.js';
import { startTwoContacts, type TestServer } from './support/emulators.js';

let server: TestServer;
beforeAll(async () => { server = await startTwoContacts(); });
afterAll(() => server?.close());

describe('credentials', () => {
  it.each([
    ['a token', () => ({ token: server.token })],
    ['the asc_auth_key cookie', () => ({ cookie: server.token })],
    ['Basic credentials', () => ({ basic: server.credentials })],
  ])('are accepted as %s', async (_, credentials) => {
    const crm = createCrmClient({ baseUrl: server.url, ...credentials() });
    await expect(crm.contacts.filter()).resolves.toMatchObject({ status: 0 });
  });

  it('go through a custom fetch', async () => {
    const seen: string[] = [];
    const crm = createCrmClient({ baseUrl: server.url, token: server.token, fetch: (input, init) => { seen.push(new Request(input, init).url); return fetch(input, init); } });
    await crm.contacts.filter({ count: 1 });
    expect(seen).toEqual([`${server.url}/api/2.0/crm/contact/filter?count=1`]);
  });
});

describe('authenticate', () => {
  it('returns the token and uses it for the calls after it', async () => {
    const crm = createCrmClient({ baseUrl: server.url });
    await expect(crm.contacts.filter()).rejects.toMatchObject({ status: 401, kind: 'unauthorized' });
    const token = await crm.authenticate(server.credentials);
    expect(token.token).toBe(server.token);
    expect(token.expires).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect(crm.contacts.filter()).resolves.toMatchObject({ total: 2 });
  });

  it('reports wrong credentials with the server message and hresult', async () => {
    const crm = createCrmClient({ baseUrl: server.url });
    const error = await crm.authenticate({ userName: server.credentials.userName, password: 'wrong' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CrmApiError);
    expect(error).toMatchObject({ status: 401, kind: 'error-envelope', serverMessage: 'User authentication failed', hresult: -2146233088 });
  });
});
