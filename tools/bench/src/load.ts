// Runs autocannon in its own process, pinned to the other core, and returns its JSON summary.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pinned } from './processes.js';

const require = createRequire(import.meta.url);
const autocannonCli = join(dirname(require.resolve('autocannon/package.json')), 'autocannon.js');

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerRequest: number;
  non2xx: number;
  errors: number;
}

export function load(url: string, headers: Record<string, string>, seconds: number, connections = 10): LoadResult {
  const headerArgs = Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}=${v}`]);
  const [bin, ...args] = pinned(1, [process.execPath, autocannonCli, '-c', String(connections), '-d', String(seconds), '-j', ...headerArgs, url]);
  const run = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`autocannon failed: ${run.stderr}`);
  const summary = JSON.parse(run.stdout);
  return {
    requestsPerSecond: Math.round(summary.requests.average),
    p50Ms: summary.latency.p50,
    p99Ms: summary.latency.p99,
    bytesPerRequest: Math.round(summary.throughput.total / Math.max(1, summary.requests.total)),
    non2xx: summary.non2xx,
    errors: summary.errors,
  };
}
