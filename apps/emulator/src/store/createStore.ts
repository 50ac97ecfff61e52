import type { Stage, User } from '../data/model.js';
import { generateSource } from '../data/generate.js';
import { openDatabase, openSqliteSnapshot, type EmulatorDatabase, type LoadSummary } from '../db/open.js';
import { DEFAULT_SNAPSHOT_DIR, SnapshotStore } from '../db/snapshot.js';
import type { Dialect } from '../db/ddl.js';
import { loadRecords, type Catalogue } from './records.js';
import { filterCondition, filterTotalKey, resolveFilter, sortColumns } from './filterContacts.js';
import { byContactInfoCondition, byContactInfoTotalKey } from './byContactInfo.js';
import { TotalCache } from './totalCache.js';
import { visibilityClass } from './visibility.js';
import type { Store } from './types.js';

export interface CreateStoreOptions {
  databaseUrl?: string;
  file?: string;
  seed?: number;
  /** Generated contacts; ignored when fixtures replace the generated data. */
  contacts?: number;
  /** Path of a fixtures JSON file (FIXTURES.md). */
  fixtures?: string;
  /** Where generated in-memory databases are kept between runs; null turns snapshots off. */
  snapshotDir?: string | null;
}

/** What the startup banner shows. */
export interface StoreInfo {
  dialect: Dialect;
  seed: number;
  contacts: number;
  rows: number;
  loadMillis: number;
  /** The data came from a snapshot of an earlier run with the same seed and size. */
  fromSnapshot: boolean;
  fixtures?: { file: string; mode: 'replace' | 'merge' };
  users: Pick<User, 'id' | 'userName' | 'password' | 'token' | 'displayName' | 'isAdmin' | 'crmAccess'>[];
}

export const DEFAULT_SEED = 20240601;
export const DEFAULT_CONTACTS = 10_000;

export async function createStore(opts: CreateStoreOptions = {}): Promise<Store & { info: StoreInfo }> {
  const seed = opts.seed ?? DEFAULT_SEED;
  const contacts = opts.contacts ?? DEFAULT_CONTACTS;
  const generated = generateSource({ seed, contacts });
  // fixtures are read and checked in full before the database is touched: a bad file loads nothing
  // the fixtures reader (and its JSON Schema validator) loads only when a file is given: faster start-up
  const fixtures = opts.fixtures ? await import('../data/fixtures.js') : undefined;
  const doc = opts.fixtures ? fixtures!.readFixturesFile(opts.fixtures) : undefined;
  const source = doc ? fixtures!.fixturesSource(opts.fixtures!, doc, doc.mode === 'merge' ? { source: generated, contacts } : undefined) : generated;

  // only generated data in memory is snapshotted: fixtures change without the code changing
  const snapshots = !doc && !opts.databaseUrl && !opts.file && opts.snapshotDir !== null
    ? new SnapshotStore(opts.snapshotDir ?? DEFAULT_SNAPSHOT_DIR) : undefined;
  const snapshot = snapshots?.read({ seed, contacts });
  const database = snapshot ? openSqliteSnapshot(snapshot.database) : await openDatabase({ databaseUrl: opts.databaseUrl, file: opts.file });
  let summary: LoadSummary & { fromSnapshot?: boolean };
  try {
    summary = snapshot ? { ...snapshot.summary, millis: 0, fromSnapshot: true } : await database.load(source);
    if (snapshots && !snapshot) {
      try {
        snapshots.write({ seed, contacts }, database.serialize!(), summary);
      } catch {
        // a read-only or full disk only costs the next start its speed
      }
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const users = source.header.users;
  const info: StoreInfo = {
    dialect: database.dialect, seed, contacts: summary.contacts, rows: summary.rows, loadMillis: Math.round(summary.millis),
    fromSnapshot: summary.fromSnapshot === true,
    fixtures: doc && opts.fixtures ? { file: opts.fixtures, mode: doc.mode } : undefined,
    users: users.map(({ id, userName, password, token, displayName, isAdmin, crmAccess }) => ({ id, userName, password, token, displayName, isAdmin, crmAccess: crmAccess !== false })),
  };
  return { ...storeOver(database, users, source.header.stages), info };
}

/** The Store over a loaded database. */
export function storeOver(database: EmulatorDatabase, users: User[], stages: Stage[]): Store {
  const { db } = database;
  const catalogue: Catalogue = { usersById: new Map(users.map((u) => [u.id, u])), stagesById: new Map(stages.map((s) => [s.id, s])) };
  const byToken = new Map(users.map((u) => [u.token, u]));
  const byUserName = new Map(users.map((u) => [u.userName.toLowerCase(), u]));
  const totals = new TotalCache();

  return {
    async filterContacts(viewer, q) {
      const resolved = await resolveFilter(db, q);
      if (!resolved) return { items: [], total: 0 };
      const { columns, direction } = sortColumns(q.sortBy, q.sortOrder);
      let page = db.selectFrom('contacts as c').selectAll('c').where((eb) => filterCondition(eb, viewer, resolved));
      for (const column of columns) page = page.orderBy(column, direction);
      const rows = await page.limit(q.count).offset(q.startIndex).execute();
      const total = await totals.get(`${visibilityClass(viewer)}|${filterTotalKey(resolved)}`, async () => {
        const r = await db.selectFrom('contacts as c').select((eb) => eb.fn.countAll<number>().as('n'))
          .where((eb) => filterCondition(eb, viewer, resolved)).executeTakeFirstOrThrow();
        return Number(r.n);
      });
      return { items: await loadRecords(db, catalogue, rows, viewer), total };
    },

    async byContactInfo(viewer, q) {
      const rows = await db.selectFrom('contacts as c').selectAll('c').where((eb) => byContactInfoCondition(eb, viewer, q))
        .orderBy('c.id', 'asc').limit(q.count).offset(q.startIndex).execute();
      const total = await totals.get(`${visibilityClass(viewer)}|${byContactInfoTotalKey(q)}`, async () => {
        const r = await db.selectFrom('contacts as c').select((eb) => eb.fn.countAll<number>().as('n'))
          .where((eb) => byContactInfoCondition(eb, viewer, q)).executeTakeFirstOrThrow();
        return Number(r.n);
      });
      return { items: await loadRecords(db, catalogue, rows, viewer), total };
    },

    async userByToken(token) {
      return byToken.get(token);
    },

    async userByCredentials(userName, password) {
      const user = byUserName.get(userName.toLowerCase());
      return user && user.password === password ? user : undefined;
    },

    async close() {
      await database.close();
    },
  };
}


