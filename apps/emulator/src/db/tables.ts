/**
 * The emulator's tables, described once: DDL for both dialects, both bulk loaders and the reader the
 * query engine loads from are derived from this list. The database is the store of record; queries are
 * answered by the in-memory engine (src/engine), so the tables carry no secondary indexes.
 */
export type ColumnType = 'int' | 'bigint' | 'text';
export interface ColumnSpec { name: string; type: ColumnType; nullable?: boolean }
export interface TableSpec {
  name: TableName;
  columns: ColumnSpec[];
  primaryKey?: string[];
}

export type TableName =
  | 'users' | 'stages' | 'contact_types' | 'tags' | 'custom_fields' | 'contacts' | 'contact_info' | 'contact_tags'
  | 'custom_field_values' | 'deals' | 'deal_contacts' | 'contact_access' | 'invoices';

const col = (name: string, type: ColumnType, nullable = false): ColumnSpec => ({ name, type, nullable });

export const TABLES: TableSpec[] = [
  {
    name: 'users',
    columns: [col('id', 'text'), col('user_name', 'text'), col('password', 'text'), col('token', 'text'),
      col('display_name', 'text'), col('title', 'text', true), col('is_admin', 'int'), col('crm_access', 'int'), col('avatar_small', 'text'), col('profile_url', 'text')],
    primaryKey: ['id'],
  },
  {
    name: 'stages',
    columns: [col('id', 'int'), col('title', 'text'), col('description', 'text', true), col('color', 'text'), col('sort_order', 'int')],
    primaryKey: ['id'],
  },
  { name: 'contact_types', columns: [col('id', 'int'), col('title', 'text'), col('sort_order', 'int')], primaryKey: ['id'] },
  { name: 'tags', columns: [col('id', 'int'), col('title', 'text')], primaryKey: ['id'] },
  {
    name: 'custom_fields',
    columns: [col('id', 'int'), col('entity_type', 'text'), col('label', 'text'), col('field_type', 'int'), col('position', 'int'), col('mask', 'text')],
    primaryKey: ['id'],
  },
  {
    name: 'contacts',
    columns: [
      col('id', 'int'), col('is_company', 'int'), col('first_name', 'text', true), col('last_name', 'text', true),
      col('company_name', 'text', true), col('display_name', 'text'),
      col('title', 'text', true), col('company_id', 'int'), col('about', 'text', true), col('industry', 'text', true),
      col('stage_id', 'int'), col('contact_type_id', 'int'), col('share_type', 'int'), col('created_by', 'text'),
      col('created', 'bigint'),
      col('last_activity', 'bigint', true),
      col('currency', 'text', true), col('has_late_tasks', 'int'), col('task_count', 'int'),
    ],
    primaryKey: ['id'],
  },
  {
    name: 'contact_info',
    columns: [col('id', 'int'), col('contact_id', 'int'), col('info_type', 'int'), col('category', 'int'), col('data', 'text'), col('is_primary', 'int')],
    primaryKey: ['id'],
  },
  { name: 'contact_tags', columns: [col('contact_id', 'int'), col('tag_id', 'int')] },
  { name: 'custom_field_values', columns: [col('contact_id', 'int'), col('field_id', 'int'), col('value', 'text')] },
  { name: 'deals', columns: [col('id', 'int'), col('title', 'text')], primaryKey: ['id'] },
  { name: 'deal_contacts', columns: [col('deal_id', 'int'), col('contact_id', 'int')] },
  { name: 'contact_access', columns: [col('contact_id', 'int'), col('user_id', 'text')] },
  { name: 'invoices', columns: [col('id', 'int'), col('contact_id', 'int')], primaryKey: ['id'] },
];

export function tableSpec(name: TableName): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`unknown table ${name}`);
  return spec;
}

/** Column positions of a table by name: rows travel as arrays in the column order above. */
export function columnPositions<T extends TableName>(name: T): Record<string, number> {
  return Object.fromEntries(tableSpec(name).columns.map((c, i) => [c.name, i]));
}

/** A table keyed by one integer id: read back in id order (others in the order they were written). */
export function integerKeyed(name: TableName): boolean {
  const spec = tableSpec(name);
  return spec.primaryKey?.length === 1 && spec.columns.find((c) => c.name === spec.primaryKey![0])?.type === 'int';
}
