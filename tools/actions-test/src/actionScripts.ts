// Where the actions live, and their step scripts run as a runner would: bash, CRM_ACTION_* inputs,
// GITHUB_OUTPUT a file whose `name=value` lines are the step's outputs.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, type RunResult } from '@crm-contacts/processes';

export const ACTIONS_DIR = fileURLToPath(new URL('../../../actions', import.meta.url));

export interface StepRun extends RunResult {
  outputs: Record<string, string>;
}

export async function runStep(script: string, inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Promise<StepRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'crm-action-'));
  const outputFile = join(runnerTemp, 'github-output');
  writeFileSync(outputFile, '');
  const result = await run('bash', [join(ACTIONS_DIR, script)], {
    env: { ...process.env, ...env, ...inputs, RUNNER_TEMP: runnerTemp, GITHUB_OUTPUT: outputFile, GITHUB_WORKSPACE: runnerTemp },
    timeoutMs: 600_000,
  });
  const outputs = Object.fromEntries(readFileSync(outputFile, 'utf8').split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
  return { ...result, outputs };
}
