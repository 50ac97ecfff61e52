import { displayNameOf, hasCrmAccess, type Contact, type DatasetChunk, type DatasetHeader } from '../data/model.js';
import type { TableName } from './tables.js';

/** Rows in the column order of tables.ts, grouped by table: what the bulk loaders consume. */
export type TableRows = Partial<Record<TableName, unknown[][]>>;

export function headerRows(h: DatasetHeader): TableRows {
  return {
    users: h.users.map((u) => [u.id, u.userName, u.password, u.token, u.displayName, u.title, u.isAdmin ? 1 : 0, hasCrmAccess(u) ? 1 : 0, u.avatarSmall, u.profileUrl]),
    stages: h.stages.map((s) => [s.id, s.title, s.description, s.color, s.sortOrder]),
    contact_types: h.contactTypes.map((t) => [t.id, t.title, t.sortOrder]),
    tags: h.tags.map((t) => [t.id, t.title]),
    custom_fields: h.customFields.map((f) => [f.id, f.entityType, f.label, f.fieldType, f.position, f.mask]),
  };
}

function contactRow(c: Contact): unknown[] {
  return [
    c.id, c.isCompany ? 1 : 0, c.firstName, c.lastName, c.companyName, displayNameOf(c),
    c.title, c.companyId, c.about, c.industry, c.stageId, c.contactTypeId, c.shareType, c.createdBy, c.created,
    c.lastActivity, c.currency, c.hasLateTasks ? 1 : 0, c.taskCount,
  ];
}

export function chunkRows(ch: DatasetChunk): TableRows {
  return {
    contacts: ch.contacts.map(contactRow),
    contact_info: ch.contactInfos.map((i) => [i.id, i.contactId, i.infoType, i.category, i.data, i.isPrimary ? 1 : 0]),
    contact_tags: ch.contactTags.map((t) => [t.contactId, t.tagId]),
    custom_field_values: ch.customFieldValues.map((v) => [v.contactId, v.fieldId, v.value]),
    deals: ch.deals.map((d) => [d.id, d.title]),
    deal_contacts: ch.dealContacts.map((d) => [d.dealId, d.contactId]),
    contact_access: ch.accessList.map((a) => [a.contactId, a.userId]),
    invoices: ch.invoices.map((i) => [i.id, i.contactId]),
  };
}
