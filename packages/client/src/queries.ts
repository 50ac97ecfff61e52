// The queries of the two contact operations, as the contract types them, with `Date` allowed for dates.
import type { operations } from '@crm-contacts/types';
import { toApiDate } from './apiDates.js';

type ContractFilterQuery = NonNullable<operations['filterContacts']['parameters']['query']>;
export type ByContactInfoQuery = operations['getContactsByContactInfo']['parameters']['query'];

export type FilterContactsQuery = Omit<ContractFilterQuery, 'fromDate' | 'toDate'> & {
  /** Only contacts created at or after this moment: a `Date`, or a string in a form the server accepts. */
  fromDate?: ContractFilterQuery['fromDate'] | Date;
  /** Only contacts created up to the end of this day (the server adds a day less a minute). */
  toDate?: ContractFilterQuery['toDate'] | Date;
};

export function toContractFilterQuery(query: FilterContactsQuery): ContractFilterQuery {
  const { fromDate, toDate, ...rest } = query;
  const out: ContractFilterQuery = { ...rest };
  if (fromDate !== undefined) out.fromDate = fromDate instanceof Date ? toApiDate(fromDate) : fromDate;
  if (toDate !== undefined) out.toDate = toDate instanceof Date ? toApiDate(toDate) : toDate;
  return out;
}
