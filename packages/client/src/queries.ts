// The queries of the two contact operations, as the contract types them, with `Date` allowed for dates,
// and the framework's generic parameters narrowed to the names the contract lists (`sortBy` to a
// ContactSortBy or a ContactProperty, `type` to a ContactKind): the wire admits any text, a caller
// gains nothing from sending it.
import type { ContactKind, ContactProperty, ContactSortBy, FilterOperation, FilterOperationName, operations } from '@crm-contacts/types';
import { toApiDate } from '@crm-contacts/contract/api-date';
import type { ContactFields } from './fieldsTypes.js';

type ContractFilterQuery = NonNullable<operations['filterContacts']['parameters']['query']>;
type ContractByContactInfoQuery = operations['getContactsByContactInfo']['parameters']['query'];
type Generic = 'fields' | 'sortBy' | 'filterBy' | 'filterOp' | 'type' | 'updatedSince';

/** The API framework's parameters, on both operations. */
export interface GenericListQuery<F extends ContactFields | undefined = ContactFields | undefined> {
  /** Trim each contact (and its nested company) to these members; the answer's type follows. */
  fields?: F;
  /** A ContactSortBy (sorted by the database), or a ContactProperty (the framework sorts in memory; see the contract). */
  sortBy?: ContactSortBy | ContactProperty;
  /** The member `filterValue` is compared with (memory mode only on filter). */
  filterBy?: ContactProperty;
  filterOp?: FilterOperationName | FilterOperation;
  /** Only persons or only companies (on filter in DB mode: after the page, which may then hold fewer). */
  type?: ContactKind;
  updatedSince?: ContractFilterQuery['updatedSince'] | Date;
}

export type FilterContactsQuery<F extends ContactFields | undefined = ContactFields | undefined> = Omit<ContractFilterQuery, 'fromDate' | 'toDate' | Generic> & GenericListQuery<F> & {
  /** Only contacts created at or after this moment: a `Date`, or a string in a form the server accepts. */
  fromDate?: ContractFilterQuery['fromDate'] | Date;
  /** Only contacts created up to the end of this day (the server adds a day less a minute). */
  toDate?: ContractFilterQuery['toDate'] | Date;
};

export type ByContactInfoQuery<F extends ContactFields | undefined = ContactFields | undefined> = Omit<ContractByContactInfoQuery, Generic> & GenericListQuery<F>;

const DATES = ['fromDate', 'toDate', 'updatedSince'] as const;

/** The query as the contract types it: dates as API text. */
export function toContractQuery<Q extends Partial<Record<(typeof DATES)[number], unknown>> & { fields?: ContactFields }>(query: Q): Record<string, unknown> {
  const out: Record<string, unknown> = { ...query };
  for (const name of DATES) {
    const value = query[name];
    if (value instanceof Date) out[name] = toApiDate(value);
  }
  return out;
}
