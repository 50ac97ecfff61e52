// The generated typescript-fetch SDK, compiled, against a real HTTP server.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTargetServer, type TargetServer } from './targetServer.js';

const compiled = existsSync(new URL('../dist/index.js', import.meta.url));
if (!compiled) console.warn('SKIPPED the typescript-fetch SDK smoke test: the SDK was not generated (Java 17 missing)');
const sdk = compiled ? await import('../dist/index.js') : undefined!;

describe.skipIf(!compiled)('typescript-fetch SDK', () => {
  let server: TargetServer;
  beforeAll(async () => { server = await startTargetServer(); });
  afterAll(() => server?.close());

  const contactsApi = () => new sdk.ContactsApi(new sdk.Configuration({ basePath: server.url, apiKey: () => server.token }));

  it('lists contacts, persons and companies each with their own fields', async () => {
    const page = await contactsApi().filterContacts({ count: 25 });
    expect(page.status).toBe(0);
    expect(page.response.length).toBeGreaterThan(0);
    expect(page.total).toBeGreaterThanOrEqual(page.response.length);
    for (const contact of page.response) {
      if (contact.isCompany) expect(contact).toHaveProperty('companyName');
      else expect(contact).toHaveProperty('firstName');
    }
  });

  it('pages with startIndex and count', async () => {
    const [first, second] = [await contactsApi().filterContacts({ startIndex: 0, count: 1 }), await contactsApi().filterContacts({ startIndex: 1, count: 1 })];
    expect(first.response).toHaveLength(1);
    expect(second.response[0].id).not.toBe(first.response[0].id);
  });

  it('finds contacts by contact information', async () => {
    const page = await contactsApi().getContactsByContactInfo({ infoType: 'Email', data: '@' });
    expect(page.response.length).toBeGreaterThan(0);
    for (const contact of page.response) expect(contact.commonData.some((info: { infoType: number }) => info.infoType === 1)).toBe(true);
  });

  it('reports a 401 without credentials as a ResponseError', async () => {
    const anonymous = new sdk.ContactsApi(new sdk.Configuration({ basePath: server.url }));
    await expect(anonymous.filterContacts()).rejects.toMatchObject({ name: 'ResponseError', response: { status: 401 } });
  });
});
