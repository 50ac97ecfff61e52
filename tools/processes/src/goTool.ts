// A Go command-line tool (oasdiff, actionlint) at a pinned version: built once with `go install` from the Go
// module proxy into node_modules/.cache/<name>/<version> (CI is a clean machine, and npm carries neither), then reused.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

export interface GoTool {
  /** The package path `go install` builds, e.g. `github.com/rhysd/actionlint/cmd/actionlint`. */
  module: string;
  /** A released version, `v1.7.12`. */
  version: string;
  /** The workspace whose node_modules/.cache keeps the binary. */
  workspaceRoot: string;
}

export const goAvailable = () => spawnSync('go', ['version'], { stdio: 'ignore' }).status === 0;

/** Where the tool's binary is (or will be) once built. */
export function goToolBin(tool: GoTool): string {
  const name = basename(tool.module);
  return join(tool.workspaceRoot, 'node_modules', '.cache', name, tool.version, name);
}

/** The binary's path, built first when it is missing; fails naming the `go install` to run when Go is not installed. */
export function ensureGoTool(tool: GoTool): string {
  const bin = goToolBin(tool);
  if (existsSync(bin)) return bin;
  const target = `${tool.module}@${tool.version}`;
  if (!goAvailable()) throw new Error(`${basename(tool.module)} ${tool.version} is not built and Go is not installed: install Go (1.26+) so \`go install ${target}\` can build it`);
  const cacheDir = join(bin, '..');
  mkdirSync(join(cacheDir, '..'), { recursive: true });
  const staging = mkdtempSync(join(cacheDir, '..', 'building-'));
  console.log(`[${basename(tool.module)}] go install ${target} (once, into ${cacheDir})`);
  // GOTOOLCHAIN=local: build with the installed Go instead of fetching the newer toolchain a go.mod may name.
  execFileSync('go', ['install', target], { env: { ...process.env, GOBIN: staging, GOTOOLCHAIN: 'local' }, stdio: ['ignore', 'inherit', 'inherit'] });
  if (!existsSync(bin)) renameSync(staging, cacheDir); // a concurrent build may have finished first
  rmSync(staging, { recursive: true, force: true });
  return bin;
}
