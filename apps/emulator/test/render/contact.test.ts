import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { loadData, type LoadedData } from '../../src/load/loadData.js';
import { filterRecords } from '../support/records.js';
import { renderContact } from '../../src/render/contact.js';
import { derefSchema, loadContract } from '@crm-contacts/contract';

/** A contact schema's members in the contract's order: a variant's own first, then those of its allOf base. */
function memberOrder(name: string): string[] {
  const document = loadContract();
  const schema = document.components.schemas[name];
  if (!schema.allOf) return Object.keys(schema.properties);
  const [base, ...own] = schema.allOf.map((part: Record<string, any>) => Object.keys(derefSchema(document, part).properties)) as string[][];
  return [...own.flat().filter((member) => !base.includes(member)), ...base];
}
/** The members in the contract's order, without those this contact omits (which ones is behaviour, stated here). */
const orderWithout = (name: string, omitted: string[]) => memberOrder(name).filter((member) => !omitted.includes(member));

const SMALL = fileURLToPath(new URL('../fixtures/small.json', import.meta.url));
const admin = { id: 'aaaaaaaa-0000-4000-a000-000000000001', isAdmin: true };

describe('renderContact', () => {
  let data: LoadedData;
  beforeAll(async () => { data = await loadData({ fixtures: SMALL }); });
  afterAll(async () => data?.close());
  const record = async (name: string, view = 0) => (await filterRecords(data.engine, admin, { filterValue: name, contactListView: view, startIndex: 0, count: 1 })).items[0];

  it('a person in filter: field order, nested short company, tags sorted, no addresses when empty', async () => {
    const john = renderContact(await record('john'), { flavour: 'filter', timeZone: 'UTC' });
    expect(Object.keys(john)).toEqual(orderWithout('PersonContact', ['addresses', 'accessList']));
    expect(Object.keys(john.company as object)).toEqual(orderWithout('CompanyShort', ['companyName', 'about', 'haveLateTasks', 'accessList']));
    expect(john.tags).toEqual(['Lead', 'VIP']);
    expect(john.created).toBe('2022-02-02T09:30:00.0000000Z');
    expect(john.customFields).toEqual([{ entityId: 4, label: 'Nickname', fieldValue: 'Johnny', fieldType: 0, position: 0, mask: '{"size":"40"}', id: 1 }]);
    expect((john.commonData as { infoType: number }[]).map((i) => i.infoType)).toEqual([17, 0, 1, 1]);
  });

  it('a person in bycontactinfo: no tags, addresses always, commonData by infoType', async () => {
    const john = renderContact(await record('john'), { flavour: 'byContactInfo', timeZone: '+03:00' });
    expect(john).not.toHaveProperty('tags');
    expect(john.addresses).toEqual([]);
    expect((john.commonData as { infoType: number }[]).map((i) => i.infoType)).toEqual([0, 1, 1, 17]);
    expect(john.created).toBe('2022-02-02T12:30:00.0000000+03:00');
  });

  it('a company: companyName and personsCount first, address without id, currency object', async () => {
    const acme = renderContact(await record('acme corp', 1), { flavour: 'filter', timeZone: 'UTC' });
    expect(Object.keys(acme).slice(0, 4)).toEqual(orderWithout('CompanyContact', []).slice(0, 4));
    expect(acme.addresses).toEqual([{ street: '1 Main St', city: 'Springfield', state: '', zip: '', country: 'USA', category: 2, categoryName: 'Office', isPrimary: true }]);
    expect(acme.currency).toEqual({ title: 'US Dollar', symbol: '$', abbreviation: 'USD', cultureName: 'en-US', isConvertable: true, isBasic: true });
    expect(acme).not.toHaveProperty('accessList');
  });

  it('a private contact lists its access list; a contact without stage has no contactStatus', async () => {
    const globex = renderContact(await record('globex', 1), { flavour: 'filter', timeZone: 'UTC' });
    expect(globex.accessList).toEqual([{ id: 'aaaaaaaa-0000-4000-a000-000000000002', displayName: 'Alice Manager', title: 'Manager', avatarSmall: '/skins/default/images/default_user_photo_size_32-32.png', profileUrl: '' }]);
    expect(globex).not.toHaveProperty('contactStatus');
    expect(globex).toMatchObject({ isPrivate: true, isShared: false, shareType: 0, currency: null });
  });
});
