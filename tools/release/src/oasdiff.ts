// oasdiff (github.com/oasdiff/oasdiff), the OpenAPI diff tool, at a pinned version: built once with
// `go install` (through @crm-contacts/processes' ensureGoTool), then reused.
import { spawnSync } from 'node:child_process';
import { ensureGoTool, type GoTool } from '@crm-contacts/processes';
import { workspaceRoot } from './paths.js';
import { pruneUnchanged } from './pruneUnchanged.js';

export const OASDIFF_VERSION = 'v1.36.0';
const OASDIFF: GoTool = { module: 'github.com/oasdiff/oasdiff', version: OASDIFF_VERSION, workspaceRoot };

export const ensureOasdiff = (): string => ensureGoTool(OASDIFF);

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
