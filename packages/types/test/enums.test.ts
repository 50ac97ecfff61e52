import { describe, expect, expectTypeOf, it } from 'vitest';
import { ContactInfoType, ContactListView, ShareType, ContactSortBy } from '../src/index.js';
import type { Contact, ContactList } from '../src/index.js';

describe('enums as named constants', () => {
  it('names numeric values by x-enum-varnames', () => {
    expect(ContactInfoType.Email).toBe(1);
    expect(ContactInfoType.VK).toBe(17);
    expect(ContactListView.Company).toBe(1);
    expect(ShareType.ReadWrite).toBe(1);
    expect(ContactSortBy.LastName).toBe('LastName');
  });

  it('types each constant as the union of its values', () => {
    expectTypeOf<ContactListView>().toEqualTypeOf<0 | 1 | 2 | 3>();
    // @ts-expect-error 4 is not a ContactListView
    const wrong: ContactListView = 4;
    expect(wrong).toBe(4);
  });
});

describe('schema aliases', () => {
  it('narrow a contact to a person or a company on isCompany', () => {
    const contact = {} as Contact;
    if (contact.isCompany) expectTypeOf(contact.companyName).toEqualTypeOf<string>();
    else expectTypeOf(contact.firstName).toEqualTypeOf<string>();
    expectTypeOf<ContactList['response']>().toEqualTypeOf<Contact[]>();
  });
});
