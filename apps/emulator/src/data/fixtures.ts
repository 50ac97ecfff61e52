import { readFileSync } from 'node:fs';
import { parseApiDate } from '@crm-contacts/contract';
import { schemaProblems } from './fixturesValidator.js';
import { FixturesError, type SchemaProblem } from './fixturesError.js';
import { nonXmlTextProblems } from './xmlSafeText.js';

export { FixturesError };
import { generateHeader, isGeneratedCompanyId } from './generate.js';
import {
  ContactInfoType, emptyChunk, ShareType, tagKey,
  type Contact, type ContactType, type CustomFieldDefinition, type Stage, type DatasetChunk, type DatasetHeader, type DatasetSource, type User,
} from './model.js';
import { categoriesOf } from './contactInfoCategories.js';


// The document shape fixtures.schema.json admits (see FIXTURES.md).
interface FixtureInfo { infoType: number; category?: number; data: string; isPrimary?: boolean }
interface FixtureAddress { street?: string; city?: string; state?: string; zip?: string; country?: string; category?: number; isPrimary?: boolean }
interface FixtureContact {
  id: number; createdBy: string; created: string; lastActivity?: string; about?: string | null; industry?: string | null;
  stageId?: number; contactTypeId?: number; shareType?: number; accessList?: string[]; currency?: string | null;
  hasLateTasks?: boolean; taskCount?: number; invoiced?: boolean; tags?: string[];
  contactInfo?: FixtureInfo[]; addresses?: FixtureAddress[]; customFields?: { fieldId: number; value: string }[];
  companyName?: string; firstName?: string; lastName?: string; title?: string | null; companyId?: number;
}
export interface FixturesDocument {
  mode: 'replace' | 'merge';
  users?: (Omit<User, 'title' | 'isAdmin' | 'avatarSmall' | 'profileUrl'> & Partial<User>)[];
  stages?: (Omit<Stage, 'description' | 'sortOrder'> & Partial<Stage>)[];
  contactTypes?: (Omit<ContactType, 'sortOrder'> & Partial<ContactType>)[];
  customFields?: (Omit<CustomFieldDefinition, 'position' | 'mask'> & Partial<CustomFieldDefinition>)[];
  companies?: FixtureContact[];
  persons?: FixtureContact[];
  deals?: { id: number; title: string; contactIds: number[] }[];
}

/** What fixtures in merge mode are laid over: the generated dataset's header and size. */
export interface GeneratedBase { source: DatasetSource; contacts: number }

export const DEFAULT_STAGES: DatasetHeader['stages'] = generateHeader(0).stages;
export const DEFAULT_CONTACT_TYPES: DatasetHeader['contactTypes'] = generateHeader(0).contactTypes;

export function readFixturesFile(file: string): FixturesDocument {
  let document: unknown;
  try {
    document = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new FixturesError(file, [{ path: '/', message: `cannot read JSON: ${(error as Error).message}` }]);
  }
  return checkFixturesDocument(file, document);
}

/** The document, if its schema admits it and XML can carry its text; otherwise a FixturesError naming every violation. */
export function checkFixturesDocument(source: string, document: unknown): FixturesDocument {
  const problems = [...schemaProblems(document), ...nonXmlTextProblems(document)];
  if (problems.length > 0) throw new FixturesError(source, problems);
  return document as FixturesDocument;
}

/**
 * Checks references and uniqueness (which JSON Schema cannot) and builds the dataset to load:
 * the fixtures alone (replace) or the generated data followed by the fixtures (merge).
 */
