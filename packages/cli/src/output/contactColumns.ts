// The columns the table and CSV show for a contact: what tells contacts apart at a glance.
import { ContactInfoType, type Contact } from '@crm-contacts/client';

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
