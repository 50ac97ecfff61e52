// The random draws that make one generated contact and what hangs off it. generate.ts calls them in a
// fixed order for each contact: that order, and the order of draws inside each, is the data (the same
// seed must give the same bytes: test/data/generate.test.ts pins them), so reorder nothing here.
import { INFO_TYPE_WEIGHTS } from './catalogue.js';
import { categoriesOf } from './contactInfoCategories.js';
import { CURRENCIES } from './currencies.js';
import {
  ContactInfoType, CustomFieldType, ShareType,
  type AccessEntry, type AddressData, type Contact, type ContactInfo, type ContactTag, type CustomFieldDefinition,
  type CustomFieldValue, type Deal, type DealContact, type Invoice,
} from './model.js';
import { CITIES, COMPANY_SUFFIXES, COMPANY_WORDS, FIRST_NAMES, INDUSTRIES, JOB_TITLES, LAST_NAMES, STREETS, TAG_TITLES } from './names.js';
import type { Random } from './random.js';

const FROM = Date.UTC(2017, 0, 1) * 1000;
const TO = Date.UTC(2025, 0, 1) * 1000;
const YEAR_US = 365 * 24 * 3600 * 1_000_000;

/** What one contact's draws leave for the next: the ids given so far, and the latest company (its persons follow it). */
export interface DrawState { infoId: number; dealId: number; invoiceId: number; companyId: number; companyDomain: string }

export const initialDrawState = (): DrawState => ({ infoId: 0, dealId: 0, invoiceId: 0, companyId: 0, companyDomain: 'example.com' });

/** A contact as drawn, with the handle and domain its e-mail addresses and profiles are made of. */
export interface DrawnContact { contact: Contact; handle: string; domain: string }

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '');
}

export function contactFor(rng: Random, state: DrawState, id: number, isCompany: boolean, userIds: readonly string[]): DrawnContact {
  const created = FROM + Math.floor(rng.next() * (TO - FROM));
  const c: Contact = {
    id, isCompany,
    firstName: null, lastName: null, companyName: null, title: null, companyId: 0,
    about: rng.chance(0.7) ? '' : `Met at ${rng.pick(TAG_TITLES)} in ${rng.int(2015, 2024)}.`,
    industry: null,
    stageId: rng.chance(0.15) ? 0 : rng.int(1, 3),
    contactTypeId: rng.chance(0.2) ? 0 : rng.int(1, 4),
    shareType: (rng.chance(0.2) ? ShareType.None : rng.chance(0.6) ? ShareType.ReadWrite : ShareType.Read),
    createdBy: rng.pick(userIds),
    created,
    lastActivity: rng.chance(0.4) ? null : created + Math.floor(rng.next() * YEAR_US),
    currency: rng.chance(0.6) ? null : rng.pick(CURRENCIES).abbreviation,
    hasLateTasks: rng.chance(0.1),
    taskCount: rng.chance(0.7) ? 0 : rng.int(1, 6),
  };
  if (isCompany) {
    c.companyName = `${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_SUFFIXES)}`;
    c.industry = rng.pick(INDUSTRIES);
    state.companyId = id;
    state.companyDomain = `${slug(c.companyName)}.example`;
    return { contact: c, handle: 'info', domain: state.companyDomain };
  }
  c.firstName = rng.pick(FIRST_NAMES);
  c.lastName = rng.pick(LAST_NAMES);
  c.title = rng.pick(JOB_TITLES);
  c.industry = rng.chance(0.8) ? null : rng.pick(INDUSTRIES);
  c.companyId = state.companyId > 0 && rng.chance(0.8) ? state.companyId : 0;
  return { contact: c, handle: `${slug(c.firstName)}.${slug(c.lastName)}`, domain: c.companyId ? state.companyDomain : 'example.org' };
}

function infoData(rng: Random, infoType: number, handle: string, domain: string): string {
  switch (infoType) {
    // eslint-disable-next-line no-restricted-syntax -- the last four digits of a phone number
    case ContactInfoType.Phone: return `+${rng.int(1, 49)} ${rng.int(200, 999)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
    case ContactInfoType.Email: return `${handle}@${domain}`;
    case ContactInfoType.Website: return `https://www.${domain}`;
    case ContactInfoType.Twitter: return `@${handle.replace(/\./g, '_')}`;
    case ContactInfoType.LinkedIn: return `https://www.linkedin.com/in/${handle}`;
    case ContactInfoType.Facebook: return `https://facebook.com/${handle}`;
    case ContactInfoType.GMail: return `${handle}@gmail.com`;
    case ContactInfoType.Yahoo: return `${handle}@yahoo.com`;
    case ContactInfoType.MSN: return `${handle}@outlook.com`;
    case ContactInfoType.ICQ: return String(rng.int(10_000_000, 999_999_999));
    case ContactInfoType.Jabber: return `${handle}@jabber.org`;
    case ContactInfoType.VK: return `https://vk.com/${handle}`;
    case ContactInfoType.Address: {
      const [city, state, country] = rng.pick(CITIES);
      const address: AddressData = { street: `${rng.int(1, 250)} ${rng.pick(STREETS)}`, city, state, zip: String(rng.int(10000, 99999)), country };
      return JSON.stringify(address);
    }
    default: return handle;
  }
}

