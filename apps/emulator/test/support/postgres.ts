/**
 * vitest globalSetup: a throwaway PostgreSQL cluster for the store suite, removed at the end. Without
 * PostgreSQL binaries the PG run is skipped, except under CI=true where that is a failure.
 */
import type { TestProject } from 'vitest/node';
import { findPostgresBin, startThrowawayPostgres } from '@crm-contacts/throwaway-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres:// URL of the maintenance database, or '' when PostgreSQL is unavailable. */
    pgAdminUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!findPostgresBin('initdb') || !findPostgresBin('pg_ctl')) {
    if (process.env.CI === 'true') throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found, and CI=true: the PostgreSQL run cannot be skipped');
    console.warn('PostgreSQL binaries not found: skipping the PostgreSQL run of the store suite');
    project.provide('pgAdminUrl', '');
    return () => undefined;
  }
  const cluster = await startThrowawayPostgres();
  project.provide('pgAdminUrl', cluster.adminUrl);
  return () => cluster.stop();
}
