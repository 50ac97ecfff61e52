// The command line of crm-contract-test, read with node:util parseArgs and checked: a wrong option is a
// one-line error naming it (exit 2), never a stack trace.
import { parseArgs } from 'node:util';
import type { Credentials } from './target/target.js';

export const DEFAULT_MAX_REQUESTS = 500;
export const DEFAULT_RATE = 20;

export const USAGE = `Usage: crm-contract-test --base-url URL (--token T | --user U --password P)
                         [--report junit|json --out FILE] [--max-requests N] [--rate R] [--seed S]

Checks a server of the ONLYOFFICE CRM contacts API against the contract: Dredd's transactions and
generated queries on every GET operation, every answer validated (JSON and XML). Read-only: GET requests
and, with --user/--password, one sign-in. Exits 1 on any contract violation, 2 on a usage error.

  --base-url URL      the portal or server (http://127.0.0.1:8080)
  --token T           the Authorization header value (a portal token); or
  --user U --password P   sign in once with these
  --report junit|json a report file beside the printed report (--out FILE, default crm-contract-test.xml/.json)
  --max-requests N    at most N requests in all (default ${DEFAULT_MAX_REQUESTS})
  --rate R            at most R requests per second (default ${DEFAULT_RATE}; 0: no limit)
  --seed S            fast-check's seed, to replay a run (default: a random one, printed)`;

export type ReportFormat = 'junit' | 'json';

export interface CliOptions {
  baseUrl: string;
  credentials: Credentials;
  report?: { format: ReportFormat; out: string };
  maxRequests: number;
  ratePerSecond: number;
  seed: number;
}

export class UsageError extends Error {}

function wholeNumber(name: string, text: string | undefined, fallback: number, least: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value < least) throw new UsageError(`--${name} must be a whole number of at least ${least}, not '${text}'`);
  return value;
}

export function readCliOptions(argv: string[], randomSeed = () => Math.floor(Math.random() * 2 ** 31)): CliOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        'base-url': { type: 'string' }, token: { type: 'string' }, user: { type: 'string' }, password: { type: 'string' },
        report: { type: 'string' }, out: { type: 'string' }, 'max-requests': { type: 'string' }, rate: { type: 'string' },
        seed: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const baseUrlText = values['base-url'];
  if (!baseUrlText) throw new UsageError('--base-url is required');
  let baseUrl: URL;
  try {
    baseUrl = new URL(baseUrlText);
  } catch {
    throw new UsageError(`--base-url must be an http(s) URL, not '${baseUrlText}'`);
  }
  if (!['http:', 'https:'].includes(baseUrl.protocol)) throw new UsageError(`--base-url must be an http(s) URL, not '${baseUrlText}'`);
  const { token, user, password } = values;
  if (token && (user || password)) throw new UsageError('give --token or --user and --password, not both');
  if (!token && !(user && password)) throw new UsageError(user || password ? '--user needs --password, and --password needs --user' : 'credentials are required: --token, or --user and --password');
  if (values.report !== undefined && values.report !== 'junit' && values.report !== 'json') throw new UsageError(`--report must be junit or json, not '${values.report}'`);
  if (values.out !== undefined && values.report === undefined) throw new UsageError('--out needs --report junit|json');
  const format = values.report as ReportFormat | undefined;
  return {
    baseUrl: baseUrl.href.replace(/\/+$/, ''),
    credentials: token ? { token } : { userName: user, password },
    report: format ? { format, out: values.out ?? `crm-contract-test.${format === 'junit' ? 'xml' : 'json'}` } : undefined,
    maxRequests: wholeNumber('max-requests', values['max-requests'], DEFAULT_MAX_REQUESTS, 1),
    ratePerSecond: wholeNumber('rate', values.rate, DEFAULT_RATE, 0),
    seed: wholeNumber('seed', values.seed, randomSeed(), 0),
  };
}
