// A checked fixtures document as the dataset to load: defaults filled in, laid over the generated data in
// merge mode (its header first, the fixtures' ids continuing after the generated rows'). It trusts the
// references (fixturesReferences.ts checks them first).
import { parseApiDate } from '@crm-contacts/contract';
import { addressData } from './address.js';
import { generateHeader } from './generate.js';
import type { Company, ContactCommon, FixturesDocument, Person } from './generated/fixturesDocument.js';
import {
  ContactInfoType, DEFAULT_AVATAR_SMALL, emptyChunk, ShareType, tagKey,
  type Contact, type ContactType, type DatasetChunk, type DatasetHeader, type DatasetSource, type User,
} from './model.js';

/** A company or a person of the document: what both have, and the members of either. */
export type FixtureContact = ContactCommon & Partial<Company> & Partial<Person>;

/** What fixtures in merge mode are laid over: the generated dataset's header and size. */
export interface GeneratedBase { source: DatasetSource; contacts: number }

export const DEFAULT_STAGES: DatasetHeader['stages'] = generateHeader(0).stages;
export const DEFAULT_CONTACT_TYPES: DatasetHeader['contactTypes'] = generateHeader(0).contactTypes;

/** The header's lists before tags: what merge mode inherits, then the document's own, defaults filled in. */
export type FixturesHeader = Omit<DatasetHeader, 'tags'>;

export const isMerge = (doc: FixturesDocument, base: GeneratedBase | undefined): base is GeneratedBase => doc.mode === 'merge' && base !== undefined;

export function fixturesHeader(doc: FixturesDocument, base?: GeneratedBase): FixturesHeader {
  const inherited = isMerge(doc, base) ? base.source.header : undefined;
  return {
    users: [...(inherited?.users ?? []), ...(doc.users ?? []).map((raw): User => ({ title: null, isAdmin: false, avatarSmall: DEFAULT_AVATAR_SMALL, profileUrl: '', ...raw, id: raw.id.toLowerCase() }))],
    stages: [...(inherited?.stages ?? (doc.stages ? [] : DEFAULT_STAGES)), ...(doc.stages ?? []).map((s) => ({ description: null, sortOrder: 0, ...s }))],
    contactTypes: [...(inherited?.contactTypes ?? (doc.contactTypes ? [] : DEFAULT_CONTACT_TYPES)), ...(doc.contactTypes ?? []).map((t): ContactType => ({ sortOrder: 0, ...t }))],
    customFields: [...(inherited?.customFields ?? []), ...(doc.customFields ?? []).map((f) => ({ position: 0, mask: '', ...f }))],
  };
}

/** Users by id and by lower-case userName, as the document refers to them. */
export function usersByRef(users: readonly User[]): Map<string, User> {
  const byRef = new Map<string, User>();
  for (const u of users) { byRef.set(u.id, u); byRef.set(u.userName.toLowerCase(), u); }
  return byRef;
}

