import { inject } from 'vitest';
import pg from 'pg';
import { randomBytes } from 'node:crypto';

export interface Backend { name: 'sqlite' | 'postgres'; databaseUrl: () => Promise<string | undefined> }

/** A new, empty PostgreSQL database per call, so test files never share tables. */
async function freshPostgresDatabase(): Promise<string> {
  const admin = inject('pgAdminUrl');
  const name = `emu_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return admin.replace(/\/postgres$/, `/${name}`);
}

/** The backends every store test runs against: SQLite always, PostgreSQL when the cluster is up. */
export function backends(): Backend[] {
  const list: Backend[] = [{ name: 'sqlite', databaseUrl: async () => undefined }];
  if (inject('pgAdminUrl')) list.push({ name: 'postgres', databaseUrl: freshPostgresDatabase });
  return list;
}
