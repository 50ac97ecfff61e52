// `crm-mock --proxy`: the validating proxy in front of the emulator reports nothing on a stream of valid
// requests (every operation, the `.json` and `.xml` forms, generated queries, sign-in by JSON and form,
// the 401 and 403 answers), reports a request that breaks the contract and only that, and in front of the
// corrupting proxy reports every answer it broke, each in the journal, while the answers pass through untouched.
import { operationPath } from '@crm-contacts/contract';
import { startValidatingProxy, type RunningProxy } from '@crm-contacts/mock';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { queryString, validQuery, type Target } from '@crm-contacts/contract-test';
import { PROPERTY_SEED } from '../src/property/propertySettings.js';
import { startCorruptingProxy } from '../src/proxy/corruptingProxy.js';
import { CORRUPTIONS } from '../src/proxy/corruptions.js';
import { sharedTarget } from './sharedTargets.js';

const QUERIES_PER_PATH = 25;
const LIST_OPERATIONS = ['filterContacts', 'getContactsByContactInfo'] as const;
const FORMS = ['plain', 'json', 'xml'] as const;

/** Valid requests of every operation and form, as a client would send them. */
function validStream(target: Target): { path: string; init: RequestInit }[] {
  const admin = target.users.find((u) => u.isAdmin)!;
  const guest = target.users.find((u) => !u.crmAccess)!;
  const requests: { path: string; init: RequestInit }[] = [];
  for (const operation of LIST_OPERATIONS) {
    for (const form of FORMS) {
      const path = operationPath(operation, form);
      for (const query of fc.sample(validQuery(path), { numRuns: QUERIES_PER_PATH, seed: PROPERTY_SEED })) {
        requests.push({ path: `${path}${queryString(query)}`, init: { headers: { authorization: admin.token } } });
      }
      const required = fc.sample(validQuery(path), { numRuns: 1, seed: PROPERTY_SEED })[0];
      requests.push({ path: `${path}${queryString(required)}`, init: {} }); // 401
      requests.push({ path: `${path}${queryString(required)}`, init: { headers: { authorization: guest.token } } }); // 403
    }
  }
  const signIn = operationPath('authenticate');
  requests.push({ path: signIn, init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userName: admin.userName, password: admin.password }) } });
  requests.push({ path: signIn, init: { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ userName: admin.userName, password: admin.password }).toString() } });
  requests.push({ path: operationPath('authenticate', 'xml'), init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userName: admin.userName, password: admin.password }) } });
  return requests;
}

async function send(proxy: RunningProxy, requests: { path: string; init: RequestInit }[]): Promise<number[]> {
  const statuses: number[] = [];
  for (const { path, init } of requests) statuses.push((await fetch(`${proxy.url}${path}`, init).then(async (r) => { await r.arrayBuffer(); return r; })).status);
  return statuses;
}

describe('the validating proxy (crm-mock --proxy)', () => {
  let target: Target;
  beforeAll(() => { target = sharedTarget('emulator'); });

  it('reports no violation on a stream of valid requests in front of the emulator, and passes answers through', async () => {
    const lines: string[] = [];
    const proxy = await startValidatingProxy({ upstream: target.baseUrl, log: (line) => lines.push(line) });
    try {
      const requests = validStream(target);
      const statuses = await send(proxy, requests);
      expect(new Set(statuses)).toEqual(new Set([200, 201, 401, 403]));
      const journal = proxy.journal();
      expect(journal).toHaveLength(requests.length);
      expect(journal.filter((e) => e.violations.length > 0).map((e) => [e.method, e.path, e.query, e.violations])).toEqual([]);
      expect(lines).toEqual([]);
      // the answer is the emulator's, byte for byte
      const path = `${operationPath('filterContacts', 'xml')}?count=3`;
      const [direct, proxied] = await Promise.all([target.baseUrl, proxy.url].map((base) => fetch(`${base}${path}`, { headers: { authorization: target.credentials.token! } }).then((r) => r.text())));
      expect(proxied).toBe(direct);
      // the journal never holds the whole token
      expect(JSON.stringify(proxy.journal())).not.toContain(target.credentials.token!);
    } finally {
      await proxy.close();
    }
  });

  it('reports a request that breaks the contract, naming the parameter, and the journal over HTTP', async () => {
    const lines: string[] = [];
    const proxy = await startValidatingProxy({ upstream: target.baseUrl, log: (line) => lines.push(line) });
    try {
      const token = { headers: { authorization: target.credentials.token! } };
      await fetch(`${proxy.url}${operationPath('filterContacts')}?isShared=maybe`, token);
      await fetch(`${proxy.url}${operationPath('getContactsByContactInfo', 'xml')}?data=x`, token);
      await fetch(`${proxy.url}/api/2.0/crm/contact/nowhere`, token);
      const reported = proxy.journal(true).map((e) => e.violations);
      expect(reported).toHaveLength(3);
      expect(reported[0]).toEqual([expect.stringMatching(/^request: GET \/api\/2\.0\/crm\/contact\/filter: query parameter isShared must be boolean/)]);
      expect(reported[1]).toEqual([expect.stringMatching(/query parameter infoType is required and missing/)]);
      expect(reported[2]).toEqual([expect.stringMatching(/the contract has no such path/)]);
      expect(lines.map((line) => JSON.parse(line).msg)).toEqual(['contract violation', 'contract violation', 'contract violation']);
      const overHttp = await (await fetch(`${proxy.url}/__proxy/journal?violations=true`)).json();
      expect(overHttp.entries).toHaveLength(3);
    } finally {
      await proxy.close();
    }
  });

  it.each(CORRUPTIONS)('reports every answer the corrupting proxy broke with a %s', async (corruption) => {
    const corrupting = await startCorruptingProxy(target.baseUrl, corruption);
    const proxy = await startValidatingProxy({ upstream: corrupting.url });
    try {
      await send(proxy, validStream(target));
      expect(corrupting.corrupted()).toBeGreaterThan(0);
      const reported = proxy.journal(true);
      expect(reported).toHaveLength(corrupting.corrupted());
      for (const entry of reported) expect(entry.violations.every((v) => v.startsWith('answer: '))).toBe(true);
      // the XML answers too, read through the schema
      if (corruption !== 'wrong-status') expect(reported.some((e) => e.path.endsWith('.xml'))).toBe(true);
    } finally {
      await proxy.close();
      await corrupting.close();
    }
  });
});
