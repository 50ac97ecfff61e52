// The client's per-call overhead against a raw fetch plus JSON.parse, fetch stubbed as openapi-fetch's
// own bench does (a Response resolved on the next tick), so only client work is measured. An empty page
// shows the fixed cost per call; a 25-contact page, the cost in a typical call.
import { test } from 'vitest';
import { createCrmClient } from '../src/index.js';
import { manyContacts } from '../test/support/manyContacts.js';

const BASE_URL = 'http://crm.bench.local';
// Long runs: the machine is shared, and short ones swing by tens of percent.
const options = { time: 3_000, warmupTime: 500 };

const pages = {
  'an empty page': JSON.stringify({ total: 0, status: 0, statusCode: 200, response: [] }),
  'a 25-contact page': JSON.stringify({ count: 25, total: 25, status: 0, statusCode: 200, response: manyContacts(25) }),
};

test.for(Object.entries(pages))('GET contact/filter, %s', async ([, page], { bench }) => {
  const stubFetch = (_input: RequestInfo | URL, _init?: RequestInit) =>
    new Promise<Response>((resolve) => {
      process.nextTick(() => resolve(new Response(page, { status: 200, headers: { 'Content-Type': 'application/json; charset=utf-8' } })));
    });
  const crm = createCrmClient({ baseUrl: BASE_URL, token: 'token', fetch: stubFetch });

  await bench.compare(
    bench('raw fetch + JSON.parse', async () => {
      const response = await stubFetch(`${BASE_URL}/api/2.0/crm/contact/filter?count=25&sortBy=Created`, { headers: { Authorization: 'token', Accept: 'application/json' } });
      JSON.parse(await response.text());
    }),
    bench('crm.contacts.filter', async () => {
      await crm.contacts.filter({ count: 25, sortBy: 'Created' });
    }),
    options,
  );
});
