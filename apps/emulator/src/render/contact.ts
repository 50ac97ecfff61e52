import { ContactInfoType, ShareType, type ContactInfo, type Stage, type User } from '../data/model.js';
import { categoryName } from '../data/contactInfoCategories.js';
import { currencyByAbbreviation, type Currency } from '../data/currencies.js';
import { ADDRESS_PARTS, parseAddress } from '../data/address.js';
import type { CompanyRecord, ContactRecord, CustomFieldRecord } from '../engine/contactRecords.js';
import { DEFAULT_BASE_PATH, photoUrl } from '../data/photoUrl.js';
import { formatApiDate } from '@crm-contacts/contract';

/**
 * The API object of a contact, key order and omissions as the real server's wrappers emit them
 * (most derived class first, the id last; EmitDefaultValue=false members left out when empty).
 */
export interface RenderOptions {
  /** filter: tags (sorted) and addresses only when non-empty; byContactInfo: no tags, addresses always, commonData by infoType. */
  flavour: 'filter' | 'byContactInfo';
  timeZone: string;
  /** Where the CRM module lives on the portal, for photo URLs. */
  basePath?: string;
}

export type ApiObject = Record<string, unknown>;

export function renderEmployee(u: User): ApiObject {
  const out: ApiObject = { id: u.id, displayName: u.displayName };
  if (u.title) out.title = u.title;
  out.avatarSmall = u.avatarSmall;
  out.profileUrl = u.profileUrl;
  return out;
}

function renderCurrency(c: Currency | null): ApiObject | null {
  return c && { title: c.title, symbol: c.symbol, abbreviation: c.abbreviation, cultureName: c.cultureName, isConvertable: c.isConvertable, isBasic: c.isBasic };
}

function renderStage(s: Stage): ApiObject {
  const out: ApiObject = { title: s.title };
  if (s.description) out.description = s.description;
  out.color = s.color;
  if (s.sortOrder) out.sortOrder = s.sortOrder;
  out.id = s.id;
  return out;
}

function renderInfo(i: ContactInfo): ApiObject {
  return { id: i.id, infoType: i.infoType, category: i.category, data: i.data, categoryName: categoryName(i.infoType, i.category), isPrimary: i.isPrimary };
}

function renderAddress(i: ContactInfo): ApiObject {
  const a = parseAddress(i.data);
  const out: ApiObject = {};
  for (const key of ADDRESS_PARTS) if (a[key] !== null) out[key] = a[key];
  if (i.category) out.category = i.category;
  out.categoryName = categoryName(ContactInfoType.Address, i.category);
  if (i.isPrimary) out.isPrimary = true;
  return out;
}

function renderCustomField(contactId: number, f: CustomFieldRecord): ApiObject {
  const d = f.definition;
  return { entityId: contactId, label: d.label, fieldValue: f.value, fieldType: d.fieldType, position: d.position, mask: d.mask, id: d.id };
}

/** The members every contact form shares (ContactBaseWrapper), in order, id last. */
function baseMembers(out: ApiObject, c: CompanyRecord, basePath: string): ApiObject {
  const { contact } = c;
  out.smallFotoUrl = photoUrl(basePath, contact.id, contact.isCompany, 1);
  out.mediumFotoUrl = photoUrl(basePath, contact.id, contact.isCompany, 2);
  out.displayName = c.displayName;
  out.isCompany = contact.isCompany;
  // the real server fills the access list for private contacts only
  if (contact.shareType === ShareType.None && c.accessList.length > 0) out.accessList = c.accessList.map(renderEmployee);
  out.isPrivate = contact.shareType === ShareType.None;
  out.isShared = contact.shareType === ShareType.ReadWrite || contact.shareType === ShareType.Read;
  out.shareType = contact.shareType;
  out.currency = renderCurrency(currencyByAbbreviation(contact.currency));
  out.canEdit = c.canEdit;
  out.canDelete = c.canDelete;
  out.id = contact.id;
  return out;
}

/** The short company form nested in a person. */
export function renderCompanyShort(c: CompanyRecord, basePath = DEFAULT_BASE_PATH): ApiObject {
  return baseMembers({}, c, basePath);
}

export function renderContact(r: ContactRecord, opts: RenderOptions): ApiObject {
  const basePath = opts.basePath ?? DEFAULT_BASE_PATH;
  const { contact } = r;
  const byInfo = opts.flavour === 'byContactInfo';
  const out: ApiObject = {};
  if (contact.isCompany) {
    if (contact.companyName !== null) out.companyName = contact.companyName;
    if (r.personsCount) out.personsCount = r.personsCount;
  } else {
    if (contact.firstName !== null) out.firstName = contact.firstName;
    if (contact.lastName !== null) out.lastName = contact.lastName;
    if (r.company) out.company = renderCompanyShort(r.company, basePath);
    out.title = contact.title ?? ''; // always sent; empty when unset, as XML cannot tell null from ''
  }
  let infos = r.infos;
  // bycontactinfo reads each contact's info ordered by type; filter keeps the stored order
  if (byInfo) infos = [...infos].sort((a, b) => a.infoType - b.infoType || a.id - b.id);
  const addresses = infos.filter((i) => i.infoType === ContactInfoType.Address);
  if (byInfo || addresses.length > 0) out.addresses = addresses.map(renderAddress);
  if (r.createdBy) out.createBy = renderEmployee(r.createdBy);
  out.created = formatApiDate(contact.created, opts.timeZone);
  // always sent (the wrappers emit them whatever their value); empty when unset, as XML cannot tell null from ''
  out.about = contact.about ?? '';
  out.industry = contact.industry ?? '';
  if (r.stage) out.contactStatus = renderStage(r.stage);
  out.commonData = infos.filter((i) => i.infoType !== ContactInfoType.Address).map(renderInfo);
  out.customFields = r.customFields.map((f) => renderCustomField(contact.id, f));
  if (!byInfo && r.tags.length > 0) out.tags = r.tags;
  if (contact.taskCount) out.taskCount = contact.taskCount;
  out.haveLateTasks = contact.hasLateTasks;
  return baseMembers(out, { contact, displayName: r.displayName, accessList: r.accessList, canEdit: r.canEdit, canDelete: r.canDelete }, basePath);
}
