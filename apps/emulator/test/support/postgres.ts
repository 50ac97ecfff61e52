/**
 * vitest globalSetup: a throwaway PostgreSQL cluster owned by user postgres (initdb refuses root),
 * on a free port, removed at the end. Without PostgreSQL binaries the PG run is skipped, except under
 * CI=true where that is a failure.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres:// URL of the maintenance database, or '' when PostgreSQL is unavailable. */
    pgAdminUrl: string;
  }
}

// Debian's packages put each major version under /usr/lib/postgresql/<version>/bin: newest first.
const DEBIAN_DIRS = existsSync('/usr/lib/postgresql')
  ? readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`)
  : [];
const BIN_DIRS = [...DEBIAN_DIRS, '/usr/local/bin', '/usr/bin'];

function findBin(name: string): string | undefined {
  return BIN_DIRS.map((d) => join(d, name)).find((p) => existsSync(p));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function asPostgres(args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, ...rest] = asRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
  execFileSync(cmd, rest, { stdio: 'pipe' });
}

export default async function setup(project: TestProject): Promise<() => void> {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (!initdb || !pgCtl) {
    if (process.env.CI === 'true') throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found, and CI=true: the PostgreSQL run cannot be skipped');
    console.warn('PostgreSQL binaries not found: skipping the PostgreSQL run of the store suite');
    project.provide('pgAdminUrl', '');
    return () => undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'crm-emulator-pg-'));
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgres([initdb, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '-D', data]);
  asPostgres([pgCtl, '-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start']);
  project.provide('pgAdminUrl', `postgresql://postgres@127.0.0.1:${port}/postgres`);
  return () => {
    try {
      asPostgres([pgCtl, '-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
