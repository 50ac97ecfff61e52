/** The emulator's domain model: what the CRM stores, before any rendering. */

// The enums come from the contract (generated into @crm-contacts/types), never restated here.
export { ContactInfoType, ContactListView, CustomFieldType, ShareType } from '@crm-contacts/types';
import type { ContactInfoType, CustomFieldType, ShareType } from '@crm-contacts/types';
import { emptyGuid } from '@crm-contacts/contract';
export type { AddressData } from './address.js';

/** The responsibleid of "managed by nobody", as the contract gives it. */
export const EMPTY_GUID = emptyGuid();

export interface User {
  id: string; // lower-case guid
  userName: string;
  password: string;
  token: string;
  displayName: string;
  title: string | null;
  /** CRM administrator: sees and edits every contact. */
  isAdmin: boolean;
  /** A portal user without the CRM module: every CRM call answers 403. Absent means true. */
  crmAccess?: boolean;
  avatarSmall: string;
  profileUrl: string;
}

/** The portal's photo of a user who has none, as the real server links it. */
export const DEFAULT_AVATAR_SMALL = '/skins/default/images/default_user_photo_size_32-32.png';

/** Whether the user has the CRM module: `crmAccess` absent means yes (the fixtures' default). */
export const hasCrmAccess = (user: Pick<User, 'crmAccess'>): boolean => user.crmAccess !== false;

export interface Contact {
  id: number;
  isCompany: boolean;
  firstName: string | null; // persons only
  lastName: string | null; // persons only
  companyName: string | null; // companies only
  title: string | null; // persons only (job title)
  companyId: number; // persons: 0 = no company
  about: string | null;
  industry: string | null;
  stageId: number; // 0 = none
  contactTypeId: number; // 0 = none
  shareType: ShareType;
  createdBy: string; // user id
  created: number; // epoch microseconds, UTC
  lastActivity: number | null; // epoch microseconds of the last history event
  currency: string | null; // currency abbreviation
  hasLateTasks: boolean;
  taskCount: number;
}

export interface ContactInfo {
  id: number;
  contactId: number;
  infoType: ContactInfoType;
  category: number;
  /** For addresses (infoType 7) a JSON text of AddressData, as the real server stores it. */
  data: string;
  isPrimary: boolean;
}

export interface Tag { id: number; title: string }
export interface ContactTag { contactId: number; tagId: number }

export interface Stage { id: number; title: string; description: string | null; color: string; sortOrder: number }
export interface ContactType { id: number; title: string; sortOrder: number }

export type CustomFieldEntity = 'person' | 'company';
export interface CustomFieldDefinition {
  id: number;
  entityType: CustomFieldEntity;
  label: string;
  fieldType: CustomFieldType;
  position: number;
  /** JSON text, e.g. {"size":40} or ["a","b"] for a SelectBox; rendered verbatim. */
  mask: string;
}
export interface CustomFieldValue { contactId: number; fieldId: number; value: string }

export interface Deal { id: number; title: string }
export interface DealContact { dealId: number; contactId: number }

/** The contact's access list ("managers"): for a private contact, who may see it. */
export interface AccessEntry { contactId: number; userId: string }

/** Only whether a contact is referenced matters: an invoiced contact cannot be deleted. */
export interface Invoice { id: number; contactId: number }

/** The small, fully-known part of a dataset, available before any contact is produced. */
export interface DatasetHeader {
  users: User[];
  stages: Stage[];
  contactTypes: ContactType[];
  tags: Tag[];
  customFields: CustomFieldDefinition[];
}

/** Contacts and everything hanging off them; large datasets arrive as a stream of these. */
export interface DatasetChunk {
  contacts: Contact[];
  contactInfos: ContactInfo[];
  contactTags: ContactTag[];
  customFieldValues: CustomFieldValue[];
  deals: Deal[];
  dealContacts: DealContact[];
  accessList: AccessEntry[];
  invoices: Invoice[];
}

export type Dataset = DatasetHeader & DatasetChunk;

/** A dataset that can be loaded without holding it all in memory. */
export interface DatasetSource {
  header: DatasetHeader;
  chunks(): Iterable<DatasetChunk>;
}

export function emptyChunk(): DatasetChunk {
  return { contacts: [], contactInfos: [], contactTags: [], customFieldValues: [], deals: [], dealContacts: [], accessList: [], invoices: [] };
}

export function displayNameOf(c: Pick<Contact, 'isCompany' | 'firstName' | 'lastName' | 'companyName'>): string {
  return c.isCompany ? (c.companyName ?? '') : `${c.firstName ?? ''} ${c.lastName ?? ''}`.trim();
}

/** A tag matches by trimmed, lower-cased equality. */
export function tagKey(title: string): string {
  return title.trim().toLowerCase();
}
