/**
 * The emulator's tables, described once: each column's name, SQL type and the model field it holds.
 * DDL for both dialects, the rows both bulk loaders write (in column order) and the positions the query
 * engine reads back by name are all derived from this list, so a column is added or moved here alone.
 * The database is the store of record; queries are answered by the in-memory engine (src/engine), so
 * the tables carry no secondary indexes.
 */
import { displayNameOf, hasCrmAccess, type Dataset } from '../data/model.js';

export type ColumnType = 'int' | 'bigint' | 'text';
/** A column: its name, SQL type, and the value a model record gives it. */
export interface ColumnSpec<R = any, N extends string = string> { name: N; type: ColumnType; nullable: boolean; of: (record: R) => unknown }
/** A table: its columns, and which list of the dataset (header or chunk) holds its records. */
export interface TableSpec<T extends string = string, N extends string = string> {
  name: T;
  records: keyof Dataset;
  columns: readonly ColumnSpec<any, N>[];
  primaryKey?: readonly N[];
}

type RecordOf<K extends keyof Dataset> = Dataset[K][number];
const table = <T extends string, K extends keyof Dataset, N extends string>(
  name: T, records: K, columns: ColumnSpec<RecordOf<K>, N>[], primaryKey?: N[],
): TableSpec<T, N> => ({ name, records, columns, primaryKey });
const col = <R, N extends string>(name: N, type: ColumnType, of: (record: R) => unknown, nullable = false): ColumnSpec<R, N> => ({ name, type, of, nullable });
const flag = (value: boolean): number => (value ? 1 : 0);

export const TABLES = [
  table('users', 'users', [
    col('id', 'text', (u) => u.id), col('user_name', 'text', (u) => u.userName), col('password', 'text', (u) => u.password),
    col('token', 'text', (u) => u.token), col('display_name', 'text', (u) => u.displayName), col('title', 'text', (u) => u.title, true),
    col('is_admin', 'int', (u) => flag(u.isAdmin)), col('crm_access', 'int', (u) => flag(hasCrmAccess(u))),
    col('avatar_small', 'text', (u) => u.avatarSmall), col('profile_url', 'text', (u) => u.profileUrl),
  ], ['id']),
  table('stages', 'stages', [
    col('id', 'int', (s) => s.id), col('title', 'text', (s) => s.title), col('description', 'text', (s) => s.description, true),
    col('color', 'text', (s) => s.color), col('sort_order', 'int', (s) => s.sortOrder),
  ], ['id']),
  table('contact_types', 'contactTypes', [col('id', 'int', (t) => t.id), col('title', 'text', (t) => t.title), col('sort_order', 'int', (t) => t.sortOrder)], ['id']),
  table('tags', 'tags', [col('id', 'int', (t) => t.id), col('title', 'text', (t) => t.title)], ['id']),
  table('custom_fields', 'customFields', [
    col('id', 'int', (f) => f.id), col('entity_type', 'text', (f) => f.entityType), col('label', 'text', (f) => f.label),
    col('field_type', 'int', (f) => f.fieldType), col('position', 'int', (f) => f.position), col('mask', 'text', (f) => f.mask),
  ], ['id']),
  table('contacts', 'contacts', [
    col('id', 'int', (c) => c.id), col('is_company', 'int', (c) => flag(c.isCompany)),
    col('first_name', 'text', (c) => c.firstName, true), col('last_name', 'text', (c) => c.lastName, true),
    col('company_name', 'text', (c) => c.companyName, true), col('display_name', 'text', displayNameOf),
    col('title', 'text', (c) => c.title, true), col('company_id', 'int', (c) => c.companyId),
    col('about', 'text', (c) => c.about, true), col('industry', 'text', (c) => c.industry, true),
    col('stage_id', 'int', (c) => c.stageId), col('contact_type_id', 'int', (c) => c.contactTypeId), col('share_type', 'int', (c) => c.shareType),
    col('created_by', 'text', (c) => c.createdBy), col('created', 'bigint', (c) => c.created),
    col('last_activity', 'bigint', (c) => c.lastActivity, true), col('currency', 'text', (c) => c.currency, true),
    col('has_late_tasks', 'int', (c) => flag(c.hasLateTasks)), col('task_count', 'int', (c) => c.taskCount),
  ], ['id']),
  table('contact_info', 'contactInfos', [
    col('id', 'int', (i) => i.id), col('contact_id', 'int', (i) => i.contactId), col('info_type', 'int', (i) => i.infoType),
    col('category', 'int', (i) => i.category), col('data', 'text', (i) => i.data), col('is_primary', 'int', (i) => flag(i.isPrimary)),
  ], ['id']),
  table('contact_tags', 'contactTags', [col('contact_id', 'int', (t) => t.contactId), col('tag_id', 'int', (t) => t.tagId)]),
  table('custom_field_values', 'customFieldValues', [col('contact_id', 'int', (v) => v.contactId), col('field_id', 'int', (v) => v.fieldId), col('value', 'text', (v) => v.value)]),
  table('deals', 'deals', [col('id', 'int', (d) => d.id), col('title', 'text', (d) => d.title)], ['id']),
  table('deal_contacts', 'dealContacts', [col('deal_id', 'int', (d) => d.dealId), col('contact_id', 'int', (d) => d.contactId)]),
  table('contact_access', 'accessList', [col('contact_id', 'int', (a) => a.contactId), col('user_id', 'text', (a) => a.userId)]),
  table('invoices', 'invoices', [col('id', 'int', (i) => i.id), col('contact_id', 'int', (i) => i.contactId)], ['id']),
] as const;

export type TableName = (typeof TABLES)[number]['name'];
type ColumnName<T extends TableName> = Extract<(typeof TABLES)[number], TableSpec<T>>['columns'][number]['name'];

export function tableSpec(name: TableName): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`unknown table ${name}`);
  return spec;
}

/** Column positions of a table by name (a misspelt name does not compile): rows travel as arrays in column order. */
export function columnPositions<T extends TableName>(name: T): Record<ColumnName<T>, number> {
  return Object.fromEntries(tableSpec(name).columns.map((c, i) => [c.name, i])) as Record<ColumnName<T>, number>;
}

/** The one integer id a table is keyed by, read back in its order; undefined: read back in the order written. */
export function integerKey(name: TableName): { column: string; position: number } | undefined {
  const { primaryKey, columns } = tableSpec(name);
  const position = primaryKey?.length === 1 ? columns.findIndex((c) => c.name === primaryKey[0]) : -1;
  return position >= 0 && columns[position].type === 'int' ? { column: columns[position].name, position } : undefined;
}
