// The typed client (@crm-contacts/client) against the emulator (a faithful stand-in for the real server): every page, both
// representations, real credentials.
import { isDeepStrictEqual } from 'node:util';
import { startEmulator } from '@crm-contacts/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactListView, createCrmClient, parseApiDateTime } from '../src/index.js';

const ADMIN_TOKEN = 'x';
let emulator: Awaited<ReturnType<typeof startEmulator>>;
beforeAll(async () => { emulator = await startEmulator({ port: 0, contacts: 200, seed: 1, adminToken: ADMIN_TOKEN }); });
afterAll(() => emulator?.close());

describe('against the emulator', () => {
  it('filterAll pages through all 200 contacts, each once, where nextIndex would skip some', async () => {
    const crm = createCrmClient({ baseUrl: emulator.url, token: ADMIN_TOKEN });
    const first = await crm.contacts.filter({ count: 30 });
    expect(first.nextIndex).toBe(31); // one too high, as the real server
    const all = await crm.contacts.filterAll({}, { pageSize: 30 });
    expect(all).toHaveLength(first.total!);
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it('reads the XML answer into objects deep-equal to the JSON answer', async () => {
    const crm = createCrmClient({ baseUrl: emulator.url, token: ADMIN_TOKEN });
    const query = { contactListView: ContactListView.Person, count: 50 };
    const [json, xml] = [await crm.contacts.filter(query), await crm.contacts.filter(query, { format: 'xml' })];
    expect(json.response.length).toBeGreaterThan(0);
    expect(isDeepStrictEqual(xml, json)).toBe(true);
  });

  it("reads every contact's creation date with its offset", async () => {
    const crm = createCrmClient({ baseUrl: emulator.url, token: ADMIN_TOKEN });
    for (const contact of (await crm.contacts.filter({ count: 100 })).response) {
      expect(parseApiDateTime(contact.created).date.getTime()).not.toBeNaN();
    }
  });

  it("authenticates with a demo user's credentials and lists with the token", async () => {
    const user = emulator.users.find((u) => !u.isAdmin) ?? emulator.users[0];
    const crm = createCrmClient({ baseUrl: emulator.url });
    await crm.authenticate({ userName: user.userName, password: user.password });
    await expect(crm.contacts.filter({ count: 1 })).resolves.toMatchObject({ status: 0 });
  });
});
