import { ContactInfoType, displayNameOf, tagKey, type AddressData, type Contact, type DatasetChunk, type DatasetHeader } from '../data/model.js';
import type { TableName } from './tables.js';

/** Rows in the column order of tables.ts, grouped by table: what the bulk loaders consume. */
export type TableRows = Partial<Record<TableName, unknown[][]>>;

export function headerRows(h: DatasetHeader): TableRows {
  return {
    users: h.users.map((u) => [u.id, u.userName, u.userName.toLowerCase(), u.password, u.token, u.displayName, u.title, u.isAdmin ? 1 : 0, u.avatarSmall, u.profileUrl]),
    stages: h.stages.map((s) => [s.id, s.title, s.description, s.color, s.sortOrder]),
    contact_types: h.contactTypes.map((t) => [t.id, t.title, t.sortOrder]),
    tags: h.tags.map((t) => [t.id, t.title, tagKey(t.title)]),
    custom_fields: h.customFields.map((f) => [f.id, f.entityType, f.label, f.fieldType, f.position, f.mask]),
  };
}

/** Distinct lower-cased words of a display name (split on whitespace), for the prefix search. */
export function nameWords(displayName: string): string[] {
  return [...new Set(displayName.toLowerCase().split(/\s+/).filter((w) => w.length > 0))];
}

/** The text bycontactinfo searches: the data itself, or for addresses their parts (not the JSON keys). */
export function searchText(infoType: number, data: string): string {
  if (infoType === ContactInfoType.Address) {
    const a = parseAddress(data);
    return [a.street, a.city, a.state, a.zip, a.country].filter((p) => p).join('\n').toLowerCase();
  }
  return data.toLowerCase();
}

export function parseAddress(data: string): AddressData {
  try {
    const v = JSON.parse(data) as Partial<AddressData> | null;
    if (v && typeof v === 'object') {
      const s = (x: unknown): string | null => (typeof x === 'string' ? x : null);
      return { street: s(v.street), city: s(v.city), state: s(v.state), zip: s(v.zip), country: s(v.country) };
    }
  } catch {
    // a non-JSON address is shown as its street, as the text a user typed
  }
  return { street: data, city: null, state: null, zip: null, country: null };
}

function contactRow(c: Contact): unknown[] {
  const displayName = displayNameOf(c);
  return [
    c.id, c.isCompany ? 1 : 0, c.firstName, c.lastName, c.companyName, displayName,
    displayName.toLowerCase(), (c.firstName ?? '').toLowerCase(), (c.lastName ?? '').toLowerCase(),
    c.title, c.companyId, c.about, c.industry, c.stageId, c.contactTypeId, c.shareType, c.createdBy, c.created,
    c.lastActivity ?? 0, c.currency, c.hasLateTasks ? 1 : 0, c.taskCount,
  ];
}

export function chunkRows(ch: DatasetChunk): TableRows {
  const words: unknown[][] = [];
  for (const c of ch.contacts) for (const w of nameWords(displayNameOf(c))) words.push([w, c.id]);
  return {
    contacts: ch.contacts.map(contactRow),
    contact_words: words,
    contact_info: ch.contactInfos.map((i) => [i.id, i.contactId, i.infoType, i.category, i.data, searchText(i.infoType, i.data), i.isPrimary ? 1 : 0]),
    contact_tags: ch.contactTags.map((t) => [t.contactId, t.tagId]),
    custom_field_values: ch.customFieldValues.map((v) => [v.contactId, v.fieldId, v.value]),
    deals: ch.deals.map((d) => [d.id, d.title]),
    deal_contacts: ch.dealContacts.map((d) => [d.dealId, d.contactId]),
    contact_access: ch.accessList.map((a) => [a.contactId, a.userId]),
    invoices: ch.invoices.map((i) => [i.id, i.contactId]),
  };
}
