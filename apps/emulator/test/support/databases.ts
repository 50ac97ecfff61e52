import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createDatabase } from '@crm-contacts/throwaway-postgres';

export interface Backend { name: 'sqlite' | 'postgres'; databaseUrl: () => Promise<string | undefined> }

/**
 * SQLite in memory: the store for every test of what the emulator answers. Every answer comes from the
 * engine in memory, so a second run on PostgreSQL would test nothing more; what PostgreSQL changes (its
 * loading and read-back, the schema, the scenarios' table, replicas) has tests of its own.
 */
export const SQLITE: Backend = { name: 'sqlite', databaseUrl: async () => undefined };

/** PostgreSQL (a new database per call) when the throwaway cluster is up, else undefined. */
export function postgresBackend(): Backend | undefined {
  const admin = inject('pgAdminUrl');
  return admin ? { name: 'postgres', databaseUrl: () => createDatabase(admin, `emu_${randomBytes(6).toString('hex')}`) } : undefined;
}

/** SQLite and PostgreSQL (when up): for the tests where the store of record is what is tested. */
export function backends(): Backend[] {
  const pg = postgresBackend();
  return pg ? [SQLITE, pg] : [SQLITE];
}
