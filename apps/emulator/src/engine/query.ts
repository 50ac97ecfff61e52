import type { Contact, ContactInfo, CustomFieldDefinition, Stage, User } from '../data/model.js';
import type { QueryEngine } from '../engine/queryEngine.js';
import type { ScenarioTable } from '../db/scenarioRecords.js';

export interface Viewer { id: string; isAdmin: boolean }

export type { ContactSortBy as SortBy } from '@crm-contacts/types';
import type { ContactSortBy as SortBy } from '@crm-contacts/types';

/**
 * What the API framework applies to a list after the controller (SmartList): a filter on a contact
 * member, the kind, and a sort on a member. On filter only `kind` applies in DB mode (after the page).
 */
export interface FrameworkQuery {
  /** A member name as received (matched in any case); unknown members switch the filter off. */
  filterBy?: string;
  /** A FilterOperation number (0 contains, 1 equals, 2 endsWith, 3 startsWith, 4 present). */
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

export interface FilterQuery extends FrameworkQuery {
  tags?: string[]; // raw strings as received
  contactStage?: number; // absent or negative = no filter; 0 = none set
  contactType?: number; // same
  contactListView?: number; // 0 All (default), 1 Company, 2 Person, 3 WithOpportunity; any other number -> empty list
  fromDate?: number; // epoch microseconds UTC
  toDate?: number; // epoch microseconds UTC of the START of the given moment; the store applies "+1 day - 1 minute"
  responsibleId?: string; // a guid in any case (the engine lower-cases it); the empty guid = contacts with no manager
  isShared?: boolean;
  filterValue?: string; // name search
  sortBy?: SortBy;
  sortOrder?: 'ascending' | 'descending';
  startIndex: number; // already normalised (>= 0)
  count: number; // already normalised (1..1000)
}

export interface ByContactInfoQuery extends FrameworkQuery {
  sortOrder?: 'ascending' | 'descending';
  infoType: number;
  data?: string;
  category?: number;
  isPrimary?: boolean;
  startIndex: number;
  count: number;
}

export interface Page<T> { items: T[]; total: number }

/** The short company form nested in a person. */
export interface CompanyRecord {
  contact: Contact;
  displayName: string;
  accessList: User[];
  canEdit: boolean;
  canDelete: boolean;
}

export interface CustomFieldRecord { definition: CustomFieldDefinition; value: string }

/** Everything needed to render one contact for one viewer. */
export interface ContactRecord {
  contact: Contact;
  displayName: string;
  company: CompanyRecord | null;
  /** All contact info rows, addresses included, in id order. */
  infos: ContactInfo[];
  /** Tag titles, sorted. */
  tags: string[];
  customFields: CustomFieldRecord[];
  stage: Stage | null;
  createdBy: User | null;
  accessList: User[];
  /** Companies: how many persons name this company. */
  personsCount: number;
  canEdit: boolean;
  canDelete: boolean;
}

export interface Store {
  /** The in-memory query engine loaded from the database: answers pages as contact indexes. */
  engine: QueryEngine;
  /** A page of filter's contacts as records (for tests and tools; the HTTP layer writes fragments). */
  filterContacts(viewer: Viewer, q: FilterQuery): Promise<Page<ContactRecord>>;
  byContactInfo(viewer: Viewer, q: ByContactInfoQuery): Promise<Page<ContactRecord>>;
  userByToken(token: string): Promise<User | undefined>;
  userByCredentials(userName: string, password: string): Promise<User | undefined>; // userName case-insensitive
  /** Where the scenarios loaded at run time are kept: the database this store was loaded into. */
  scenarios?: ScenarioTable;
  close(): Promise<void>;
}
