import type { Kysely } from 'kysely';
import type { Database, ContactRow } from '../db/schema.js';
import type { Contact, ContactInfo, CustomFieldDefinition, Stage, User } from '../data/model.js';
import { canEdit } from './visibility.js';
import type { CompanyRecord, ContactRecord, CustomFieldRecord, Viewer } from './types.js';

/** Lookups small enough to keep in memory for the store's lifetime. */
export interface Catalogue {
  usersById: Map<string, User>;
  stagesById: Map<number, Stage>;
}

export function toContact(r: ContactRow): Contact {
  return {
    id: r.id, isCompany: r.is_company === 1, firstName: r.first_name, lastName: r.last_name, companyName: r.company_name,
    title: r.title, companyId: r.company_id, about: r.about, industry: r.industry, stageId: r.stage_id,
    contactTypeId: r.contact_type_id, shareType: r.share_type as Contact['shareType'], createdBy: r.created_by,
    created: r.created, lastActivity: r.last_activity === 0 ? null : r.last_activity, currency: r.currency,
    hasLateTasks: r.has_late_tasks === 1, taskCount: r.task_count,
  };
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * Everything a page renders, in a fixed number of queries whatever the page size (IN lists of the
 * page's ids and of their companies' ids), never one query per contact.
 */
export async function loadRecords(db: Kysely<Database>, cat: Catalogue, rows: ContactRow[], viewer: Viewer): Promise<ContactRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const companyIds = [...new Set(rows.filter((r) => r.is_company === 0 && r.company_id > 0).map((r) => r.company_id))];
  const pageCompanyIds = rows.filter((r) => r.is_company === 1).map((r) => r.id);
  const withCompanies = [...new Set([...ids, ...companyIds])];

  const [companies, infos, tags, fields, access, invoiced, members] = await Promise.all([
    companyIds.length ? db.selectFrom('contacts').selectAll().where('id', 'in', companyIds).execute() : Promise.resolve([]),
    db.selectFrom('contact_info').selectAll().where('contact_id', 'in', ids).orderBy('id').execute(),
    db.selectFrom('contact_tags as ct').innerJoin('tags as t', 't.id', 'ct.tag_id').select(['ct.contact_id', 't.title']).where('ct.contact_id', 'in', ids).execute(),
    db.selectFrom('custom_field_values as v').innerJoin('custom_fields as f', 'f.id', 'v.field_id')
      .select(['v.contact_id', 'v.value', 'f.id', 'f.entity_type', 'f.label', 'f.field_type', 'f.position', 'f.mask'])
      .where('v.contact_id', 'in', ids).orderBy('f.position').orderBy('f.id').execute(),
    db.selectFrom('contact_access').selectAll().where('contact_id', 'in', withCompanies).execute(),
    db.selectFrom('invoices').select('contact_id').distinct().where('contact_id', 'in', withCompanies).execute(),
    pageCompanyIds.length
      ? db.selectFrom('contacts').select(['company_id']).select((eb) => eb.fn.countAll<number>().as('n'))
        .where('company_id', 'in', pageCompanyIds).groupBy('company_id').execute()
      : Promise.resolve([]),
  ]);

  const accessBy = groupBy(access, (a) => a.contact_id);
  const invoicedIds = new Set(invoiced.map((i) => i.contact_id));
  const accessUsers = (id: number): User[] => (accessBy.get(id) ?? []).map((a) => cat.usersById.get(a.user_id)).filter((u): u is User => !!u);
  const rights = (id: number, shareType: number): { canEdit: boolean; canDelete: boolean } => {
    const edit = canEdit(shareType, (accessBy.get(id) ?? []).map((a) => a.user_id), viewer);
    return { canEdit: edit, canDelete: edit && !invoicedIds.has(id) };
  };

  const companyById = new Map<number, CompanyRecord>();
  for (const row of companies) {
    companyById.set(row.id, { contact: toContact(row), displayName: row.display_name, accessList: accessUsers(row.id), ...rights(row.id, row.share_type) });
  }
  const infosBy = groupBy(infos, (i) => i.contact_id);
  const tagsBy = groupBy(tags, (t) => t.contact_id);
  const fieldsBy = groupBy(fields, (f) => f.contact_id);
  const membersBy = new Map(members.map((m) => [m.company_id, Number(m.n)]));

  return rows.map((row): ContactRecord => {
    const contact = toContact(row);
    const customFields = (fieldsBy.get(row.id) ?? []).map((f): CustomFieldRecord => ({
      definition: { id: f.id, entityType: f.entity_type as CustomFieldDefinition['entityType'], label: f.label, fieldType: f.field_type as CustomFieldDefinition['fieldType'], position: f.position, mask: f.mask },
      value: f.value,
    }));
    return {
      contact,
      displayName: row.display_name,
      company: contact.companyId > 0 ? (companyById.get(contact.companyId) ?? null) : null,
      infos: (infosBy.get(row.id) ?? []).map((i): ContactInfo => ({
        id: i.id, contactId: i.contact_id, infoType: i.info_type as ContactInfo['infoType'], category: i.category, data: i.data, isPrimary: i.is_primary === 1,
      })),
      // culture-aware like the real server's OrderBy(x => x): "customer" before "VIP"
      tags: (tagsBy.get(row.id) ?? []).map((t) => t.title).sort((a, b) => a.localeCompare(b, 'en')),
      customFields,
      stage: cat.stagesById.get(row.stage_id) ?? null,
      createdBy: cat.usersById.get(row.created_by) ?? null,
      accessList: accessUsers(row.id),
      personsCount: membersBy.get(row.id) ?? 0,
      ...rights(row.id, row.share_type),
    };
  });
}
