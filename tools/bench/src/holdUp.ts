// Point 2 of issue 21: the p99 of the other requests with and without one request in ten being the
// heaviest shape (bycontactinfo with a one- or two-character fragment and the default page), measured
// from a process on the load generator's core.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinned } from './processes.js';
import type { BenchRequest } from './queryStream.js';
import { shapeOf } from './shapes.js';

export interface HoldUp { store: 'sqlite' | 'postgres'; contacts: number; heavyShape: string; aloneP99Ms: number; withHeavyP99Ms: number; aloneP50Ms: number; withHeavyP50Ms: number }

const runner = join(import.meta.dirname, 'holdUpRunner.mjs');
const HEAVY = /^bycontactinfo, data of [12] characters?(?: \+ category\/isPrimary)?, default page size$/;

/** Undefined when the stream has no request of the heaviest shape. */
export function holdUp(baseUrl: string, stream: BenchRequest[], streamFile: string, seconds: number): Omit<HoldUp, 'store' | 'contacts'> | undefined {
  const heavy = stream.filter((r) => HEAVY.test(shapeOf(r.path)));
  const light = stream.filter((r) => !HEAVY.test(shapeOf(r.path)));
  if (heavy.length === 0) return undefined;
  writeFileSync(streamFile, JSON.stringify({ light, heavy }));
  const [bin, ...args] = pinned(1, [process.execPath, runner, baseUrl, streamFile, String(seconds)]);
  const run = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`hold-up runner failed: ${run.stderr}`);
  const { alone, withHeavy } = JSON.parse(run.stdout);
  return {
    heavyShape: 'bycontactinfo, data of 1 or 2 characters, default page size',
    aloneP50Ms: alone.p50Ms, aloneP99Ms: alone.p99Ms, withHeavyP50Ms: withHeavy.p50Ms, withHeavyP99Ms: withHeavy.p99Ms,
  };
}
