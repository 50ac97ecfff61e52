// Type-level tests (vitest typecheck runs tsc on them): misuse of the client must not compile.
import { describe, expectTypeOf, it } from 'vitest';
import { ContactInfoType, ContactListView, ContactProperty, ContactSortBy, createCrmClient, FilterOperation, type Contact, type ContactList, type ContactPage, type CrmApiError, type TrimmedCompanyShort } from '../src/index.js';

const crm = createCrmClient({ baseUrl: 'http://127.0.0.1:1', token: 't' });

describe('parameters', () => {
  it('rejects a wrong parameter name', () => {
    // @ts-expect-error `responsibleId` is spelt `responsibleid` in the contract
    void crm.contacts.filter({ responsibleId: '00000000-0000-0000-0000-000000000000' });
    // @ts-expect-error `contactListView` is not a parameter of bycontactinfo
    void crm.contacts.byContactInfo({ infoType: ContactInfoType.Email, contactListView: 1 });
  });

  it('rejects a wrong parameter type', () => {
    // @ts-expect-error count is a number
    void crm.contacts.filter({ count: '25' });
    // @ts-expect-error isShared is a boolean, not 1
    void crm.contacts.filter({ isShared: 1 });
    // @ts-expect-error tags is an array of strings
    void crm.contacts.filter({ tags: 'vip' });
  });

  it('rejects a wrong enum value', () => {
    // @ts-expect-error no such sort key
    void crm.contacts.filter({ sortBy: 'Name' });
    // @ts-expect-error no such info type name
    void crm.contacts.byContactInfo({ infoType: 'Emial' });
    // @ts-expect-error 18 is not a ContactInfoType
    void crm.contacts.byContactInfo({ infoType: 18 });
    // @ts-expect-error no such view name
    void crm.contacts.filter({ contactListView: 'Companies' });
    // @ts-expect-error `type` is the exact lower-case word
    void crm.contacts.filter({ type: 'Company' });
    // @ts-expect-error no such member
    void crm.contacts.filter({ fields: ['nickname'] });
    // @ts-expect-error no such filter operation
    void crm.contacts.byContactInfo({ infoType: 'Email', filterOp: 'like' });
    // @ts-expect-error firstName is no member of the base wrapper: the framework cannot filter by it
    void crm.contacts.byContactInfo({ infoType: 'Email', filterBy: 'firstName' });
  });

  it('requires infoType on bycontactinfo, as the real server does', () => {
    // @ts-expect-error infoType is required
    void crm.contacts.byContactInfo({ data: 'x' });
  });

  it('accepts the named constants and Dates', () => {
    void crm.contacts.filter({ contactListView: ContactListView.Company, sortBy: ContactSortBy.LastName, fromDate: new Date(), tags: ['a'] });
    void crm.contacts.byContactInfo({ infoType: ContactInfoType.Email, data: 'example.com' });
    void crm.contacts.byContactInfo({ infoType: 'Email' });
    void crm.contacts.filter({ sortBy: ContactProperty.isCompany, filterBy: 'shareType', filterOp: FilterOperation.startsWith, type: 'company', updatedSince: new Date(), fields: ['id'] });
    void crm.contacts.byContactInfoEach({ infoType: 'Email', filterOp: 'contains', fields: ['displayName'] });
  });
});

describe('options', () => {
  it('rejects unknown formats, bad credentials and a missing baseUrl', () => {
    // @ts-expect-error only json and xml
    createCrmClient({ baseUrl: 'x', format: 'yaml' });
    // @ts-expect-error basic needs userName and password
    createCrmClient({ baseUrl: 'x', basic: { user: 'a', password: 'b' } });
    // @ts-expect-error baseUrl is required
    createCrmClient({ token: 't' });
    // @ts-expect-error filterAll pages by itself
    void crm.contacts.filterAll({ startIndex: 5 });
  });
});

describe('results', () => {
  it('narrows a contact to a person or a company on isCompany', () => {
    expectTypeOf<Awaited<ReturnType<typeof crm.contacts.filter<undefined>>>>().toEqualTypeOf<ContactPage<Contact>>();
    expectTypeOf<ContactPage<Contact>['total']>().toEqualTypeOf<ContactList['total']>();
    expectTypeOf<Awaited<ReturnType<typeof crm.contacts.filterAll<undefined>>>>().toEqualTypeOf<Contact[]>();
    const contact = {} as Contact;
    if (contact.isCompany) {
      expectTypeOf(contact.companyName).toEqualTypeOf<string>();
      // @ts-expect-error a company has no firstName
      void contact.firstName;
    } else {
      expectTypeOf(contact.firstName).toEqualTypeOf<string>();
      // @ts-expect-error a person has no companyName
      void contact.companyName;
    }
  });

  it('types the error', () => {
    expectTypeOf<CrmApiError['status']>().toEqualTypeOf<number>();
    expectTypeOf<CrmApiError['hresult']>().toEqualTypeOf<number | undefined>();
  });
});

describe('credentials', () => {
  it('take one scheme at a time', () => {
    // @ts-expect-error a token and Basic credentials at once
    createCrmClient({ baseUrl: 'x', token: 't', basic: { userName: 'a', password: 'b' } });
    expectTypeOf(createCrmClient).toBeCallableWith({ baseUrl: 'x', cookie: 'c' });
    expectTypeOf(createCrmClient).toBeCallableWith({ baseUrl: 'x' });
  });
});

describe('fields', () => {
  it('narrows each contact to the members asked for; those every contact has stay required', () => {
    type Trimmed = Awaited<ReturnType<typeof crm.contacts.filter<['id', 'displayName', 'firstName']>>>['response'][number];
    expectTypeOf<Trimmed['id']>().toEqualTypeOf<number>();
    expectTypeOf<Trimmed['displayName']>().toEqualTypeOf<string | null>();
    expectTypeOf<Trimmed['firstName']>().toEqualTypeOf<string | undefined>(); // persons only
    const contact = {} as Trimmed;
    // @ts-expect-error not asked for
    void contact.createBy;
  });

  it('gives filterEach and byContactInfoEach the same narrowing', () => {
    type Each = ReturnType<typeof crm.contacts.filterEach<['id']>>;
    expectTypeOf<Each>().toEqualTypeOf<AsyncGenerator<{ id?: number } & { id: number }, void, undefined>>();
    type ByInfo = ReturnType<typeof crm.contacts.byContactInfoEach<['company']>> extends AsyncGenerator<infer C> ? C : never;
    expectTypeOf<ByInfo['company']>().toEqualTypeOf<TrimmedCompanyShort | undefined>();
    expectTypeOf<keyof ByInfo>().toEqualTypeOf<'company'>();
  });
});
