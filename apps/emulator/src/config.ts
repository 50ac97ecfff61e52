// The emulator's settings and their defaults, and the configuration made from them: a bad value stops
// start-up with a message naming it. Flags win over environment variables (commandLine.ts).
import { parseCorsOrigins, type CorsOrigins } from './http/cors.js';
import { assertTimeZone } from '@crm-contacts/contract';
import { DEFAULT_CONTACTS, DEFAULT_SEED } from './load/loadData.js';
import { DEFAULT_FRAGMENT_CACHE_MB } from './render/contactAnswers.js';
import { DEFAULT_JOURNAL_SIZE } from './journal/requestJournal.js';
import { DEFAULT_FAULT_RULES_MAX } from './faults/faultRules.js';
import { DEFAULT_SCENARIO_MAX_MB } from './http/controlApi.js';

/** What built scenario engines may hold together; beyond it the least recently used are dropped (and rebuilt when asked for). */
export const DEFAULT_SCENARIO_MEMORY_MB = 1024;
/** How long SIGTERM/SIGINT wait for in-flight requests before the process exits anyway. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 10_000;
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
  /** Megabytes of written contact fragments kept (answers are assembled from them); sized to the data when absent. */
  fragmentCacheMb?: number;
  /** Where generated databases are kept between runs (CRM_SNAPSHOT_DIR); null: never (CRM_SNAPSHOT_DIR=off). */
  snapshotDir?: string | null;
  /** The largest scenario document the control API accepts, in megabytes. */
  scenarioMaxMb: number;
  /** CORS: `*` (any origin), a list of origins, or `off`. */
  corsOrigins: CorsOrigins;
  /** The request journal's capacity; 0: off. */
  journalSize: number;
  /** One JSON line per CRM request through the logger. */
  logRequests: boolean;
  /** The most fault rules the control API keeps. */
  faultRulesMax: number;
  /** Megabytes all built scenarios may hold together (engines and their fragment caches). */
  scenarioMemoryMb: number;
  /** How long a shutdown signal waits for in-flight requests before exiting anyway, in milliseconds. */
  shutdownTimeoutMs: number;
}

export class ConfigError extends Error {}

/**
 * Every setting of `crm-emulator`: its flag, its environment variable, what it does, and its default (help
 * prints them from here; `unset` says what happens without one). commandLine.ts makes the options.
 */
export const SETTINGS = {
  port: { env: 'PORT', about: 'the port to listen on (0: any free one)', fallback: '8080' },
  host: { env: 'HOST', about: 'the interface to listen on', fallback: '127.0.0.1' },
  'database-url': { env: 'DATABASE_URL', about: 'postgres://... for PostgreSQL, sqlite:<file> for a SQLite file', unset: 'SQLite in memory' },
  seed: { env: 'CRM_SEED', about: 'the generator seed: the same seed and size give the same data', fallback: String(DEFAULT_SEED) },
  contacts: { env: 'CRM_CONTACTS', about: 'how many contacts to generate', fallback: String(DEFAULT_CONTACTS) },
  fixtures: { env: 'CRM_FIXTURES', about: 'a fixtures file (FIXTURES.md), instead of or on top of generated data', unset: 'none' },
  timezone: { env: 'CRM_TIMEZONE', about: "the portal's time zone: UTC, an offset like +03:00, or an IANA name", fallback: 'UTC' },
  'admin-token': { env: 'CRM_ADMIN_TOKEN', about: "a fixed token for the administrator", unset: 'a token derived from the seed' },
  'latency-ms': { env: 'CRM_LATENCY_MS', about: 'delay every API answer by this many milliseconds', fallback: '0' },
  'error-rate': { env: 'CRM_ERROR_RATE', about: 'answer this fraction (0 to 1) of API calls with a 500 envelope', fallback: '0' },
  'log-level': { env: 'LOG_LEVEL', about: "Fastify's log level", fallback: COMMAND_LOG_LEVEL },
  'fragment-cache-mb': { env: 'CRM_FRAGMENT_CACHE_MB', about: 'megabytes of contacts kept written as JSON/XML fragments', unset: `sized to the data: ${DEFAULT_FRAGMENT_CACHE_MB} up to 100,000 contacts, 32 from 800,000` },
  'snapshot-dir': { env: 'CRM_SNAPSHOT_DIR', about: "where generated databases are kept between runs ('off': never)", unset: 'node_modules/.cache/crm-emulator' },
  'scenario-max-mb': { env: 'CRM_SCENARIO_MAX_MB', about: 'the largest scenario document the control API accepts, in megabytes', fallback: String(DEFAULT_SCENARIO_MAX_MB) },
  'cors-origins': { env: 'CRM_CORS_ORIGINS', about: "origins allowed to call from a browser: '*', a comma-separated list, or 'off'", fallback: '*' },
  'journal-size': { env: 'CRM_JOURNAL_SIZE', about: 'requests the journal keeps (0: no journal)', fallback: String(DEFAULT_JOURNAL_SIZE) },
  'log-requests': { env: 'CRM_LOG_REQUESTS', about: 'one JSON line per API request through the log (true, false, 1 or 0)', fallback: 'false', switch: true },
  'fault-rules-max': { env: 'CRM_FAULT_RULES_MAX', about: 'the most fault rules the control API keeps', fallback: String(DEFAULT_FAULT_RULES_MAX) },
  'scenario-memory-mb': { env: 'CRM_SCENARIO_MEMORY_MB', about: 'megabytes all built scenarios may hold together; beyond it the least recently used are rebuilt when next asked for', fallback: String(DEFAULT_SCENARIO_MEMORY_MB) },
  'shutdown-timeout-ms': { env: 'CRM_SHUTDOWN_TIMEOUT_MS', about: 'how long SIGTERM/SIGINT wait for in-flight requests before exiting anyway (a second signal: at once)', fallback: String(DEFAULT_SHUTDOWN_TIMEOUT_MS) },
} as const satisfies Record<string, { env: string; about: string; fallback?: string; unset?: string; switch?: boolean }>;
export type Setting = keyof typeof SETTINGS;

