import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { createDatabase } from '@crm-contacts/throwaway-postgres';

export interface Backend { name: 'sqlite' | 'postgres'; databaseUrl: () => Promise<string | undefined> }

/** The backends every store test runs against: SQLite always, PostgreSQL (a new database per call) when the cluster is up. */
export function backends(): Backend[] {
  const list: Backend[] = [{ name: 'sqlite', databaseUrl: async () => undefined }];
  const admin = inject('pgAdminUrl');
  if (admin) list.push({ name: 'postgres', databaseUrl: () => createDatabase(admin, `emu_${randomBytes(6).toString('hex')}`) });
  return list;
}
