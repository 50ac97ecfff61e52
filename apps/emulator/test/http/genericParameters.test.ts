// The API framework's generic list parameters (behaviour reference, "Generic list parameters"): the
// filter's two modes, the framework's parsing, `fields`, `filterBy`/`filterOp`, `type`, `updatedSince`
// and member sorts, on both operations, JSON and XML, for several users.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE } from '../support/databases.js';
import { ids, startApi, type TestApi } from '../support/api.js';

const FILTER = '/api/2.0/crm/contact/filter';
const BY_EMAIL = '/api/2.0/crm/contact/bycontactinfo?infoType=Email';
// the small fixtures, newest first (the database order of `filter`): companies are 1, 2, 3
const NEWEST_FIRST = [8, 5, 4, 2, 7, 1, 3, 6];
// contacts with an e-mail, in id order (bycontactinfo's order): Acme Corp, 100% Pure_Foods, John Smith, Zoë O'Brien
const WITH_EMAIL = [1, 3, 4, 6];

describe.each([SQLITE])('generic list parameters ($name)', (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(backend);
  });
  afterAll(() => api.close());

  const keysOf = (envelope: { response: object[] }) => envelope.response.map((c) => Object.keys(c));
  const paging = ({ response: _response, ...rest }: Record<string, unknown>) => rest;

  describe('the two modes of filter', () => {
    it('DB mode (no sortBy, a ContactSortBy name in any case, a number): filterBy does nothing', async () => {
      const names = ids(await api.ok(`${FILTER}?filterValue=acme`));
      for (const sortBy of ['', '&sortBy=Created&sortOrder=descending', '&sortBy=cReAtEd&sortOrder=descending', '&sortBy=7']) {
        expect(ids(await api.ok(`${FILTER}?filterValue=acme&filterBy=displayName&filterOp=startsWith${sortBy}`)), sortBy).toEqual(names);
      }
      expect(names).toEqual([8, 5, 4, 7, 1]);
    });

    it('memory mode (sortBy names a member): the framework filters the name search\'s matches, total is startIndex plus the matches when they fit in count', async () => {
      const page = await api.ok(`${FILTER}?filterValue=acme,true&filterBy=isCompany&sortBy=taskCount`);
      expect(ids(page)).toEqual([1]);
      expect(page.total).toBe(5); // the five name matches, not the one kept
      const skipped = await api.ok(`${FILTER}?sortBy=isCompany&startIndex=3`);
      expect(ids(skipped)).toEqual([7, 6, 2, 1, 3]);
      expect(skipped.total).toBe(11); // 8 matches, startIndex 3
    });

    it('memory mode: with more matches than count, total is the count of matches and nextIndex is decided before the framework\'s filters', async () => {
      const first = await api.ok(`${FILTER}?sortBy=taskCount&type=company&count=2`);
      expect(paging(first)).toEqual({ count: 2, nextIndex: 3, total: 8, status: 0, statusCode: 200 });
      expect(ids(first)).toEqual([2, 1]);
      const second = await api.ok(`${FILTER}?sortBy=taskCount&type=company&count=2&startIndex=2`);
      expect(paging(second)).toEqual({ count: 1, startIndex: 2, nextIndex: 5, total: 8, status: 0, statusCode: 200 });
      expect(ids(second)).toEqual([3]);
    });
  });

  describe('parsing', () => {
    it('`x[]=` wins over `x=`; `x=a,b` is split on commas; a scalar keeps the first element', async () => {
      expect(keysOf(await api.ok(`${FILTER}?count=1&fields=displayName&fields[]=id`))).toEqual([['id']]);
      expect(keysOf(await api.ok(`${FILTER}?count=1&fields=id,displayName`))).toEqual([['displayName', 'id']]);
      expect(keysOf(await api.ok(`${FILTER}?count=1&fields=id&fields=displayName`))).toEqual([['displayName', 'id']]);
      expect(ids(await api.ok(`${BY_EMAIL}&type=person,company`))).toEqual([4, 6]);
    });
  });

  describe('fields', () => {
    it('trims every contact to the members asked for, in any case, the server\'s spelling and order kept; the envelope is unchanged', async () => {
      const whole = await api.ok(`${FILTER}?count=3`);
      const trimmed = await api.ok(`${FILTER}?count=3&fields=ID,displayname`);
      expect(paging(trimmed)).toEqual(paging(whole));
      expect(trimmed.response).toEqual(whole.response.map((c: any) => ({ displayName: c.displayName, id: c.id })));
    });

    it('trims the nested company alike; createBy, accessList and currency stay whole', async () => {
      const whole = await api.ok(`${FILTER}?sortBy=Id`);
      const trimmed = await api.ok(`${FILTER}?sortBy=Id&fields=id,company,createBy,accessList,currency`);
      const john = trimmed.response.find((c: any) => c.id === 4);
      expect(john.company).toEqual({ currency: whole.response.find((c: any) => c.id === 1).currency, id: 1 });
      for (const [i, c] of trimmed.response.entries()) {
        const w = whole.response[i];
        expect(c.createBy).toEqual(w.createBy);
        expect(c.accessList).toEqual(w.accessList);
        expect(c.currency).toEqual(w.currency);
      }
      expect(trimmed.response.find((c: any) => c.id === 2).accessList).toHaveLength(1);
    });

    it('unknown names trim everything else away; `fields=` alone leaves every contact empty', async () => {
      expect(keysOf(await api.ok(`${FILTER}?count=2&fields=nope,id`))).toEqual([['id'], ['id']]);
      const empty = await api.ok(`${FILTER}?count=2&fields=`);
      expect(empty.response).toEqual([{}, {}]);
      expect(empty.count).toBe(2);
    });

    it('refuses more names than the contract admits (1,000) with a 400 naming fields', async () => {
      const many = await api.call(`${FILTER}?fields=${Array.from({ length: 1001 }, (_, i) => `m${i}`).join(',')}`, { token: 'token-admin' });
      expect(many.status).toBe(400);
      expect(many.body.error.message).toContain("'fields'");
    });

    it('applies to bycontactinfo, and to XML as to JSON', async () => {
      expect((await api.ok(`${BY_EMAIL}&fields=id`)).response).toEqual(WITH_EMAIL.map((id) => ({ id })));
      for (const url of [`${FILTER}?count=4&fields=id,isCompany,company`, `${BY_EMAIL}&fields=displayName,company`, `${FILTER}?count=2&fields=`]) {
        const json = await api.ok(url);
        const [path, query] = url.split('?');
        const xml = await api.call(`${path}.xml?${query}`, { token: 'token-admin' });
        expect(xml.status).toBe(200);
        expect(xml.contentType).toContain('text/xml');
        if (url.endsWith('fields=')) expect(xml.text).toContain('<response /><response />');
        else expect(xml.body).toEqual(json);
      }
    });
  });

  describe('filterBy and filterOp (bycontactinfo: always the framework\'s)', () => {
    const kept = async (query: string, token = 'token-admin') => ids(await api.ok(`${BY_EMAIL}&${query}`, token));

    it('compares as each operation says, by name in any case or by number', async () => {
      expect(await kept('filterBy=displayName&filterOp=contains&filterValue=SMITH')).toEqual([4]);
      expect(await kept('filterBy=displayName&filterOp=equals&filterValue=john smith')).toEqual([4]);
      expect(await kept('filterBy=displayName&filterValue=john')).toEqual([]); // equals is the default
      expect(await kept('filterBy=DISPLAYNAME&filterOp=STARTSWITH&filterValue=acme')).toEqual([1]);
      expect(await kept('filterBy=displayName&filterOp=3&filterValue=acme')).toEqual([1]);
      expect(await kept('filterBy=displayName&filterOp=endsWith&filterValue=FOODS')).toEqual([3]);
      expect(await kept('filterBy=displayName&filterOp=2&filterValue=FOODS')).toEqual([3]);
      expect(await kept('filterBy=displayName&filterOp=0&filterValue=o\'b')).toEqual([6]);
      expect(await kept('filterBy=displayName&filterOp=1&filterValue=Acme Corp')).toEqual([1]);
      expect(await kept('filterBy=displayName&filterOp=present&filterValue=Smith')).toEqual([4]);
      expect(await kept('filterBy=displayName&filterOp=4&filterValue=smith')).toEqual([]); // case-sensitive
    });

    it('an unknown operation name means equals; an undefined number is a 400 naming filterOp (the real server fails when the filter applies)', async () => {
      expect(await kept('filterBy=displayName&filterOp=bogus&filterValue=john smith')).toEqual([4]);
      expect(await kept('filterBy=displayName&filterOp=bogus&filterValue=john')).toEqual([]);
      const bad = await api.call(`${BY_EMAIL}&filterBy=id&filterValue=1&filterOp=99`, { token: 'token-admin' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain("'filterOp'");
      const xml = await api.call(`${BY_EMAIL.replace('bycontactinfo', 'bycontactinfo.xml')}&filterBy=id&filterValue=1&filterOp=99`, { token: 'token-admin' });
      expect(xml.status).toBe(400);
      expect(xml.text).toContain('filterOp');
      // the contract does not admit it, filter or not (the real server ignores it when no filter applies)
      expect((await api.call(`${BY_EMAIL}&filterOp=99`, { token: 'token-admin' })).status).toBe(400);
      expect((await api.call(`${FILTER}?filterOp=-1`, { token: 'token-admin' })).status).toBe(400);
    });

    it('compares text: booleans as True/False, shareType by name, numbers as digits; a,b is any of them', async () => {
      expect(await kept('filterBy=isCompany&filterValue=true')).toEqual([1, 3]);
      expect(await kept('filterBy=isPrivate&filterValue=TRUE')).toEqual([]);
      expect(await kept('filterBy=shareType&filterValue=Read')).toEqual([3, 6]);
      expect(await kept('filterBy=shareType&filterValue=readwrite')).toEqual([1, 4]);
      expect(await kept('filterBy=id&filterValue=1,6')).toEqual([1, 6]);
      expect(await kept('filterBy=taskCount&filterValue=2')).toEqual([4]);
      expect(await kept('filterBy=created&filterOp=startsWith&filterValue=2019-03-01T12:00:00')).toEqual([3]);
    });

    it('an empty element, an unknown member or a member the base wrapper lacks switches the filter off', async () => {
      expect(await kept('filterBy=id&filterValue=1,')).toEqual(WITH_EMAIL);
      expect(await kept('filterBy=nope&filterValue=1')).toEqual(WITH_EMAIL);
      expect(await kept('filterBy=firstName&filterValue=John')).toEqual(WITH_EMAIL);
    });

    it('follows the viewer (canEdit) and changes total when it is shown', async () => {
      expect(await kept('filterBy=canEdit&filterValue=true', 'token-alice')).toEqual([1, 4]);
      expect(await kept('filterBy=canEdit&filterValue=true')).toEqual(WITH_EMAIL);
      const page = await api.ok(`${BY_EMAIL}&filterBy=isCompany&filterValue=true&count=1`);
      expect(paging(page)).toEqual({ count: 1, nextIndex: 2, total: 2, status: 0, statusCode: 200 });
      expect(ids(page)).toEqual([1]);
    });
  });

  describe('type', () => {
    it('keeps persons or companies: the exact lower-case word; anything else is an empty list, not an error', async () => {
      expect(ids(await api.ok(`${BY_EMAIL}&type=company`))).toEqual([1, 3]);
      expect(ids(await api.ok(`${BY_EMAIL}&type=person`))).toEqual([4, 6]);
      for (const other of ['Company', 'PERSON', 'people', '1']) expect(ids(await api.ok(`${BY_EMAIL}&type=${other}`)), other).toEqual([]);
      expect(ids(await api.ok(`${FILTER}?type=Company`))).toEqual([]);
    });

    it('on filter in DB mode it runs after the database paged: fewer than count, even none, while more exist; total and nextIndex unchanged', async () => {
      const first = await api.ok(`${FILTER}?type=company&count=3`);
      expect(first.response).toEqual([]);
      expect(paging(first)).toEqual({ nextIndex: 4, total: 8, status: 0, statusCode: 200 });
      const second = await api.ok(`${FILTER}?type=company&count=3&startIndex=3`);
      expect(ids(second)).toEqual([2, 1]);
      expect(paging(second)).toEqual({ count: 2, startIndex: 3, nextIndex: 7, total: 8, status: 0, statusCode: 200 });
      // every page together: the companies, newest first
      const pages = [];
      for (let start = 0; start < 8; start += 3) pages.push(...ids(await api.ok(`${FILTER}?type=company&count=3&startIndex=${start}`)));
      expect(pages).toEqual(NEWEST_FIRST.filter((id) => id <= 3));
    });

    it('on bycontactinfo it filters before paging, and total (when shown) counts that kind only', async () => {
      const page = await api.ok(`${BY_EMAIL}&type=person&count=1`);
      expect(paging(page)).toEqual({ count: 1, nextIndex: 2, total: 2, status: 0, statusCode: 200 });
      expect(ids(page)).toEqual([4]);
    });

    it('answers XML alike', async () => {
      const xml = await api.call(`${FILTER}.xml?type=company&count=3&startIndex=3`, { token: 'token-admin' });
      expect(xml.body.response.map((c: any) => c.id)).toEqual([2, 1]);
    });
  });

  describe('updatedSince', () => {
    it('a date changes nothing, on either operation', async () => {
      expect(await api.ok(`${FILTER}?updatedSince=2030-01-01`)).toEqual(await api.ok(FILTER));
      expect(await api.ok(`${BY_EMAIL}&updatedSince=2008-04-10T06-30-00.000Z`)).toEqual(await api.ok(BY_EMAIL));
    });

    it('a value that is not a date is a 400 envelope naming the parameter (the real server: a 500 HTML page), JSON and XML', async () => {
      for (const path of [`${FILTER}?`, `${BY_EMAIL}&`, `${FILTER}.xml?`]) {
        const answer = await api.call(`${path}updatedSince=yesterday`, { token: 'token-admin' });
        expect(answer.status, path).toBe(400);
        expect(answer.body.error.message).toContain("'updatedSince'");
        expect(answer.body.error.hresult).toBe(-2147024809);
      }
    });
  });

  describe('member sorts', () => {
    it('stable, false before true, descending only for the exact `descending`', async () => {
      expect(ids(await api.ok(`${FILTER}?sortBy=isCompany`))).toEqual([8, 5, 4, 7, 6, 2, 1, 3]);
      expect(ids(await api.ok(`${FILTER}?sortBy=ISCOMPANY&sortOrder=descending`))).toEqual([2, 1, 3, 8, 5, 4, 7, 6]);
      expect(ids(await api.ok(`${FILTER}?sortBy=isCompany&sortOrder=Descending`))).toEqual([8, 5, 4, 7, 6, 2, 1, 3]);
    });

    it('shareType by number, created by time, text in culture order; a member the wrapper lacks keeps the database order', async () => {
      expect(ids(await api.ok(`${FILTER}?sortBy=shareType`))).toEqual([8, 5, 2, 4, 7, 1, 3, 6]);
      expect(ids(await api.ok(`${BY_EMAIL}&sortBy=created`))).toEqual([6, 3, 1, 4]);
      expect(ids(await api.ok(`${BY_EMAIL}&sortBy=displayName&sortOrder=descending`))).toEqual([6, 4, 1, 3]);
      expect(ids(await api.ok(`${FILTER}?sortBy=about`))).toEqual(NEWEST_FIRST);
      const unknown = await api.ok(`${FILTER}?sortBy=nope&startIndex=1`);
      expect(ids(unknown)).toEqual(NEWEST_FIRST.slice(1));
      expect(unknown.total).toBe(9); // memory mode's total
      expect(ids(await api.ok(`${BY_EMAIL}&sortBy=FirstName`))).toEqual(WITH_EMAIL);
    });

    it('sorts what the viewer sees (a user who is no administrator)', async () => {
      expect(ids(await api.ok(`${FILTER}?sortBy=canEdit`, 'token-alice'))).toEqual([3, 6, 4, 2, 7, 1]);
    });
  });

  it('a user without CRM access still gets the 403 envelope', async () => {
    expect((await api.call(`${FILTER}?fields=id&type=person`, { token: 'token-dave' })).status).toBe(403);
  });
});
