/**
 * A throwaway PostgreSQL cluster on a free port, for tests and benchmarks: initdb into a temporary
 * folder (as user postgres when running as root, since initdb refuses root), start, and later stop and
 * remove it. Needs PostgreSQL's binaries (Debian's package `postgresql`).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayPostgres {
  /** postgres:// URL of the maintenance database `postgres`. */
  adminUrl: string;
  /** A new empty database on the cluster, as a URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server, keeping its data (a database restart or outage, for tests of what survives one). */
  halt(): void;
  /** Starts it again after halt(), on the same port with the same data. */
  resume(): void;
  stop(): void;
}

// Debian's packages put each major version under /usr/lib/postgresql/<version>/bin: newest first.
function binDirs(): string[] {
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)).map((v) => `/usr/lib/postgresql/${v}/bin`)
    : [];
  return [...debian, '/usr/local/bin', '/usr/bin'];
}

export function findPostgresBin(name: string): string | undefined {
  return binDirs().map((d) => join(d, name)).find((p) => existsSync(p));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

function asPostgres(args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, ...rest] = asRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
  execFileSync(cmd, rest, { stdio: 'pipe' });
}

/** A new empty database on the cluster of `adminUrl` (its maintenance database), as a URL. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

/** Starts a cluster; throws naming the missing binary when PostgreSQL is not installed. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const initdb = findPostgresBin('initdb');
  const pgCtl = findPostgresBin('pg_ctl');
  if (!initdb || !pgCtl) throw new Error('PostgreSQL binaries (initdb, pg_ctl) not found: install Debian\'s package postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'crm-emulator-pg-'));
  chmodSync(dir, 0o777);
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', dir]);
  const data = join(dir, 'data');
  const port = await freePort();
  asPostgres([initdb, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '-D', data]);
  const start = () => asPostgres([pgCtl, '-D', data, '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', join(dir, 'log'), '-w', 'start']);
  start();
  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  return {
    adminUrl,
    createDatabase: (name) => createDatabase(adminUrl, name),
    halt: () => asPostgres([pgCtl, '-D', data, '-m', 'fast', '-w', 'stop']),
    resume: start,
    stop() {
      try {
        asPostgres([pgCtl, '-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
