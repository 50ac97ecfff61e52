// crm against the mock as `pnpm mock` runs it (Prism behind the reference page's front): the contract's
// examples come out as the client reads them, and Prism's 400 reaches the user as one line.
import { createCrmClient } from '@crm-contacts/client';
import { startMockWithDocs, type RunningMockWithDocs } from '@crm-contacts/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCrm } from './support/runCrm.js';

let mock: RunningMockWithDocs;
let env: Record<string, string>;
beforeAll(async () => {
  mock = await startMockWithDocs();
  env = { CRM_BASE_URL: mock.url, CRM_TOKEN: 'any-token' };
});
afterAll(() => mock?.close());

describe('crm against the mock', () => {
  it("prints the client's answer to the same filter", async () => {
    const run = await runCrm(['contacts', 'filter', '--view', 'person', '--format', 'json'], { env });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const expected = await createCrmClient({ baseUrl: mock.url, token: 'any-token' }).contacts.filter({ contactListView: 'Person' });
    expect(expected.response.length).toBeGreaterThan(0);
    expect(run.stdout).toBe(`${JSON.stringify(expected)}\n`);
  });

  it('finds by contact information and walks --all', async () => {
    const byInfo = await runCrm(['contacts', 'by-info', '--type', 'email', '--data', 'onlyoffice.com', '--format', 'ndjson'], { env });
    expect(byInfo.code).toBe(0);
    expect(byInfo.stdout.trimEnd().split('\n').length).toBeGreaterThan(0);
    const all = await runCrm(['contacts', 'filter', '--all', '--format', 'ndjson'], { env });
    const expected = await createCrmClient({ baseUrl: mock.url, token: 'any-token' }).contacts.filterAll();
    expect(all.stdout).toBe(expected.map((c) => `${JSON.stringify(c)}\n`).join(''));
  });

  it("signs in (Prism gives a token for any credentials) and prints the token", async () => {
    const run = await runCrm(['--base-url', mock.url, 'login', '--user', 'someone@example.com', '--print'], { env: { CRM_PASSWORD: 'secret' } });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).not.toBe('');
  });

  it("passes Prism's 400 for a malformed date on as one line, exit 5", async () => {
    const run = await runCrm(['contacts', 'filter', '--from', 'yesterday'], { env });
    expect(run.code).toBe(5);
    expect(run.stderr).toMatch(/^crm: the server refused the request \(400\): .+\n$/);
  });
});