/** How a refusal names a setting: its flag and its variable, since the value came from one of them. */
const named = (name: Setting) => `--${name} (${SETTINGS[name].env})`;

function integer(name: Setting, text: string | undefined, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${named(name)} must be a whole number from ${min} to ${max}, got '${text}'`);
  return value;
}

/** The configuration from each setting's text (flag or variable; commandLine.ts decides), or the setting's default. */
export function configFrom(setting: (name: Setting) => string | undefined): EmulatorConfig {
  // an empty value counts as unset, as `PORT= pnpm start` always has
  const get = (name: Setting) => setting(name) || (SETTINGS[name] as { fallback?: string }).fallback;

  const rawUrl = get('database-url');
  let databaseUrl: string | undefined;
  let file: string | undefined;
  if (rawUrl?.startsWith('postgres://') || rawUrl?.startsWith('postgresql://')) databaseUrl = rawUrl;
  else if (rawUrl?.startsWith('sqlite:')) file = rawUrl.slice('sqlite:'.length) || undefined;
  else if (rawUrl) throw new ConfigError(`${named('database-url')} must start with postgres://, postgresql:// or sqlite:, got '${rawUrl}'`);

  const timeZone = get('timezone')!;
  try {
    assertTimeZone(timeZone);
  } catch {
    throw new ConfigError(`${named('timezone')} must be UTC, an offset like +03:00, or an IANA zone like Europe/Riga, got '${timeZone}'`);
  }
  const logRequests = get('log-requests')!;
  if (!['true', 'false', '1', '0'].includes(logRequests)) throw new ConfigError(`${named('log-requests')} must be true, false, 1 or 0, got '${logRequests}'`);
  const errorRateText = get('error-rate');
  const errorRate = Number(errorRateText);
  if (!(errorRate >= 0 && errorRate <= 1)) throw new ConfigError(`${named('error-rate')} must be a number from 0 to 1, got '${errorRateText}'`);

  return {
    port: integer('port', get('port'), 0, 65535),
    host: get('host')!,
    databaseUrl,
    file,
    seed: integer('seed', get('seed'), 0, 2 ** 32 - 1),
    contacts: integer('contacts', get('contacts'), 0, 5_000_000),
    fixtures: get('fixtures'),
    timeZone,
    adminToken: get('admin-token'),
    latencyMs: integer('latency-ms', get('latency-ms'), 0, 60_000),
    errorRate,
    logLevel: get('log-level')!,
    fragmentCacheMb: get('fragment-cache-mb') === undefined ? undefined : integer('fragment-cache-mb', get('fragment-cache-mb'), 1, 16384),
    snapshotDir: get('snapshot-dir') === 'off' ? null : get('snapshot-dir'),
    scenarioMaxMb: integer('scenario-max-mb', get('scenario-max-mb'), 1, 1024),
    corsOrigins: parseCorsOrigins(get('cors-origins')),
    journalSize: integer('journal-size', get('journal-size'), 0, 100_000),
    logRequests: logRequests === 'true' || logRequests === '1',
    faultRulesMax: integer('fault-rules-max', get('fault-rules-max'), 0, 10_000),
    scenarioMemoryMb: integer('scenario-memory-mb', get('scenario-memory-mb'), 1, 16384),
    shutdownTimeoutMs: integer('shutdown-timeout-ms', get('shutdown-timeout-ms'), 0, 600_000),
  };
}
