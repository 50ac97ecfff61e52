// Opens the store of record the settings name: PostgreSQL for a postgres:// URL, else SQLite.
import type { EmulatorDatabase } from './emulatorDatabase.js';
import { openSqlite } from './sqliteDatabase.js';

export type { EmulatorDatabase, LoadSummary } from './emulatorDatabase.js';
export { openSqliteSnapshot } from './sqliteDatabase.js';

export interface OpenOptions {
  /** postgres:// or postgresql:// selects PostgreSQL; otherwise SQLite. */
  databaseUrl?: string;
  /** SQLite file; in memory when absent. */
  file?: string;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

export async function openDatabase(opts: OpenOptions = {}): Promise<EmulatorDatabase> {
  if (!isPostgresUrl(opts.databaseUrl)) return openSqlite(opts.file);
  // loaded only when asked for: most runs use SQLite, and pg adds to every start-up
  const [{ default: pgModule }, { openPostgres }] = await Promise.all([import('pg'), import('./postgresDatabase.js')]);
  return openPostgres(pgModule, opts.databaseUrl);
}
