// Generated from src/data/fixtures.schema.json by scripts/fixturesTypes.ts (`pnpm generate`). Do not edit.

/**
 * A user's id, as the contract gives it.
 */
export type Guid = string;
/**
 * A positive id, in the contract's range of ids.
 */
export type Id = number;
export type Company = ContactCommon & {
  companyName: string;
};
/**
 * A user's id (guid) or userName.
 */
export type UserRef = string;
/**
 * A date in a form the API accepts in a query; without a zone it is UTC.
 */
export type FixtureDate = string;
export type Person = ContactCommon & {
  firstName: string;
  lastName: string;
  title?: string | null;
  /**
   * A positive id, in the contract's range of ids.
   */
  companyId?: number;
};

/**
 * A team's own scenario: loaded instead of generated data (mode replace) or on top of it (mode merge). See apps/emulator/FIXTURES.md.
 */
export interface FixturesDocument {
  $schema?: string;
  mode: "replace" | "merge";
  users?: User[];
  stages?: Stage[];
  contactTypes?: ContactType[];
  customFields?: CustomField[];
  companies?: Company[];
  persons?: Person[];
  deals?: Deal[];
}
export interface User {
  id: Guid;
  userName: string;
  password: string;
  token: string;
  displayName: string;
  title?: string | null;
  isAdmin?: boolean;
  /**
   * false: a portal user without the CRM module, answered 403
   */
  crmAccess?: boolean;
  avatarSmall?: string;
  profileUrl?: string;
}
export interface Stage {
  id: Id;
  title: string;
  description?: string | null;
  color: string;
  sortOrder?: number;
}
export interface ContactType {
  id: Id;
  title: string;
  sortOrder?: number;
}
export interface CustomField {
  id: Id;
  entityType: "person" | "company";
  label: string;
  /**
   * The kind of a custom field. 0 TextField, 1 TextArea, 2 SelectBox, 3 CheckBox, 4 Heading, 5 Date.
   */
  fieldType: 0 | 1 | 2 | 3 | 4 | 5;
  position?: number;
  /**
   * JSON text rendered verbatim, e.g. {"size":"40"} or ["a","b"]
   */
  mask?: string;
}
export interface ContactCommon {
  id: Id;
  createdBy: UserRef;
  created: FixtureDate;
  lastActivity?: FixtureDate;
  about?: string | null;
  industry?: string | null;
  stageId?: number;
  contactTypeId?: number;
  /**
   * ReadWrite when absent.
   */
  shareType?: 0 | 1 | 2;
  accessList?: UserRef[];
  currency?: string | null;
  hasLateTasks?: boolean;
  taskCount?: number;
  /**
   * true: an invoice references the contact, so it cannot be deleted
   */
  invoiced?: boolean;
  tags?: string[];
  contactInfo?: ContactInfo[];
  addresses?: Address[];
  customFields?: {
    fieldId: Id;
    value: string;
  }[];
}
export interface ContactInfo {
  /**
   * Any but Address: addresses go in `addresses`.
   */
  infoType: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16 | 17;
  /**
   * A category of the info type's kind (PhoneCategory, ContactInfoBaseCategory); 0 when absent.
   */
  category?: (0 | 1 | 2 | 3 | 4 | 5) | (0 | 1 | 2);
  data: string;
  isPrimary?: boolean;
}
export interface Address {
  street?: string;
  city?: string;
  state?: string;
  zip?: string;
  country?: string;
  /**
   * 0 (Home) when absent.
   */
  category?: 0 | 1 | 2 | 3 | 4 | 5;
  isPrimary?: boolean;
}
export interface Deal {
  id: Id;
  title: string;
  /**
   * @minItems 1
   */
  contactIds: Id[];
}
