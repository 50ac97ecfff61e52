// oasdiff (github.com/oasdiff/oasdiff), the OpenAPI diff tool, at a pinned version: built once with
// `go install` from the Go module proxy into node_modules/.cache (CI is a clean machine), then reused.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './paths.js';
import { pruneUnchanged } from './pruneUnchanged.js';

export const OASDIFF_VERSION = 'v1.36.0';
const cacheDir = join(workspaceRoot, 'node_modules', '.cache', 'oasdiff', OASDIFF_VERSION);
export const oasdiffBin = join(cacheDir, 'oasdiff');

export const goAvailable = () => spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;

export function ensureOasdiff(): string {
  if (existsSync(oasdiffBin)) return oasdiffBin;
  if (!goAvailable()) throw new Error(`oasdiff ${OASDIFF_VERSION} is not built and Go is not installed: install Go (1.26+) so \`go install github.com/oasdiff/oasdiff@${OASDIFF_VERSION}\` can build it`);
  mkdirSync(join(cacheDir, '..'), { recursive: true });
  const staging = mkdtempSync(join(cacheDir, '..', 'building-'));
  console.log(`[oasdiff] go install github.com/oasdiff/oasdiff@${OASDIFF_VERSION} (once, into ${cacheDir})`);
  // GOTOOLCHAIN=local: build with the installed Go instead of fetching the newer toolchain oasdiff's go.mod names.
  execFileSync('go', ['install', `github.com/oasdiff/oasdiff@${OASDIFF_VERSION}`], { env: { ...process.env, GOBIN: staging, GOTOOLCHAIN: 'local' }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!existsSync(oasdiffBin)) renameSync(staging, cacheDir); // a concurrent build may have finished first
  rmSync(staging, { recursive: true, force: true });
  return oasdiffBin;
}

export interface OasdiffResult { code: number; output: string }

export function oasdiff(args: string[]): OasdiffResult {
  const result = spawnSync(ensureOasdiff(), args, { encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status ?? 1, output: `${result.stdout}${result.stderr}`.trim() };
}

/** Breaking changes (oasdiff's errors and warnings: a removed parameter is a warning there) as oasdiff words them. */
export function breakingChanges(baseline: string, current: string): { breaking: boolean; explanation: string } {
  const { code, output } = oasdiff(['breaking', baseline, current, '--fail-on', 'WARN', '--flatten-allof', '--format', 'text', '--color', 'never']);
  if (code !== 0 && code !== 1) throw new Error(`oasdiff breaking failed (${code}): ${output}`);
  return { breaking: code === 1, explanation: output };
}

/** Every change, breaking or not, in oasdiff's changelog form ("text" for a terminal, "markdown" for CHANGELOG.md). */
export function changelog(baseline: string, current: string, format: 'text' | 'markdown'): string {
  const { code, output } = oasdiff(['changelog', baseline, current, '--flatten-allof', '--format', format, ...(format === 'text' ? ['--color', 'never'] : [])]);
  if (code !== 0) throw new Error(`oasdiff changelog failed (${code}): ${output}`);
  return output;
}

/** Every structural difference (descriptions and examples too), as oasdiff's diff reports it (JSON, pruned). */
export function structuralDiff(baseline: string, current: string): unknown {
  const { code, output } = oasdiff(['diff', baseline, current, '--format', 'json']);
  if (code !== 0) throw new Error(`oasdiff diff failed (${code}): ${output}`);
  return pruneUnchanged(JSON.parse(output || '{}'));
}
