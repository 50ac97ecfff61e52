// actionlint (github.com/rhysd/actionlint), the GitHub Actions workflow linter, at a pinned version, built once
// with `go install` like oasdiff: the workflows cannot run here, so `pnpm test` lints them instead.
import { ensureGoTool, run, type GoTool } from '@crm-contacts/processes';
import { workspaceRoot } from './workspace.js';

export const ACTIONLINT_VERSION = 'v1.7.12';
const ACTIONLINT: GoTool = { module: 'github.com/rhysd/actionlint/cmd/actionlint', version: ACTIONLINT_VERSION, workspaceRoot };

export const ensureActionlint = (): string => ensureGoTool(ACTIONLINT);

interface ActionlintError { message: string; filepath: string; line: number; column: number; kind: string }

/** Each problem actionlint finds in the files, as `file:line:column: message [kind]`; none for clean files. */
export async function actionlintProblems(files: string[]): Promise<string[]> {
  // shellcheck and pyflakes are switched off so the verdict is the same on every machine (CI's runner has
  // shellcheck, these machines do not); actionlint's own checks (syntax, expressions, action inputs) remain.
  const result = await run(ensureActionlint(), ['-no-color', '-shellcheck=', '-pyflakes=', '-format', '{{json .}}', ...files]);
  if (result.exitCode !== 0 && result.exitCode !== 1) throw new Error(`actionlint failed (exit ${result.exitCode}): ${result.output}`);
  const errors = JSON.parse(result.stdout.trim() || '[]') as ActionlintError[] | null;
  return (errors ?? []).map((error) => `${error.filepath}:${error.line}:${error.column}: ${error.message} [${error.kind}]`);
}
