// What a `fields` list makes of the answer's type: the members named, from the contract's TrimmedContact;
// those every whole contact carries (required in both PersonContact and CompanyContact) stay required.
import type { CompanyContact, Contact, ContactList, ContactMember, PersonContact, TrimmedContact } from '@crm-contacts/types';

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** Members every whole contact has, person or company. */
type AlwaysPresent = RequiredKeys<PersonContact> & RequiredKeys<CompanyContact>;

/** The `fields` a query may name: the contract's ContactMember names. */
export type ContactFields = readonly ContactMember[];

/** A contact as a query with these `fields` gets it: whole without them, else only those members. */
export type ContactWithFields<F extends ContactFields | undefined> = F extends ContactFields
  ? Pick<TrimmedContact, F[number] & keyof TrimmedContact> & Required<Pick<TrimmedContact, F[number] & AlwaysPresent & keyof TrimmedContact>>
  : Contact;

/** A page of contacts of that shape, with the envelope's paging members. */
export type ContactPage<C = Contact> = Omit<ContactList, 'response'> & { response: C[] };
