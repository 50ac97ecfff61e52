// The loaded data, column by column: typed arrays indexed by a contact's position in id order (its
// "index"), strings interned, and lists per contact in CSR form. Compact enough for 1,000,000 contacts.
import type { CustomFieldDefinition, Stage, User } from '../data/model.js';
import type { TableReader } from '../db/datasetTables.js';
import { columnPositions, type TableName } from '../db/tables.js';
import { groupByContact } from './groupByContact.js';

export interface ContactColumns {
  size: number;
  id: Int32Array;
  isCompany: Uint8Array;
  firstName: (string | null)[];
  lastName: (string | null)[];
  companyName: (string | null)[];
  title: (string | null)[];
  /** The company a person names, as written (0: none). */
  companyId: Int32Array;
  /** That company's index, or -1 when it names none or one that does not exist. */
  companyIndex: Int32Array;
  about: (string | null)[];
  industry: (string | null)[];
  stageId: Int32Array;
  contactTypeId: Int32Array;
  shareType: Uint8Array;
  /** Index into `users`, or -1 for an unknown creator. */
  createdBy: Int32Array;
  created: Float64Array;
  /** 0 when there is no history. */
  lastActivity: Float64Array;
  currency: (string | null)[];
  hasLateTasks: Uint8Array;
  taskCount: Int32Array;
  /** In a deal (the WithOpportunity view). */
  inDeal: Uint8Array;
  /** Used by an invoice: cannot be deleted. */
  invoiced: Uint8Array;
  /** How many contacts name this one as their company. */
  personsCount: Int32Array;

  /** Contact info rows, grouped by contact, in id order within a contact. */
  info: { start: Int32Array; id: Int32Array; infoType: Uint8Array; category: Int32Array; data: string[]; isPrimary: Uint8Array; owner: Int32Array };
  /** Tag ids per contact. */
  tags: { start: Int32Array; tagId: Int32Array };
  /** Custom field values per contact, by field position then id. */
  fields: { start: Int32Array; fieldId: Int32Array; value: string[] };
  /** The access list per contact, as manager keys (see `managerKeys`), in stored order. */
  access: { start: Int32Array; manager: Int32Array };

  users: User[];
  /** Every user id an access list names (users or not), lower-cased, to its manager key. */
  managerKeys: Map<string, number>;
  /** The user of a manager key, when it is one. */
  managerUsers: (User | undefined)[];
  stages: Map<number, Stage>;
  tagTitles: Map<number, string>;
  customFields: Map<number, CustomFieldDefinition>;
}

type Row = unknown[];
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

// Rows arrive as arrays in tables.ts' column order (both drivers' raw mode: at 1M contacts an object per
// row costs more than the read), so each reader looks its columns' positions up by name, once per table.
async function eachRow(db: TableReader, table: TableName, visit: (row: Row) => void): Promise<void> {
  for await (const batch of db.rows(table)) for (const row of batch) visit(row);
}

