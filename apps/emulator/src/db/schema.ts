/** Kysely row types of the tables in tables.ts (booleans are 0/1 integers on both engines). */
export interface UsersTable {
  id: string; user_name: string; user_name_key: string; password: string; token: string;
  display_name: string; title: string | null; is_admin: number; avatar_small: string; profile_url: string;
}
export interface StagesTable { id: number; title: string; description: string | null; color: string; sort_order: number }
export interface ContactTypesTable { id: number; title: string; sort_order: number }
export interface TagsTable { id: number; title: string; title_key: string }
export interface CustomFieldsTable { id: number; entity_type: string; label: string; field_type: number; position: number; mask: string }
export interface ContactsTable {
  id: number; is_company: number; first_name: string | null; last_name: string | null; company_name: string | null;
  display_name: string; display_name_key: string; first_name_key: string; last_name_key: string;
  title: string | null; company_id: number; about: string | null; industry: string | null;
  stage_id: number; contact_type_id: number; share_type: number; created_by: string; created: number;
  last_activity: number; currency: string | null; has_late_tasks: number; task_count: number;
}
export interface ContactInfoTable { id: number; contact_id: number; info_type: number; category: number; data: string; search_text: string; is_primary: number }
export interface ContactTagsTable { contact_id: number; tag_id: number }
export interface ContactWordsTable { word: string; contact_id: number }
export interface CustomFieldValuesTable { contact_id: number; field_id: number; value: string }
export interface DealsTable { id: number; title: string }
export interface DealContactsTable { deal_id: number; contact_id: number }
export interface ContactAccessTable { contact_id: number; user_id: string }
export interface InvoicesTable { id: number; contact_id: number }

export interface Database {
  users: UsersTable;
  stages: StagesTable;
  contact_types: ContactTypesTable;
  tags: TagsTable;
  custom_fields: CustomFieldsTable;
  contacts: ContactsTable;
  contact_info: ContactInfoTable;
  contact_tags: ContactTagsTable;
  contact_words: ContactWordsTable;
  custom_field_values: CustomFieldValuesTable;
  deals: DealsTable;
  deal_contacts: DealContactsTable;
  contact_access: ContactAccessTable;
  invoices: InvoicesTable;
}

export type ContactRow = ContactsTable;
