// What the engine answers: the queries of filter and bycontactinfo once HTTP has read them (enum names
// already numbers, dates in microseconds, paging normalised), and who asks. Fields the engine takes as
// the contract types them are picked from the generated query types, not restated.
import type { ContactSortBy, operations } from '@crm-contacts/types';

type FilterParameters = NonNullable<operations['filterContacts']['parameters']['query']>;
type ByContactInfoParameters = operations['getContactsByContactInfo']['parameters']['query'];

export interface Viewer { id: string; isAdmin: boolean }

export type SortBy = ContactSortBy;

/**
 * What the API framework applies to a list after the controller (SmartList): a filter on a contact
 * member, the kind, and a sort on a member. On filter only `kind` applies in DB mode (after the page).
 */
export interface FrameworkQuery {
  /** A member name as received (matched in any case); unknown members switch the filter off. */
  filterBy?: string;
  /** A FilterOperation number. */
  filterOp?: number;
  /** filterValue split on commas: any of them matches; an empty one switches the filter off. */
  filterValues?: string[];
  /** `type` as received: only `person` and `company` keep anything. */
  kind?: string;
  /** A member to sort by (memory mode on filter); a name the contact lacks keeps the database order. */
  sortProperty?: string;
  /** The portal's time zone: `created` compares as its API text. */
  timeZone?: string;
}

interface Paging {
  startIndex: number; // already normalised (>= 0)
  count: number; // already normalised (1..the page size)
}

export interface FilterQuery extends FrameworkQuery, Paging, Pick<FilterParameters, 'tags' | 'contactStage' | 'contactType' | 'isShared'> {
  contactListView?: number; // a ContactListView number; one it does not define gives an empty list
  fromDate?: number; // epoch microseconds UTC
  toDate?: number; // epoch microseconds UTC of the START of the given moment; the engine applies "+1 day - 1 minute"
  responsibleId?: string; // a guid in any case (the engine lower-cases it); the empty guid = contacts with no manager
  filterValue?: string; // name search
  sortBy?: SortBy;
  sortOrder?: 'ascending' | 'descending';
}

export interface ByContactInfoQuery extends FrameworkQuery, Paging, Pick<ByContactInfoParameters, 'data' | 'category' | 'isPrimary'> {
  sortOrder?: 'ascending' | 'descending';
  infoType: number; // a ContactInfoType number
}
