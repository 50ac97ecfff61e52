// Point 2 of issue 21: the p99 of the other requests with and without one request in ten being the
// heaviest shape (the per-shape table's highest p50; else bycontactinfo with a one- or two-character
// fragment and the default page, the heaviest when the bench first asked), measured from a process on the
// load generator's core.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pinned } from './processes.js';
import type { BenchRequest } from './queryStream.js';
import { shapeOf, type ShapeRun } from './shapes.js';

export interface HoldUp { store: 'sqlite' | 'postgres'; contacts: number; heavyShape: string; aloneP99Ms: number; withHeavyP99Ms: number; aloneP50Ms: number; withHeavyP50Ms: number }

const runner = join(import.meta.dirname, 'holdUpRunner.mjs');
/** A shape of shapes.ts (or several, named once), the one request in ten of the hold-up run. */
export interface HeavyShape { name: string; is(shape: string): boolean }

export const SHORT_FRAGMENTS_WHOLE_PAGE: HeavyShape = {
  name: 'bycontactinfo, data of 1 or 2 characters, default page size',
  is: (shape) => /^bycontactinfo, data of [12] characters?(?: \+ category\/isPrimary)?, default page size$/.test(shape),
};

/**
 * The shape of the highest server time p50 in a per-shape table, among shapes measured on at least `minQueries`
 * requests: a p50 of one or two requests is no measure, and a shape that rare may not occur in the hold-up's own
 * stream at all (at 1,000,000 contacts the highest p50 was a shape of one request, and the run had none of it).
 */
export function heaviestOf(runs: readonly ShapeRun[], minQueries = 10): HeavyShape | undefined {
  const measured = runs.filter((run) => run.queries >= minQueries);
  const heaviest = [...(measured.length > 0 ? measured : runs)].sort((a, b) => b.p50Ms - a.p50Ms)[0];
  return heaviest && { name: heaviest.shape, is: (shape) => shape === heaviest.shape };
}

/** Undefined when the stream has no request of the heaviest shape. */
export function holdUp(baseUrl: string, stream: BenchRequest[], streamFile: string, seconds: number, heavyShape = SHORT_FRAGMENTS_WHOLE_PAGE): Omit<HoldUp, 'store' | 'contacts'> | undefined {
  const heavy = stream.filter((r) => heavyShape.is(shapeOf(r.path)));
  const light = stream.filter((r) => !heavyShape.is(shapeOf(r.path)));
  if (heavy.length === 0) return undefined;
  writeFileSync(streamFile, JSON.stringify({ light, heavy }));
  const [bin, ...args] = pinned(1, [process.execPath, runner, baseUrl, streamFile, String(seconds)]);
  const run = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`hold-up runner failed: ${run.stderr}`);
  const { alone, withHeavy } = JSON.parse(run.stdout);
  return {
    heavyShape: heavyShape.name,
    aloneP50Ms: alone.p50Ms, aloneP99Ms: alone.p99Ms, withHeavyP50Ms: withHeavy.p50Ms, withHeavyP99Ms: withHeavy.p99Ms,
  };
}
