// A contact as the renderer needs it, for one viewer: rights, and (on filter) the nested company only
// when the viewer may see it.
import { displayNameOf, ShareType, type Contact, type ContactInfo, type CustomFieldDefinition, type Stage, type User } from '../data/model.js';
import type { Viewer } from './query.js';
import type { ContactColumns } from './contactColumns.js';

/** The short company form nested in a person. */
export interface CompanyRecord {
  contact: Contact;
  displayName: string;
  accessList: User[];
  canEdit: boolean;
  canDelete: boolean;
}

export interface CustomFieldRecord { definition: CustomFieldDefinition; value: string }

/** Everything needed to render one contact for one viewer. */
export interface ContactRecord {
  contact: Contact;
  displayName: string;
  company: CompanyRecord | null;
  /** All contact info rows, addresses included, in id order. */
  infos: ContactInfo[];
  /** Tag titles, sorted. */
  tags: string[];
  customFields: CustomFieldRecord[];
  stage: Stage | null;
  createdBy: User | null;
  accessList: User[];
  /** Companies: how many persons name this company. */
  personsCount: number;
  canEdit: boolean;
  canDelete: boolean;
}

export type Flavour = 'filter' | 'byContactInfo';

export interface ContactRights { canEdit: boolean; canDelete: boolean }

export function contactOf(c: ContactColumns, i: number): Contact {
  return {
    id: c.id[i], isCompany: c.isCompany[i] === 1, firstName: c.firstName[i], lastName: c.lastName[i], companyName: c.companyName[i],
    title: c.title[i], companyId: c.companyId[i], about: c.about[i], industry: c.industry[i], stageId: c.stageId[i],
    contactTypeId: c.contactTypeId[i], shareType: c.shareType[i] as Contact['shareType'], createdBy: c.users[c.createdBy[i]]?.id ?? '',
    created: c.created[i], lastActivity: c.lastActivity[i] === 0 ? null : c.lastActivity[i], currency: c.currency[i],
    hasLateTasks: c.hasLateTasks[i] === 1, taskCount: c.taskCount[i],
  };
}

function onAccessList(c: ContactColumns, i: number, viewer: Viewer): boolean {
  const key = c.managerKeys.get(viewer.id.toLowerCase());
  if (key === undefined) return false;
  for (let k = c.access.start[i]; k < c.access.start[i + 1]; k++) if (c.access.manager[k] === key) return true;
  return false;
}

/** Shared contacts, or private ones the viewer is on the access list of; administrators see all. */
export function canSee(c: ContactColumns, i: number, viewer: Viewer): boolean {
  return viewer.isAdmin || c.shareType[i] !== ShareType.None || onAccessList(c, i, viewer);
}

/** canEdit: ReadWrite, administrator or on the access list; canDelete: canEdit and used by no invoice. */
export function rightsOf(c: ContactColumns, i: number, viewer: Viewer): ContactRights {
  const canEdit = c.shareType[i] === ShareType.ReadWrite || viewer.isAdmin || onAccessList(c, i, viewer);
  return { canEdit, canDelete: canEdit && c.invoiced[i] === 0 };
}

/** The nested company of a person: on filter only when the viewer may see it (the real server's access-checked read). */
export function companyShown(c: ContactColumns, i: number, viewer: Viewer, flavour: Flavour): number {
  const company = c.isCompany[i] ? -1 : c.companyIndex[i];
  if (company < 0) return -1;
  return flavour === 'byContactInfo' || canSee(c, company, viewer) ? company : -1;
}

function accessUsers(c: ContactColumns, i: number): User[] {
  const users: User[] = [];
  for (let k = c.access.start[i]; k < c.access.start[i + 1]; k++) {
    const user = c.managerUsers[c.access.manager[k]];
    if (user) users.push(user);
  }
  return users;
}

export function companyRecordOf(c: ContactColumns, i: number, viewer: Viewer): CompanyRecord {
  const contact = contactOf(c, i);
  return { contact, displayName: displayNameOf(contact), accessList: accessUsers(c, i), ...rightsOf(c, i, viewer) };
}

export function contactRecordOf(c: ContactColumns, i: number, viewer: Viewer, flavour: Flavour): ContactRecord {
  const contact = contactOf(c, i);
  const company = companyShown(c, i, viewer, flavour);
  const infos: ContactInfo[] = [];
  for (let k = c.info.start[i]; k < c.info.start[i + 1]; k++) {
    infos.push({ id: c.info.id[k], contactId: contact.id, infoType: c.info.infoType[k] as ContactInfo['infoType'], category: c.info.category[k], data: c.info.data.at(k), isPrimary: c.info.isPrimary[k] === 1 });
  }
  const tags: string[] = [];
  for (let k = c.tags.start[i]; k < c.tags.start[i + 1]; k++) {
    const title = c.tagTitles.get(c.tags.tagId[k]);
    if (title !== undefined) tags.push(title);
  }
  // culture-aware like the real server's OrderBy(x => x): "customer" before "VIP"
  tags.sort((a, b) => a.localeCompare(b, 'en'));
  const customFields: CustomFieldRecord[] = [];
  for (let k = c.fields.start[i]; k < c.fields.start[i + 1]; k++) {
    customFields.push({ definition: c.customFields.get(c.fields.fieldId[k])!, value: c.fields.value[k] });
  }
  return {
    contact,
    displayName: displayNameOf(contact),
    company: company >= 0 ? companyRecordOf(c, company, viewer) : null,
    infos,
    tags,
    customFields,
    stage: c.stages.get(c.stageId[i]) ?? null,
    createdBy: c.users[c.createdBy[i]] ?? null,
    accessList: accessUsers(c, i),
    personsCount: c.personsCount[i],
    ...rightsOf(c, i, viewer),
  };
}