/** Reads every table of the store of record into columns. */
export async function readContactColumns(db: TableReader): Promise<ContactColumns> {
  const interned = new Map<string, string>();
  // names, titles and industries repeat: one string each saves most of their memory at 1M contacts
  const intern = (v: unknown): string | null => {
    if (v === null || v === undefined) return null;
    const s = String(v);
    const known = interned.get(s);
    if (known !== undefined) return known;
    interned.set(s, s);
    return s;
  };

  const users: User[] = [];
  const U = columnPositions('users');
  await eachRow(db, 'users', (r) => users.push({
    id: String(r[U.id]).toLowerCase(), userName: String(r[U.user_name]), password: String(r[U.password]), token: String(r[U.token]),
    displayName: String(r[U.display_name]), title: str(r[U.title]), isAdmin: Number(r[U.is_admin]) === 1,
    crmAccess: Number(r[U.crm_access]) === 1, avatarSmall: String(r[U.avatar_small]), profileUrl: String(r[U.profile_url]),
  }));
  const userIndex = new Map(users.map((u, i) => [u.id, i]));

  const stages = new Map<number, Stage>();
  const S = columnPositions('stages');
  await eachRow(db, 'stages', (r) => stages.set(Number(r[S.id]), {
    id: Number(r[S.id]), title: String(r[S.title]), description: str(r[S.description]), color: String(r[S.color]), sortOrder: Number(r[S.sort_order]),
  }));
  const tagTitles = new Map<number, string>();
  const T = columnPositions('tags');
  await eachRow(db, 'tags', (r) => tagTitles.set(Number(r[T.id]), String(r[T.title])));
  const customFields = new Map<number, CustomFieldDefinition>();
  const F = columnPositions('custom_fields');
  await eachRow(db, 'custom_fields', (r) => customFields.set(Number(r[F.id]), {
    id: Number(r[F.id]), entityType: String(r[F.entity_type]) as CustomFieldDefinition['entityType'], label: String(r[F.label]),
    fieldType: Number(r[F.field_type]) as CustomFieldDefinition['fieldType'], position: Number(r[F.position]), mask: String(r[F.mask]),
  }));

  const n = await db.count('contacts');
  const c: ContactColumns = {
    size: 0, id: new Int32Array(n), isCompany: new Uint8Array(n), firstName: new Array(n), lastName: new Array(n), companyName: new Array(n),
    title: new Array(n), companyId: new Int32Array(n), companyIndex: new Int32Array(n).fill(-1), about: new Array(n), industry: new Array(n),
    stageId: new Int32Array(n), contactTypeId: new Int32Array(n), shareType: new Uint8Array(n), createdBy: new Int32Array(n), created: new Float64Array(n),
    lastActivity: new Float64Array(n), currency: new Array(n), hasLateTasks: new Uint8Array(n), taskCount: new Int32Array(n),
    inDeal: new Uint8Array(n), invoiced: new Uint8Array(n), personsCount: new Int32Array(n),
    info: undefined!, tags: undefined!, fields: undefined!, access: undefined!,
    users, managerKeys: new Map(), managerUsers: [], stages, tagTitles, customFields,
  };
  const C = columnPositions('contacts');
  let i = 0;
  await eachRow(db, 'contacts', (r) => {
    c.id[i] = Number(r[C.id]);
    c.isCompany[i] = Number(r[C.is_company]);
    c.firstName[i] = intern(r[C.first_name]);
    c.lastName[i] = intern(r[C.last_name]);
    c.companyName[i] = intern(r[C.company_name]);
    c.title[i] = intern(r[C.title]);
    c.companyId[i] = Number(r[C.company_id]);
    c.about[i] = intern(r[C.about]);
    c.industry[i] = intern(r[C.industry]);
    c.stageId[i] = Number(r[C.stage_id]);
    c.contactTypeId[i] = Number(r[C.contact_type_id]);
    c.shareType[i] = Number(r[C.share_type]);
    c.createdBy[i] = userIndex.get(String(r[C.created_by]).toLowerCase()) ?? -1;
    c.created[i] = Number(r[C.created]);
    c.lastActivity[i] = r[C.last_activity] === null ? 0 : Number(r[C.last_activity]);
    c.currency[i] = intern(r[C.currency]);
    c.hasLateTasks[i] = Number(r[C.has_late_tasks]);
    c.taskCount[i] = Number(r[C.task_count]);
    i++;
  });
  c.size = i;
  interned.clear();

  const indexOf = (id: number): number => contactIndexOf(c.id, c.size, id);
  for (let k = 0; k < c.size; k++) {
    if (c.companyId[k] <= 0) continue;
    const company = indexOf(c.companyId[k]);
    c.companyIndex[k] = company;
    if (company >= 0) c.personsCount[company]++;
  }

  c.info = await readInfo(db, c.size, indexOf);
  c.tags = await readTags(db, c.size, indexOf);
  c.fields = await readFields(db, c.size, indexOf, customFields);
  c.access = await readAccess(db, c, indexOf);
  const D = columnPositions('deal_contacts');
  await eachRow(db, 'deal_contacts', (r) => {
    const k = indexOf(Number(r[D.contact_id]));
    if (k >= 0) c.inDeal[k] = 1;
  });
  const I = columnPositions('invoices');
  await eachRow(db, 'invoices', (r) => {
    const k = indexOf(Number(r[I.contact_id]));
    if (k >= 0) c.invoiced[k] = 1;
  });
  return c;
}

/** The index of a contact id (ids are read in ascending order), or -1. */
export function contactIndexOf(ids: Int32Array, size: number, id: number): number {
  let lo = 0;
  let hi = size - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid];
    if (v === id) return mid;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

