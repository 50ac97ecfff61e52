// Reads the tables of the store of record (or of a scenario's rows in memory) back into the engine's
// columns: the contacts table column by column into typed arrays, the lists per contact into CSR form.
import type { CustomFieldDefinition, Stage, User } from '../data/model.js';
import { contactIndexOf, textList, type ContactColumns } from '../engine/contactColumns.js';
import { groupByContact } from '../engine/groupByContact.js';
import type { TableReader } from './datasetTables.js';
import { columnPositions, type TableName } from './tables.js';

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

// A list column: an array for every row of the table, and what each row puts in it (given its contact index).
interface ListColumn<A extends Int32Array | Uint8Array | string[]> {
  make(rows: number): A;
  from(row: Row, owner: number): A[number];
}
const int32 = (from: ListColumn<Int32Array>['from']): ListColumn<Int32Array> => ({ make: (n) => new Int32Array(n), from });
const uint8 = (from: ListColumn<Uint8Array>['from']): ListColumn<Uint8Array> => ({ make: (n) => new Uint8Array(n), from });
const text = (from: ListColumn<string[]>['from']): ListColumn<string[]> => ({ make: (n) => new Array<string>(n), from });
type Columns<L> = { [K in keyof L]: L[K] extends Int32Array | Uint8Array | string[] ? ListColumn<L[K]> : never };

/**
 * A table of rows per contact in CSR form: contact k's rows are `start[k]..start[k+1]` of every column, in
 * the order read (or as `within` orders them, given the rows as read). `ownerOf` gives a row's contact
 * index, -1 to drop the row.
 */
async function readList<L extends Record<string, Int32Array | Uint8Array | string[]>>(
  db: TableReader, table: TableName, contacts: number, ownerOf: (row: Row) => number, columns: Columns<L>,
  within?: (read: L) => (a: number, b: number) => number,
): Promise<L & { start: Int32Array }> {
  const total = await db.count(table);
  const owner = new Int32Array(total);
  const names = Object.keys(columns) as (keyof L & string)[];
  const read = {} as L;
  for (const name of names) read[name] = columns[name].make(total);
  // arrays, not keyed lookups, in the loop over every row
  const targets: (Int32Array | Uint8Array | string[])[] = names.map((name) => read[name]);
  const froms: ((row: Row, owner: number) => number | string)[] = names.map((name) => columns[name].from);
  let r = 0;
  await eachRow(db, table, (row) => {
    const k = ownerOf(row);
    owner[r] = k;
    for (let c = 0; c < targets.length; c++) targets[c][r] = froms[c](row, k);
    r++;
  });
  const { order, start } = groupByContact(owner.subarray(0, r), contacts);
  if (within) {
    const compare = within(read);
    for (let k = 0; k < contacts; k++) if (start[k + 1] - start[k] > 1) order.subarray(start[k], start[k + 1]).sort(compare);
  }
  const picked = Object.fromEntries(names.map((name) => {
    const values = read[name];
    if (Array.isArray(values)) return [name, Array.from(order, (k) => values[k])];
    const out = new (values.constructor as new (n: number) => Int32Array | Uint8Array)(order.length);
    for (let k = 0; k < order.length; k++) out[k] = values[order[k]];
    return [name, out];
  }));
  return { ...(picked as L), start };
}

async function readInfo(db: TableReader, contacts: number, indexOf: (id: number) => number): Promise<ContactColumns['info']> {
  const P = columnPositions('contact_info');
  const read = await readList(db, 'contact_info', contacts, (row) => indexOf(Number(row[P.contact_id])), {
    owner: int32((_, owner) => owner),
    id: int32((row) => Number(row[P.id])),
    infoType: uint8((row) => Number(row[P.info_type])),
    category: int32((row) => Number(row[P.category])),
    data: text((row) => String(row[P.data])),
    isPrimary: uint8((row) => Number(row[P.is_primary])),
  });
  return { ...read, data: textList(read.data) };
}

function readTags(db: TableReader, contacts: number, indexOf: (id: number) => number): Promise<ContactColumns['tags']> {
  const T = columnPositions('contact_tags');
  return readList(db, 'contact_tags', contacts, (row) => indexOf(Number(row[T.contact_id])), { tagId: int32((row) => Number(row[T.tag_id])) });
}

function readFields(
  db: TableReader, contacts: number, indexOf: (id: number) => number, definitions: Map<number, CustomFieldDefinition>,
): Promise<ContactColumns['fields']> {
  const V = columnPositions('custom_field_values');
  // a value of no defined field is never shown (the real server joins the definitions)
  const ownerOf = (row: Row) => (definitions.has(Number(row[V.field_id])) ? indexOf(Number(row[V.contact_id])) : -1);
  return readList(db, 'custom_field_values', contacts, ownerOf, {
    fieldId: int32((row) => Number(row[V.field_id])),
    value: text((row) => String(row[V.value])),
  }, ({ fieldId }) => (a, b) => {
    // within a contact: by the field's position, then its id
    const fa = definitions.get(fieldId[a])!;
    const fb = definitions.get(fieldId[b])!;
    return fa.position - fb.position || fa.id - fb.id;
  });
}

function readAccess(db: TableReader, c: ContactColumns, indexOf: (id: number) => number): Promise<ContactColumns['access']> {
  const A = columnPositions('contact_access');
  const usersById = new Map(c.users.map((u) => [u.id, u]));
  // every user id an access list names gets a manager key, in the order first met
  const managerKey = (row: Row): number => {
    const userId = String(row[A.user_id]).toLowerCase();
    let key = c.managerKeys.get(userId);
    if (key === undefined) {
      key = c.managerKeys.size;
      c.managerKeys.set(userId, key);
      c.managerUsers.push(usersById.get(userId));
    }
    return key;
  };
  return readList(db, 'contact_access', c.size, (row) => indexOf(Number(row[A.contact_id])), { manager: int32(managerKey) });
}
