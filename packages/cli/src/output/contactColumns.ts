// The columns the table and CSV show for a contact: what tells contacts apart at a glance.
import { ContactInfoType, type Contact, type ContactFields } from '@crm-contacts/client';

export interface Column {
  header: string;
  value(contact: Contact): string;
  /** Table only: wider values are cut (with …). */
  maxWidth?: number;
}

export const TABLE_COLUMNS: Column[] = [
  { header: 'ID', value: (c) => String(c.id) },
  { header: 'TYPE', value: (c) => (c.isCompany ? 'company' : 'person') },
  { header: 'NAME', value: (c) => c.displayName ?? '', maxWidth: 40 },
  { header: 'STAGE', value: (c) => c.contactStatus?.title ?? '', maxWidth: 16 },
  { header: 'TAGS', value: (c) => (c.tags ?? []).join(', '), maxWidth: 32 },
  { header: 'CREATED', value: (c) => c.created.slice(0, 10) },
];

export const CSV_COLUMNS: Column[] = [
  { header: 'id', value: (c) => String(c.id) },
  { header: 'isCompany', value: (c) => String(c.isCompany) },
  { header: 'displayName', value: (c) => c.displayName ?? '' },
  { header: 'firstName', value: (c) => (c.isCompany ? '' : c.firstName) },
  { header: 'lastName', value: (c) => (c.isCompany ? '' : c.lastName) },
  { header: 'companyName', value: (c) => (c.isCompany ? c.companyName : (c.company?.displayName ?? '')) },
  { header: 'title', value: (c) => (c.isCompany ? '' : (c.title ?? '')) },
  { header: 'industry', value: (c) => c.industry ?? '' },
  { header: 'stage', value: (c) => c.contactStatus?.title ?? '' },
  { header: 'tags', value: (c) => (c.tags ?? []).join(';') },
  { header: 'created', value: (c) => c.created },
  { header: 'shareType', value: (c) => String(c.shareType) },
  { header: 'primaryEmail', value: (c) => c.commonData?.find((info) => info.infoType === ContactInfoType.Email && info.isPrimary)?.data ?? '' },
];

/** A member as a cell: text as it is; a list joined; an object (a company, an employee, a stage) by its name. */
function memberText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(memberText).join(', ');
  if (typeof value === 'object') {
    const named = value as Record<string, unknown>;
    return String(named.displayName ?? named.title ?? named.data ?? JSON.stringify(value));
  }
  return String(value);
}

/** One column per member a `--fields` list names, headed by its name. */
export const fieldColumns = (fields: ContactFields): Column[] =>
  fields.map((member) => ({ header: member, value: (c) => memberText((c as unknown as Record<string, unknown>)[member]), maxWidth: 40 }));
