// Runs a stream of requests against a server from another process, pinned to the other core.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinned } from './processes.js';
import type { BenchRequest } from './queryStream.js';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  bytesPerRequest: number;
  /** Requests answered; when above the stream's length, the stream was sent more than once. */
  sent: number;
  distinct: number;
  non2xx: number;
  errors: number;
}

const runner = join(import.meta.dirname, 'loadRunner.mjs');

/** `seconds` 'once': every request of the stream sent exactly once. */
export function load(baseUrl: string, stream: BenchRequest[], streamFile: string, seconds: number | 'once', connections: number): LoadResult {
  writeFileSync(streamFile, JSON.stringify(stream));
  const [bin, ...args] = pinned(1, [process.execPath, runner, baseUrl, streamFile, String(connections), String(seconds)]);
  const run = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`load runner failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as LoadResult;
}
