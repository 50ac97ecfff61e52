// The GitHub workflows cannot run here, so `pnpm test` lints them with actionlint; a broken copy proves the
// lint fails and names the fault.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionlintProblems } from '../src/actionlint.js';
import { workflowFiles } from '../src/workspace.js';

const scratch = mkdtempSync(join(tmpdir(), 'crm-repo-checks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of a workflow in a scratch repository, changed by `edit`. */
function brokenCopy(file: string, edit: (text: string) => string): string {
  const dir = join(scratch, `${basename(file)}-${Math.random().toString(36).slice(2)}`, '.github', 'workflows');
  mkdirSync(dir, { recursive: true });
  const copy = join(dir, basename(file));
  copyFileSync(file, copy);
  const text = readFileSync(copy, 'utf8');
  const changed = edit(text);
  expect(changed).not.toBe(text); // the edit found what it changes
  writeFileSync(copy, changed);
  return copy;
}

const ci = workflowFiles().find((file) => basename(file) === 'ci.yml')!;

describe('the GitHub workflows', () => {
  it('are ci.yml and release.yml at least', () => {
    expect(workflowFiles().map((file) => basename(file))).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
  });

  it('pass actionlint', async () => {
    expect(await actionlintProblems(workflowFiles())).toEqual([]);
  });
});

describe('actionlint on a broken copy of ci.yml', () => {
  it('names a misspelt matrix variable', async () => {
    const copy = brokenCopy(ci, (text) => text.replace('node-version: ${{ matrix.node }}', 'node-version: ${{ matrix.nodes }}'));
    expect((await actionlintProblems([copy])).join('\n')).toMatch(/ci\.yml:\d+:\d+: property "nodes" is not defined .*\[expression\]/);
  });

  it('names a job that `needs` one which does not exist', async () => {
    const copy = brokenCopy(ci, (text) => text.replace('    timeout-minutes: 45\n', '    timeout-minutes: 45\n    needs: [lint]\n'));
    expect((await actionlintProblems([copy])).join('\n')).toMatch(/ci\.yml:\d+:\d+: job "test" needs job "lint" which does not exist.*\[job-needs\]/);
  });

  it('names a job key GitHub does not know', async () => {
    const copy = brokenCopy(ci, (text) => text.replace('timeout-minutes:', 'timeout-minute:'));
    expect((await actionlintProblems([copy])).join('\n')).toMatch(/ci\.yml:\d+:\d+: unexpected key "timeout-minute" for "job" section.*\[syntax-check\]/);
  });
});