/** The document's own rows (ids of contact information, invoices and deals not yet numbered), and the header with its tags. */
function ownRows(doc: FixturesDocument, header: FixturesHeader, base?: GeneratedBase): { header: DatasetHeader; chunk: DatasetChunk } {
  const merge = isMerge(doc, base);
  const userByRef = usersByRef(header.users);
  const userId = (ref: string): string => userByRef.get(ref.toLowerCase())?.id ?? '';
  const tags = [...(merge ? base.source.header.tags : [])];
  const tagIdByKey = new Map(tags.map((t) => [tagKey(t.title), t.id]));
  const chunk: DatasetChunk = emptyChunk();

  const addContact = (fc: FixtureContact, isCompany: boolean): void => {
    const contact: Contact = {
      id: fc.id, isCompany,
      firstName: isCompany ? null : (fc.firstName ?? null), lastName: isCompany ? null : (fc.lastName ?? null),
      companyName: isCompany ? (fc.companyName ?? null) : null, title: isCompany ? null : (fc.title ?? null),
      companyId: fc.companyId ?? 0, about: fc.about ?? '', industry: fc.industry ?? null,
      stageId: fc.stageId ?? 0, contactTypeId: fc.contactTypeId ?? 0, shareType: (fc.shareType ?? ShareType.ReadWrite) as ShareType,
      createdBy: userId(fc.createdBy), created: parseApiDate(fc.created, 'UTC') ?? 0,
      lastActivity: fc.lastActivity !== undefined ? (parseApiDate(fc.lastActivity, 'UTC') ?? null) : null, currency: fc.currency ?? null,
      hasLateTasks: fc.hasLateTasks ?? false, taskCount: fc.taskCount ?? 0,
    };
    chunk.contacts.push(contact);
    for (const ref of fc.accessList ?? []) chunk.accessList.push({ contactId: fc.id, userId: userId(ref) });
    const seenTags = new Set<string>();
    for (const title of fc.tags ?? []) {
      const key = tagKey(title);
      if (seenTags.has(key)) continue;
      seenTags.add(key);
      let tagId = tagIdByKey.get(key);
      if (tagId === undefined) {
        tagId = tags.length === 0 ? 1 : Math.max(...tags.map((t) => t.id)) + 1;
        tags.push({ id: tagId, title: title.trim() });
        tagIdByKey.set(key, tagId);
      }
      chunk.contactTags.push({ contactId: fc.id, tagId });
    }
    for (const info of fc.contactInfo ?? []) {
      chunk.contactInfos.push({ id: 0, contactId: fc.id, infoType: info.infoType as ContactInfoType, category: info.category ?? 0, data: info.data, isPrimary: info.isPrimary ?? false });
    }
    for (const a of fc.addresses ?? []) {
      chunk.contactInfos.push({ id: 0, contactId: fc.id, infoType: ContactInfoType.Address, category: a.category ?? 0, data: addressData(a), isPrimary: a.isPrimary ?? false });
    }
    for (const v of fc.customFields ?? []) chunk.customFieldValues.push({ contactId: fc.id, fieldId: v.fieldId, value: v.value });
    if (fc.invoiced) chunk.invoices.push({ id: 0, contactId: fc.id });
  };
  for (const c of doc.companies ?? []) addContact(c, true);
  for (const p of doc.persons ?? []) addContact(p, false);
  for (const d of doc.deals ?? []) {
    chunk.deals.push({ id: d.id, title: d.title });
    for (const contactId of d.contactIds) chunk.dealContacts.push({ dealId: d.id, contactId });
  }

  return { header: { ...header, tags }, chunk };
}

/** The last ids of the rows a merge document's own rows are numbered after. */
export interface LastIds { infoId: number; dealId: number; invoiceId: number }

function numberedAfter(chunk: DatasetChunk, last: LastIds): DatasetChunk {
  let { infoId, invoiceId } = last;
  return {
    ...chunk,
    contactInfos: chunk.contactInfos.map((i) => ({ ...i, id: ++infoId })),
    invoices: chunk.invoices.map((v) => ({ ...v, id: ++invoiceId })),
    deals: chunk.deals.map((d) => ({ ...d, id: d.id + last.dealId })),
    dealContacts: chunk.dealContacts.map((d) => ({ ...d, dealId: d.dealId + last.dealId })),
  };
}

export function toSource(doc: FixturesDocument, header: FixturesHeader, base?: GeneratedBase): DatasetSource {
  const own = ownRows(doc, header, base);
  return {
    header: own.header,
    *chunks() {
      // generated rows first; the fixtures' info, deal and invoice ids continue after theirs
      const last: LastIds = { infoId: 0, dealId: 0, invoiceId: 0 };
      if (isMerge(doc, base)) {
        for (const c of base.source.chunks()) {
          for (const i of c.contactInfos) last.infoId = Math.max(last.infoId, i.id);
          for (const d of c.deals) last.dealId = Math.max(last.dealId, d.id);
          for (const v of c.invoices) last.invoiceId = Math.max(last.invoiceId, v.id);
          yield c;
        }
      }
      yield numberedAfter(own.chunk, last);
    },
  };
}

/**
 * A merge document's own rows alone, numbered after `last` (the base's last ids): what an overlay on the
 * base's engine is built from (scenarios/overlayScenario.ts), without generating the base again.
 */
export function toOverlaySource(doc: FixturesDocument, header: FixturesHeader, base: GeneratedBase, last: LastIds): DatasetSource {
  const own = ownRows(doc, header, base);
  return { header: own.header, *chunks() { yield numberedAfter(own.chunk, last); } };
}
