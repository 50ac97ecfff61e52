// The typed client against the emulator. What the client sends is tested against a scripted server
// (requests.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCrmClient, MAX_PAGE_SIZE, type FetchedPage } from '../src/index.js';
import { startGenerated, type TestServer } from './support/emulators.js';
import { recordingFetch } from './support/recordingFetch.js';

// 23 contacts: pages of 5, 7 and 10 all end short. `contacts` is what one full page returns.
let server: TestServer;
let contacts: { id: number }[];
beforeAll(async () => {
  server = await startGenerated(23);
  contacts = (await createCrmClient({ baseUrl: server.url, token: server.token }).contacts.filter({ count: MAX_PAGE_SIZE })).response;
});
afterAll(() => server?.close());

// The real fetch, with the startIndex of every request it sends written down.
function recordingStartIndexes() {
  const { fetch, queries } = recordingFetch();
  return { fetch, get startIndexes() { return queries.map((q) => Number(q.get('startIndex'))); } };
}

describe('contacts.filterEach', () => {
  it('sends nothing until the first contact is asked for, then one page at a time', async () => {
    const recording = recordingStartIndexes();
    const { fetch } = recording;
    const crm = createCrmClient({ baseUrl: server.url, token: server.token, fetch });
    const walk = crm.contacts.filterEach({}, { pageSize: 5 });
    expect(recording.startIndexes).toEqual([]);
    for (let i = 0; i < 5; i++) await walk.next();
    expect(recording.startIndexes).toEqual([0]);
    await walk.next();
    expect(recording.startIndexes).toEqual([0, 5]);
  });

  it('stops requesting when the loop breaks', async () => {
    const recording = recordingStartIndexes();
    const { fetch } = recording;
    const crm = createCrmClient({ baseUrl: server.url, token: server.token, fetch });
    const seen: number[] = [];
    for await (const contact of crm.contacts.filterEach({}, { pageSize: 2 })) {
      seen.push(contact.id);
      if (seen.length === 3) break;
    }
    expect(seen).toEqual(contacts.slice(0, 3).map((c) => c.id));
    expect(recording.startIndexes).toEqual([0, 2]);
  });

  it('yields every contact once, in order, and reports each page before its contacts', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    const events: string[] = [];
    const onPage = (page: FetchedPage) => events.push(`page ${page.startIndex ?? 0}+${page.contacts} of ${page.total}`);
    for await (const contact of crm.contacts.filterEach({}, { pageSize: 10, onPage })) events.push(String(contact.id));
    const ids = contacts.map((c) => String(c.id));
    expect(events).toEqual(['page 0+10 of 23', ...ids.slice(0, 10), 'page 10+10 of 23', ...ids.slice(10, 20), 'page 20+3 of 23', ...ids.slice(20)]);
  });
});

describe('contacts.filterAll', () => {
  it.each([1, 5, 7, 23, MAX_PAGE_SIZE])('walks every page of size %i and loses no contact to nextIndex', async (pageSize) => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    const all = await crm.contacts.filterAll({}, { pageSize });
    expect(all.map((c) => c.id)).toEqual(contacts.map((c) => c.id));
  });

  it('proves the server reports nextIndex one too high', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    const first = await crm.contacts.filter({ startIndex: 0, count: 5 });
    expect(first.nextIndex).toBe(6);
  });

  it('pages through the XML representation too', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token, format: 'xml' });
    const all = await crm.contacts.filterAll({}, { pageSize: 10 });
    expect(all.map((c) => c.id)).toEqual(contacts.map((c) => c.id));
  });

  it('refuses a page size the server would cap', async () => {
    const crm = createCrmClient({ baseUrl: server.url, token: server.token });
    await expect(crm.contacts.filterAll({}, { pageSize: MAX_PAGE_SIZE + 1 })).rejects.toThrow(RangeError);
  });
});