async function readInfo(db: TableReader, contacts: number, indexOf: (id: number) => number): Promise<ContactColumns['info']> {
  const total = await db.count('contact_info');
  const owner = new Int32Array(total);
  const id = new Int32Array(total);
  const infoType = new Uint8Array(total);
  const category = new Int32Array(total);
  const isPrimary = new Uint8Array(total);
  const data: string[] = new Array(total);
  const P = columnPositions('contact_info');
  let r = 0;
  await eachRow(db, 'contact_info', (row) => {
    owner[r] = indexOf(Number(row[P.contact_id]));
    id[r] = Number(row[P.id]);
    infoType[r] = Number(row[P.info_type]);
    category[r] = Number(row[P.category]);
    data[r] = String(row[P.data]);
    isPrimary[r] = Number(row[P.is_primary]);
    r++;
  });
  const { order, start } = groupByContact(owner.subarray(0, r), contacts);
  const pick = <A extends Int32Array | Uint8Array>(a: A): A => {
    const out = new (a.constructor as new (n: number) => A)(order.length);
    for (let k = 0; k < order.length; k++) out[k] = a[order[k]];
    return out;
  };
  return {
    start, id: pick(id), infoType: pick(infoType), category: pick(category), isPrimary: pick(isPrimary), owner: pick(owner),
    data: Array.from(order, (k) => data[k]),
  };
}

async function readTags(db: TableReader, contacts: number, indexOf: (id: number) => number): Promise<ContactColumns['tags']> {
  const total = await db.count('contact_tags');
  const owner = new Int32Array(total);
  const values = new Int32Array(total);
  const at = columnPositions('contact_tags');
  let r = 0;
  await eachRow(db, 'contact_tags', (row) => {
    owner[r] = indexOf(Number(row[at.contact_id]));
    values[r] = Number(row[at.tag_id]);
    r++;
  });
  const { order, start } = groupByContact(owner.subarray(0, r), contacts);
  return { start, tagId: Int32Array.from(order, (k) => values[k]) };
}

async function readFields(
  db: TableReader, contacts: number, indexOf: (id: number) => number, definitions: Map<number, CustomFieldDefinition>,
): Promise<ContactColumns['fields']> {
  const total = await db.count('custom_field_values');
  const owner = new Int32Array(total);
  const fieldId = new Int32Array(total);
  const value: string[] = new Array(total);
  const V = columnPositions('custom_field_values');
  let r = 0;
  await eachRow(db, 'custom_field_values', (row) => {
    const field = definitions.get(Number(row[V.field_id]));
    // a value of no defined field is never shown (the real server joins the definitions)
    owner[r] = field ? indexOf(Number(row[V.contact_id])) : -1;
    fieldId[r] = Number(row[V.field_id]);
    value[r] = String(row[V.value]);
    r++;
  });
  const { order, start } = groupByContact(owner.subarray(0, r), contacts);
  // within a contact: by the field's position, then its id
  const byPosition = (a: number, b: number) => {
    const fa = definitions.get(fieldId[a])!;
    const fb = definitions.get(fieldId[b])!;
    return fa.position - fb.position || fa.id - fb.id;
  };
  for (let k = 0; k < contacts; k++) if (start[k + 1] - start[k] > 1) order.subarray(start[k], start[k + 1]).sort(byPosition);
  return { start, fieldId: Int32Array.from(order, (k) => fieldId[k]), value: Array.from(order, (k) => value[k]) };
}

async function readAccess(db: TableReader, c: ContactColumns, indexOf: (id: number) => number): Promise<ContactColumns['access']> {
  const total = await db.count('contact_access');
  const owner = new Int32Array(total);
  const manager = new Int32Array(total);
  const A = columnPositions('contact_access');
  const usersById = new Map(c.users.map((u) => [u.id, u]));
  let r = 0;
  await eachRow(db, 'contact_access', (row) => {
    owner[r] = indexOf(Number(row[A.contact_id]));
    const userId = String(row[A.user_id]).toLowerCase();
    let key = c.managerKeys.get(userId);
    if (key === undefined) {
      key = c.managerKeys.size;
      c.managerKeys.set(userId, key);
      c.managerUsers.push(usersById.get(userId));
    }
    manager[r] = key;
    r++;
  });
  const { order, start } = groupByContact(owner.subarray(0, r), c.size);
  return { start, manager: Int32Array.from(order, (k) => manager[k]) };
}
