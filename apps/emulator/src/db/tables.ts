/**
 * The emulator's tables, described once: DDL for both dialects and both bulk loaders are derived
 * from this list, so a column added here reaches everything but the Kysely types in schema.ts.
 */
export type ColumnType = 'int' | 'bigint' | 'text';
export interface ColumnSpec { name: string; type: ColumnType; nullable?: boolean }
export interface TableSpec {
  name: TableName;
  columns: ColumnSpec[];
  primaryKey?: string[];
  indexes: string[][];
}

export type TableName =
  | 'users' | 'stages' | 'contact_types' | 'tags' | 'custom_fields' | 'contacts' | 'contact_info' | 'contact_tags'
  | 'contact_words' | 'custom_field_values' | 'deals' | 'deal_contacts' | 'contact_access' | 'invoices';

const col = (name: string, type: ColumnType, nullable = false): ColumnSpec => ({ name, type, nullable });

export const TABLES: TableSpec[] = [
  {
    name: 'users',
    columns: [col('id', 'text'), col('user_name', 'text'), col('user_name_key', 'text'), col('password', 'text'), col('token', 'text'),
      col('display_name', 'text'), col('title', 'text', true), col('is_admin', 'int'), col('avatar_small', 'text'), col('profile_url', 'text')],
    primaryKey: ['id'],
    indexes: [['token'], ['user_name_key']],
  },
  {
    name: 'stages',
    columns: [col('id', 'int'), col('title', 'text'), col('description', 'text', true), col('color', 'text'), col('sort_order', 'int')],
    primaryKey: ['id'], indexes: [],
  },
  { name: 'contact_types', columns: [col('id', 'int'), col('title', 'text'), col('sort_order', 'int')], primaryKey: ['id'], indexes: [] },
  { name: 'tags', columns: [col('id', 'int'), col('title', 'text'), col('title_key', 'text')], primaryKey: ['id'], indexes: [['title_key']] },
  {
    name: 'custom_fields',
    columns: [col('id', 'int'), col('entity_type', 'text'), col('label', 'text'), col('field_type', 'int'), col('position', 'int'), col('mask', 'text')],
    primaryKey: ['id'], indexes: [],
  },
  {
    name: 'contacts',
    columns: [
      col('id', 'int'), col('is_company', 'int'), col('first_name', 'text', true), col('last_name', 'text', true),
      col('company_name', 'text', true), col('display_name', 'text'),
      // lower-cased sort keys: the real server sorts with a case-insensitive collation
      col('display_name_key', 'text'), col('first_name_key', 'text'), col('last_name_key', 'text'),
      col('title', 'text', true), col('company_id', 'int'), col('about', 'text', true), col('industry', 'text', true),
      col('stage_id', 'int'), col('contact_type_id', 'int'), col('share_type', 'int'), col('created_by', 'text'),
      col('created', 'bigint'),
      // 0 when there is no history, so History sorts the same on both engines (no NULLS FIRST/LAST)
      col('last_activity', 'bigint'),
      col('currency', 'text', true), col('has_late_tasks', 'int'), col('task_count', 'int'),
    ],
    primaryKey: ['id'],
    indexes: [
      ['created', 'id'], ['is_company', 'created', 'id'], ['stage_id', 'created', 'id'], ['contact_type_id', 'created', 'id'],
      ['share_type', 'created', 'id'], ['display_name_key', 'id'], ['stage_id', 'id'],
      ['first_name_key', 'last_name_key', 'id'], ['last_name_key', 'first_name_key', 'id'], ['last_activity', 'created', 'id'],
      ['company_id'],
    ],
  },
  {
    name: 'contact_info',
    columns: [col('id', 'int'), col('contact_id', 'int'), col('info_type', 'int'), col('category', 'int'), col('data', 'text'),
      // lower-cased text the bycontactinfo substring search runs over (address parts for addresses)
      col('search_text', 'text'), col('is_primary', 'int')],
    primaryKey: ['id'],
    indexes: [['info_type', 'contact_id'], ['contact_id']],
  },
  { name: 'contact_tags', columns: [col('contact_id', 'int'), col('tag_id', 'int')], indexes: [['tag_id', 'contact_id'], ['contact_id']] },
  // one row per distinct lower-cased word of a display name, for the prefix name search
  { name: 'contact_words', columns: [col('word', 'text'), col('contact_id', 'int')], indexes: [['word', 'contact_id']] },
  { name: 'custom_field_values', columns: [col('contact_id', 'int'), col('field_id', 'int'), col('value', 'text')], indexes: [['contact_id']] },
  { name: 'deals', columns: [col('id', 'int'), col('title', 'text')], primaryKey: ['id'], indexes: [] },
  { name: 'deal_contacts', columns: [col('deal_id', 'int'), col('contact_id', 'int')], indexes: [['contact_id']] },
  { name: 'contact_access', columns: [col('contact_id', 'int'), col('user_id', 'text')], indexes: [['contact_id', 'user_id'], ['user_id', 'contact_id']] },
  { name: 'invoices', columns: [col('id', 'int'), col('contact_id', 'int')], primaryKey: ['id'], indexes: [['contact_id']] },
];

export function tableSpec(name: TableName): TableSpec {
  const spec = TABLES.find((t) => t.name === name);
  if (!spec) throw new Error(`unknown table ${name}`);
  return spec;
}
