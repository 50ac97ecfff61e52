// How parameters are read: the reference's "Reading parameters" section, over HTTP, on each engine.
import { loadContract } from '@crm-contacts/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE } from '../support/databases.js';
import { ids, startApi, type TestApi } from '../support/api.js';

const FILTER = '/api/2.0/crm/contact/filter';

describe.each([SQLITE])('parameters ($name)', (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(() => api.close());

  it('matches parameter names in any case', async () => {
    const exact = await api.ok(`${FILTER}?contactListView=Company&isShared=true`);
    expect(exact.response.length).toBeGreaterThan(0);
    expect(ids(await api.ok(`${FILTER}?CONTACTLISTVIEW=Company&isshared=true`))).toEqual(ids(exact));
  });

  it('reads enum names in any case and by number', async () => {
    const byName = ids(await api.ok(`${FILTER}?contactListView=Company`));
    expect(ids(await api.ok(`${FILTER}?contactListView=company`))).toEqual(byName);
    expect(ids(await api.ok(`${FILTER}?contactListView=1`))).toEqual(byName);
    expect(ids(await api.ok(`${FILTER}?contactListView=Person`))).not.toEqual(byName);
  });

  it('treats `x=` as absent', async () => {
    expect(ids(await api.ok(`${FILTER}?contactListView=&isShared=&tags=`))).toEqual(ids(await api.ok(FILTER)));
  });

  it('reads tags repeated, with [] and with [0]', async () => {
    const repeated = await api.ok(`${FILTER}?tags=vip&tags=lead`);
    expect(repeated.response.length).toBeGreaterThan(0);
    expect(ids(await api.ok(`${FILTER}?tags[]=vip&tags[]=lead`))).toEqual(ids(repeated));
    expect(ids(await api.ok(`${FILTER}?tags[0]=vip&tags[1]=lead`))).toEqual(ids(repeated));
    // no comma splitting: "vip,lead" is one (unknown) tag
    expect((await api.ok(`${FILTER}?tags=vip,lead`)).response).toEqual([]);
  });

  it.each([
    ['isShared=1', 'isShared'],
    ['isShared=yes', 'isShared'],
    ['contactStage=abc', 'contactStage'],
    ['contactType=1.5', 'contactType'],
    ['contactStage=99999999999', 'contactStage'],
    ['contactListView=Everyone', 'contactListView'],
    ['responsibleid=not-a-guid', 'responsibleid'],
    ['fromDate=yesterday', 'fromDate'],
    ['toDate=2020-13-01', 'toDate'],
    ['fromDate=2020-02-30', 'fromDate'],
  ])('answers 400 naming the parameter for %s', async (query, name) => {
    const answer = await api.call(`${FILTER}?${query}`, { token: 'token-admin' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain(`'${name}'`);
    expect(answer.body.error.hresult).toBe(-2147024809);
  });

  it("names the forms a date may take, from the contract's examples, rather than its pattern", async () => {
    const answer = await api.call(`${FILTER}?fromDate=2021-02-29`, { token: 'token-admin' });
    const forms = loadContract().components.schemas.ApiDateInput.examples.join(', ');
    expect(answer.body.error.message).toBe(`Value of parameter 'fromDate' is not valid: '2021-02-29' (not in a form the API accepts, such as ${forms})`);
  });

  it('accepts booleans in any case', async () => {
    expect(ids(await api.ok(`${FILTER}?isShared=TRUE`))).toEqual(ids(await api.ok(`${FILTER}?isShared=true`)));
  });

  it('accepts every documented date form', async () => {
    for (const date of ['2008-04-10T06-30-00.000Z', '2008-04-10T06-30-00Z', '2008-04-10T06:30:00.0000000Z', '2008-04-10T06:30:00+03:00', '2008-04-10T06:30:00', '2008-04-10']) {
      const answer = await api.call(`${FILTER}?fromDate=${encodeURIComponent(date)}`, { token: 'token-admin' });
      expect(answer.status, date).toBe(200);
    }
  });

  it('caps count at 1000 and falls back to the default for a negative or non-numeric count', async () => {
    const all = await api.ok(FILTER);
    expect((await api.ok(`${FILTER}?count=5000`)).response.length).toBe(all.response.length);
    expect((await api.ok(`${FILTER}?count=-3`)).response.length).toBe(all.response.length);
    expect((await api.ok(`${FILTER}?count=lots`)).response.length).toBe(all.response.length);
    expect((await api.ok(`${FILTER}?count=2`)).response.length).toBe(2);
  });

  it('turns a negative startIndex into 0 and ignores a non-numeric one', async () => {
    const first = ids(await api.ok(`${FILTER}?count=2`));
    expect(ids(await api.ok(`${FILTER}?count=2&startIndex=-5`))).toEqual(first);
    expect(ids(await api.ok(`${FILTER}?count=2&startIndex=x`))).toEqual(first);
  });

  it('sorts descending only for the exact string `descending`', async () => {
    const ascending = ids(await api.ok(`${FILTER}?sortBy=Id`));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(ids(await api.ok(`${FILTER}?sortBy=Id&sortOrder=descending`))).toEqual([...ascending].reverse());
    expect(ids(await api.ok(`${FILTER}?sortBy=Id&sortOrder=Descending`))).toEqual(ascending);
    expect(ids(await api.ok(`${FILTER}?sortBy=id`))).toEqual(ascending);
  });

  it('falls back to the default sort (newest first) for an unknown sortBy', async () => {
    expect(ids(await api.ok(`${FILTER}?sortBy=Shoe&sortOrder=descending`))).toEqual(ids(await api.ok(FILTER)));
  });

  it('takes quotes, %, _ and SQL in filterValue, tags and data as data (but % and _ in data as LIKE wildcards)', async () => {
    const BY_INFO = '/api/2.0/crm/contact/bycontactinfo?infoType=Email';
    for (const evil of ["'; DROP TABLE contacts; --", '%', '_', '" OR 1=1 --', '\\']) {
      const q = encodeURIComponent(evil);
      expect((await api.ok(`${FILTER}?filterValue=${q}`)).response).toEqual([]);
      expect((await api.ok(`${FILTER}?tags=${q}`)).response).toEqual([]);
      // the real server puts data into LIKE '%data%' unescaped: % and _ match every e-mail
      const expected = evil === '%' || evil === '_' ? ids(await api.ok(BY_INFO)) : [];
      expect(ids(await api.ok(`${BY_INFO}&data=${q}`))).toEqual(expected);
    }
    expect(ids(await api.ok(BY_INFO)).length).toBeGreaterThan(1);
    expect((await api.ok(FILTER)).total).toBeGreaterThan(0); // the table is still there
  });

  it('refuses thousands of tags with a 400 naming tags, and survives a very long query string', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `tags=t${i}`).join('&');
    const answer = await api.call(`${FILTER}?${many}`, { token: 'token-admin' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain("'tags'");
    // the longest name search the contract admits (255 characters, 128 words) is answered
    expect((await api.call(`${FILTER}?filterValue=${encodeURIComponent(`${'a '.repeat(127)}a`)}`, { token: 'token-admin' })).status).toBe(200);
    const long = await api.call(`${FILTER}?filterValue=${'a'.repeat(5000)}`, { token: 'token-admin' });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toContain("'filterValue'");
    // the most the contract admits (1000 tags of 255 characters) is read, not refused by the HTTP layer
    const most = Array.from({ length: 1000 }, (_, i) => `tags=${String(i).padStart(255, 'x')}`).join('&');
    expect((await api.ok(`${FILTER}?${most}`)).response).toEqual([]);
    // beyond 1 MiB of request line (far past what the contract admits): still the 400 envelope
    const huge = await api.call(`${FILTER}?filterValue=${'b'.repeat(1100 * 1024)}`, { token: 'token-admin' });
    expect(huge.status).toBe(400);
    expect(huge.body.error.message).toContain('exceed');
    expect((await api.ok(FILTER)).total).toBeGreaterThan(0);
  });

  it('answers 400 without infoType on bycontactinfo, naming it', async () => {
    const answer = await api.call('/api/2.0/crm/contact/bycontactinfo?data=acme', { token: 'token-admin' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toContain("'infoType'");
  });
});
