// The baseline: the contract as @crm-contacts/contract last released it, committed next to its version so
// that a clean clone (CI) has it without tags or a registry. `pnpm release:version` replaces both.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { ReleasePaths } from './paths.js';

export interface Baseline { file: string; version: string; label: string }

export function readBaseline(paths: ReleasePaths): Baseline {
  const { version } = JSON.parse(readFileSync(paths.baselineVersion, 'utf8')) as { version: string };
  return { file: paths.baseline, version, label: `${relative(paths.root, paths.baseline)} (@crm-contacts/contract ${version}, the last release)` };
}

export function writeBaseline(paths: ReleasePaths, version: string): void {
  copyFileSync(paths.current, paths.baseline);
  writeFileSync(paths.baselineVersion, `${JSON.stringify({ version }, null, 2)}\n`);
}

/** Same document, ignoring formatting: the bundle is compared as data. */
export function contractChanged(paths: ReleasePaths): boolean {
  const read = (file: string) => JSON.stringify(JSON.parse(readFileSync(file, 'utf8')));
  return read(paths.baseline) !== read(paths.current);
}
