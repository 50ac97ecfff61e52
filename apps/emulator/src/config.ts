// The emulator's configuration: command-line flags win over environment variables, which win over
// the defaults. A bad value stops start-up with a message naming it.
import { parseArgs } from 'node:util';
import { assertTimeZone } from './render/apiDate.js';
import { DEFAULT_CONTACTS, DEFAULT_SEED } from './store/index.js';

/** Enough for every fragment of 100,000 contacts; beyond that the least recently used are written again. */
export const DEFAULT_FRAGMENT_CACHE_MB = 256;
/** What built scenario engines may hold together; beyond it the least recently used are dropped (and rebuilt when asked for). */
export const DEFAULT_SCENARIO_MEMORY_MB = 1024;
/** How long SIGTERM/SIGINT wait for in-flight requests before the process exits anyway. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;
/** The largest scenario document the control API accepts (about 20,000 contacts of generated size). */
export const DEFAULT_SCENARIO_MAX_MB = 16;
// A person runs the command and reads its start-up and warnings; embedded, the server logs only `warn` (http/server.ts).
const COMMAND_LOG_LEVEL = 'info';

export interface EmulatorConfig {
  port: number;
  host: string;
  databaseUrl?: string;
  /** SQLite file; in memory when absent. */
  file?: string;
  seed: number;
  contacts: number;
  fixtures?: string;
  timeZone: string;
  adminToken?: string;
  latencyMs: number;
  errorRate: number;
  logLevel: string;
  /** Megabytes of written contact fragments kept (answers are assembled from them). */
  fragmentCacheMb: number;
  /** Where generated databases are kept between runs (CRM_SNAPSHOT_DIR); null: never (CRM_SNAPSHOT_DIR=off). */
  snapshotDir?: string | null;
  /** The largest scenario document the control API accepts, in megabytes. */
  scenarioMaxMb: number;
  /** Megabytes all built scenarios may hold together (engines and their fragment caches). */
  scenarioMemoryMb: number;
  /** How long a shutdown signal waits for in-flight requests before exiting anyway, in milliseconds. */
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {}

const FLAGS = {
  port: { type: 'string', env: 'PORT' },
  host: { type: 'string', env: 'HOST' },
  'database-url': { type: 'string', env: 'DATABASE_URL' },
  seed: { type: 'string', env: 'CRM_SEED' },
  contacts: { type: 'string', env: 'CRM_CONTACTS' },
  fixtures: { type: 'string', env: 'CRM_FIXTURES' },
  timezone: { type: 'string', env: 'CRM_TIMEZONE' },
  'admin-token': { type: 'string', env: 'CRM_ADMIN_TOKEN' },
  'latency-ms': { type: 'string', env: 'CRM_LATENCY_MS' },
  'error-rate': { type: 'string', env: 'CRM_ERROR_RATE' },
  'log-level': { type: 'string', env: 'LOG_LEVEL' },
  'fragment-cache-mb': { type: 'string', env: 'CRM_FRAGMENT_CACHE_MB' },
  'snapshot-dir': { type: 'string', env: 'CRM_SNAPSHOT_DIR' },
  'scenario-max-mb': { type: 'string', env: 'CRM_SCENARIO_MAX_MB' },
  'scenario-memory-mb': { type: 'string', env: 'CRM_SCENARIO_MEMORY_MB' },
  'shutdown-timeout-ms': { type: 'string', env: 'CRM_SHUTDOWN_TIMEOUT_MS' },
} as const;

export const USAGE = `Usage: crm-emulator [--flag value ...]   (each flag also as an environment variable)
${Object.entries(FLAGS).map(([flag, { env }]) => `  --${flag.padEnd(14)} ${env}`).join('\n')}
  DATABASE_URL: postgres://... for PostgreSQL, sqlite:<file> for a SQLite file; SQLite in memory when unset.`;

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got '${text}'`);
  return value;
}

export function readConfig(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): EmulatorConfig {
  let flags: Record<string, string | undefined>;
  try {
    flags = parseArgs({ args: argv, options: Object.fromEntries(Object.entries(FLAGS).map(([k]) => [k, { type: 'string' }])), strict: true }).values as Record<string, string | undefined>;
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}\n${USAGE}`);
  }
  const get = (flag: keyof typeof FLAGS) => flags[flag] ?? env[FLAGS[flag].env];

  const rawUrl = get('database-url');
  let databaseUrl: string | undefined;
  let file: string | undefined;
  if (rawUrl?.startsWith('postgres://') || rawUrl?.startsWith('postgresql://')) databaseUrl = rawUrl;
  else if (rawUrl?.startsWith('sqlite:')) file = rawUrl.slice('sqlite:'.length) || undefined;
  else if (rawUrl) throw new ConfigError(`DATABASE_URL must start with postgres://, postgresql:// or sqlite:, got '${rawUrl}'`);

  const timeZone = get('timezone') || 'UTC';
  try {
    assertTimeZone(timeZone);
  } catch {
    throw new ConfigError(`CRM_TIMEZONE must be UTC, an offset like +03:00, or an IANA zone like Europe/Riga, got '${timeZone}'`);
  }
  const errorRateText = get('error-rate');
  const errorRate = errorRateText ? Number(errorRateText) : 0;
  if (!(errorRate >= 0 && errorRate <= 1)) throw new ConfigError(`CRM_ERROR_RATE must be a number from 0 to 1, got '${errorRateText}'`);

  return {
    port: integer('PORT', get('port'), 8080, 0, 65535),
    host: get('host') || '127.0.0.1',
    databaseUrl,
    file,
    seed: integer('CRM_SEED', get('seed'), DEFAULT_SEED, 0, 2 ** 32 - 1),
    contacts: integer('CRM_CONTACTS', get('contacts'), DEFAULT_CONTACTS, 0, 5_000_000),
    fixtures: get('fixtures') || undefined,
    timeZone,
    adminToken: get('admin-token') || undefined,
    latencyMs: integer('CRM_LATENCY_MS', get('latency-ms'), 0, 0, 60_000),
    errorRate,
    logLevel: get('log-level') || COMMAND_LOG_LEVEL,
    fragmentCacheMb: integer('CRM_FRAGMENT_CACHE_MB', get('fragment-cache-mb'), DEFAULT_FRAGMENT_CACHE_MB, 1, 16384),
    snapshotDir: get('snapshot-dir') === 'off' ? null : get('snapshot-dir') || undefined,
    scenarioMaxMb: integer('CRM_SCENARIO_MAX_MB', get('scenario-max-mb'), DEFAULT_SCENARIO_MAX_MB, 1, 1024),
    scenarioMemoryMb: integer('CRM_SCENARIO_MEMORY_MB', get('scenario-memory-mb'), DEFAULT_SCENARIO_MEMORY_MB, 1, 16384),
    shutdownTimeoutMs: integer('CRM_SHUTDOWN_TIMEOUT_MS', get('shutdown-timeout-ms'), DEFAULT_SHUTDOWN_TIMEOUT_MS, 0, 600_000),
  };
}