/** Up to four pieces of contact info, the first of each type primary. */
export function infosFor(rng: Random, state: DrawState, { contact, handle, domain }: DrawnContact): ContactInfo[] {
  const infos: ContactInfo[] = [];
  const infoCount = rng.int(0, 4);
  const primarySeen = new Set<number>();
  for (let i = 0; i < infoCount; i++) {
    const infoType = rng.pick(INFO_TYPE_WEIGHTS) as ContactInfoType;
    const category = rng.int(0, categoriesOf(infoType).length - 1);
    const isPrimary = !primarySeen.has(infoType);
    primarySeen.add(infoType);
    infos.push({ id: ++state.infoId, contactId: contact.id, infoType, category, data: infoData(rng, infoType, handle, domain), isPrimary });
  }
  return infos;
}

/** No tag for about half the contacts, else one to three distinct tags. */
export function tagsFor(rng: Random, contactId: number, tagCount: number): ContactTag[] {
  const count = rng.chance(0.45) ? 0 : rng.int(1, 3);
  const tagIds = new Set<number>();
  for (let i = 0; i < count; i++) tagIds.add(rng.int(1, tagCount));
  return [...tagIds].map((tagId) => ({ contactId, tagId }));
}

function customValue(rng: Random, field: CustomFieldDefinition): string {
  switch (field.fieldType) {
    case CustomFieldType.SelectBox: return rng.pick(JSON.parse(field.mask) as string[]);
    case CustomFieldType.CheckBox: return rng.chance(0.5) ? 'true' : 'false';
    case CustomFieldType.Date: return new Date(Date.UTC(rng.int(1960, 2005), rng.int(0, 11), rng.int(1, 28))).toISOString().slice(0, 10) + 'T00:00:00.0000000Z';
    case CustomFieldType.TextArea: return `Met at ${rng.pick(TAG_TITLES)}; prefers ${rng.pick(['mornings', 'email', 'calls'])}.`;
    default: return rng.hex(8).toUpperCase();
  }
}

/** Values of one to three of the contact's fields (its entity type's, Headings left out) for about a third of the contacts. */
export function fieldsFor(rng: Random, contactId: number, fields: readonly CustomFieldDefinition[]): CustomFieldValue[] {
  if (!rng.chance(0.3)) return [];
  const values: CustomFieldValue[] = [];
  const n = rng.int(1, 3);
  const used = new Set<number>();
  for (let i = 0; i < n; i++) {
    const f = rng.pick(fields);
    if (used.has(f.id)) continue;
    used.add(f.id);
    values.push({ contactId, fieldId: f.id, value: customValue(rng, f) });
  }
  return values;
}

/** Most private contacts are open to one manager, some to a second. */
export function accessFor(rng: Random, contact: Contact, managerIds: readonly string[]): AccessEntry[] {
  if (!(contact.shareType === ShareType.None && rng.chance(0.75))) return [];
  const first = rng.pick(managerIds);
  const access = [{ contactId: contact.id, userId: first }];
  const second = rng.pick(managerIds);
  if (second !== first && rng.chance(0.3)) access.push({ contactId: contact.id, userId: second });
  return access;
}

/** A deal for about one contact in twelve, shared with a person's company. */
export function dealFor(rng: Random, state: DrawState, contact: Contact): { deal: Deal; members: DealContact[] } | undefined {
  if (!rng.chance(0.08)) return undefined;
  const dealId = ++state.dealId;
  const members = [{ dealId, contactId: contact.id }];
  if (contact.companyId) members.push({ dealId, contactId: contact.companyId });
  return { deal: { id: dealId, title: `${contact.isCompany ? contact.companyName : contact.lastName} deal #${dealId}` }, members };
}

/** An invoice for about one contact in thirty. */
export function invoiceFor(rng: Random, state: DrawState, contactId: number): Invoice | undefined {
  return rng.chance(0.03) ? { id: ++state.invoiceId, contactId } : undefined;
}