export function fixturesSource(file: string, doc: FixturesDocument, base?: GeneratedBase): DatasetSource {
  const merge = doc.mode === 'merge' && base !== undefined;
  const baseHeader = merge ? base.source.header : undefined;
  const problems: SchemaProblem[] = [];
  const problem = (path: string, message: string): void => void problems.push({ path, message });

  const users: User[] = [...(baseHeader?.users ?? [])];
  const userByRef = new Map<string, User>();
  for (const u of users) { userByRef.set(u.id, u); userByRef.set(u.userName.toLowerCase(), u); }
  const tokens = new Set(users.map((u) => u.token));
  (doc.users ?? []).forEach((raw, i) => {
    const u: User = { title: null, isAdmin: false, avatarSmall: '/skins/default/images/default_user_photo_size_32-32.png', profileUrl: '', ...raw, id: raw.id.toLowerCase() };
    if (userByRef.has(u.id)) problem(`/users/${i}/id`, `duplicate user id ${u.id}`);
    if (userByRef.has(u.userName.toLowerCase())) problem(`/users/${i}/userName`, `duplicate userName ${u.userName}`);
    if (tokens.has(u.token)) problem(`/users/${i}/token`, 'duplicate token');
    userByRef.set(u.id, u); userByRef.set(u.userName.toLowerCase(), u); tokens.add(u.token);
    users.push(u);
  });
  if (users.length === 0) problem('/users', 'at least one user is needed in replace mode');

  const mergeList = <T extends { id: number }>(name: string, own: T[] | undefined, inherited: T[]): T[] => {
    const all = [...inherited];
    const ids = new Set(all.map((x) => x.id));
    (own ?? []).forEach((x, i) => {
      if (ids.has(x.id)) problem(`/${name}/${i}/id`, `duplicate ${name} id ${x.id}`);
      ids.add(x.id);
      all.push(x);
    });
    return all;
  };
  const stages = mergeList('stages', doc.stages?.map((s) => ({ description: null, sortOrder: 0, ...s })),
    baseHeader?.stages ?? (doc.stages ? [] : DEFAULT_STAGES));
  const contactTypes = mergeList('contactTypes', doc.contactTypes?.map((t) => ({ sortOrder: 0, ...t })),
    baseHeader?.contactTypes ?? (doc.contactTypes ? [] : DEFAULT_CONTACT_TYPES));
  const customFields = mergeList('customFields', doc.customFields?.map((f) => ({ position: 0, mask: '', ...f })), baseHeader?.customFields ?? []);
  const tags = [...(baseHeader?.tags ?? [])];
  const tagIdByKey = new Map(tags.map((t) => [tagKey(t.title), t.id]));

  const stageIds = new Set(stages.map((s) => s.id));
  const typeIds = new Set(contactTypes.map((t) => t.id));
  const fieldById = new Map(customFields.map((f) => [f.id, f]));
  const companyIds = new Set((doc.companies ?? []).map((c) => c.id));
  const contactIds = new Set<number>();
  const chunk: DatasetChunk = emptyChunk();

  const addContact = (fc: FixtureContact, isCompany: boolean, at: string): void => {
    if (contactIds.has(fc.id)) problem(`${at}/id`, `duplicate contact id ${fc.id}`);
    if (merge && fc.id <= base.contacts) problem(`${at}/id`, `contact id ${fc.id} collides with a generated contact (ids 1..${base.contacts}); use ids above ${base.contacts}`);
    contactIds.add(fc.id);
    const userOf = (ref: string, path: string): User | undefined => {
      const u = userByRef.get(ref.toLowerCase());
      if (!u) problem(path, `unknown user ${JSON.stringify(ref)}`);
      return u;
    };
    const createdBy = userOf(fc.createdBy, `${at}/createdBy`);
    const created = parseApiDate(fc.created, 'UTC');
    if (created === undefined) problem(`${at}/created`, `not a date: ${JSON.stringify(fc.created)}`);
    const lastActivity = fc.lastActivity !== undefined ? parseApiDate(fc.lastActivity, 'UTC') : undefined;
    if (fc.lastActivity !== undefined && lastActivity === undefined) problem(`${at}/lastActivity`, `not a date: ${JSON.stringify(fc.lastActivity)}`);
    if (fc.stageId && !stageIds.has(fc.stageId)) problem(`${at}/stageId`, `unknown stage ${fc.stageId}`);
    if (fc.contactTypeId && !typeIds.has(fc.contactTypeId)) problem(`${at}/contactTypeId`, `unknown contact type ${fc.contactTypeId}`);
    if (fc.companyId !== undefined && !companyIds.has(fc.companyId) && !(merge && isGeneratedCompanyId(fc.companyId, base.contacts))) {
      problem(`${at}/companyId`, `no company with id ${fc.companyId}`);
    }
    const contact: Contact = {
      id: fc.id, isCompany,
      firstName: isCompany ? null : (fc.firstName ?? null), lastName: isCompany ? null : (fc.lastName ?? null),
      companyName: isCompany ? (fc.companyName ?? null) : null, title: isCompany ? null : (fc.title ?? null),
      companyId: fc.companyId ?? 0, about: fc.about ?? '', industry: fc.industry ?? null,
      stageId: fc.stageId ?? 0, contactTypeId: fc.contactTypeId ?? 0, shareType: (fc.shareType ?? ShareType.ReadWrite) as ShareType,
      createdBy: createdBy?.id ?? '', created: created ?? 0, lastActivity: lastActivity ?? null, currency: fc.currency ?? null,
      hasLateTasks: fc.hasLateTasks ?? false, taskCount: fc.taskCount ?? 0,
    };
    chunk.contacts.push(contact);
    (fc.accessList ?? []).forEach((ref, i) => {
      const u = userOf(ref, `${at}/accessList/${i}`);
      if (u) chunk.accessList.push({ contactId: fc.id, userId: u.id });
    });
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
    (fc.contactInfo ?? []).forEach((info, i) => {
      if (info.infoType === ContactInfoType.Address) problem(`${at}/contactInfo/${i}/infoType`, 'an address goes in "addresses", not in "contactInfo"');
      else if (categoriesOf(info.infoType)[info.category ?? 0] === undefined) {
        problem(`${at}/contactInfo/${i}/category`, `no category ${info.category} for info type ${info.infoType}: one of ${Object.keys(categoriesOf(info.infoType)).join(', ')}`);
      }
      chunk.contactInfos.push({ id: 0, contactId: fc.id, infoType: info.infoType as ContactInfoType, category: info.category ?? 0, data: info.data, isPrimary: info.isPrimary ?? false });
    });
    for (const a of fc.addresses ?? []) {
      const data = JSON.stringify({ street: a.street ?? '', city: a.city ?? '', state: a.state ?? '', zip: a.zip ?? '', country: a.country ?? '' });
      chunk.contactInfos.push({ id: 0, contactId: fc.id, infoType: ContactInfoType.Address, category: a.category ?? 0, data, isPrimary: a.isPrimary ?? false });
    }
    (fc.customFields ?? []).forEach((v, i) => {
      const f = fieldById.get(v.fieldId);
      if (!f) problem(`${at}/customFields/${i}/fieldId`, `unknown custom field ${v.fieldId}`);
      else if (f.entityType !== (isCompany ? 'company' : 'person')) problem(`${at}/customFields/${i}/fieldId`, `custom field ${v.fieldId} is for ${f.entityType}s`);
      chunk.customFieldValues.push({ contactId: fc.id, fieldId: v.fieldId, value: v.value });
    });
    if (fc.invoiced) chunk.invoices.push({ id: 0, contactId: fc.id });
  };
  (doc.companies ?? []).forEach((c, i) => addContact(c, true, `/companies/${i}`));
  (doc.persons ?? []).forEach((p, i) => {
    if (p.companyId !== undefined && companyIds.has(p.companyId) === false && contactIds.has(p.companyId)) {
      problem(`/persons/${i}/companyId`, `contact ${p.companyId} is a person, not a company`);
    }
    addContact(p, false, `/persons/${i}`);
  });
  const dealIds = new Set<number>();
  (doc.deals ?? []).forEach((d, i) => {
    if (dealIds.has(d.id)) problem(`/deals/${i}/id`, `duplicate deal id ${d.id}`);
    dealIds.add(d.id);
    chunk.deals.push({ id: d.id, title: d.title });
    d.contactIds.forEach((cid, j) => {
      if (!contactIds.has(cid) && !(merge && cid <= base.contacts)) problem(`/deals/${i}/contactIds/${j}`, `no contact with id ${cid}`);
      chunk.dealContacts.push({ dealId: d.id, contactId: cid });
    });
  });
  if (problems.length > 0) throw new FixturesError(file, problems);

  const header: DatasetHeader = { users, stages, contactTypes, tags, customFields };
  return {
    header,
    *chunks() {
      // generated rows first; the fixtures' info, deal and invoice ids continue after theirs
      let infoId = 0;
      let dealId = 0;
      let invoiceId = 0;
      if (merge) {
        for (const c of base.source.chunks()) {
          for (const i of c.contactInfos) infoId = Math.max(infoId, i.id);
          for (const d of c.deals) dealId = Math.max(dealId, d.id);
          for (const v of c.invoices) invoiceId = Math.max(invoiceId, v.id);
          yield c;
        }
      }
      const offset = dealId;
      yield {
        ...chunk,
        contactInfos: chunk.contactInfos.map((i) => ({ ...i, id: ++infoId })),
        invoices: chunk.invoices.map((v) => ({ ...v, id: ++invoiceId })),
        deals: chunk.deals.map((d) => ({ ...d, id: d.id + offset })),
        dealContacts: chunk.dealContacts.map((d) => ({ ...d, dealId: d.dealId + offset })),
      };
    },
  };
}
