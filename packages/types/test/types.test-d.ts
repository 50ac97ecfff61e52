// Type-level tests, checked by tsc through vitest's typecheck: they fail when the generated types do.
import { describe, expectTypeOf, it } from 'vitest';
import type { Contact, ContactList, ContactListView, TrimmedCompanyShort, TrimmedContact } from '../src/index.js';

describe('enum types', () => {
  it('types each constant as the union of its values', () => {
    expectTypeOf<ContactListView>().toEqualTypeOf<0 | 1 | 2 | 3>();
    // @ts-expect-error 4 is not a ContactListView
    const wrong: ContactListView = 4;
    void wrong;
  });
});

describe('schema aliases', () => {
  it('narrow a contact to a person or a company on isCompany', () => {
    const contact = {} as Contact;
    if (contact.isCompany) expectTypeOf(contact.companyName).toEqualTypeOf<string>();
    else expectTypeOf(contact.firstName).toEqualTypeOf<string>();
    // with `fields` the server trims contacts: a list holds whole contacts or trimmed ones
    expectTypeOf<ContactList['response']>().toEqualTypeOf<(Contact | TrimmedContact)[]>();
  });

  it('give a trimmed contact every member as optional', () => {
    expectTypeOf<TrimmedContact['id']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TrimmedContact['company']>().toEqualTypeOf<TrimmedCompanyShort | undefined>();
  });
});
