// Every action.yml under actions/ passes GitHub's action schema, and the check bites on a broken one.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionErrors } from '../src/actionLint.js';
import { ACTIONS_DIR } from '../src/actionScripts.js';

const actionFiles = readdirSync(ACTIONS_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(ACTIONS_DIR, entry.name, 'action.yml'));

describe('action.yml files', () => {
  it('are the emulator and the contract-test actions', () => {
    expect(actionFiles.map((file) => file.slice(ACTIONS_DIR.length + 1)).sort()).toEqual(['contract-test/action.yml', 'emulator/action.yml']);
  });

  it.each(actionFiles)('%s passes the action schema', (file) => {
    expect(actionErrors(file)).toEqual([]);
  });

  it('bites: a step without shell, a misspelt step key, an unknown runs.using', () => {
    const composite = (step: string) => `name: x\ndescription: y\nruns:\n  using: composite\n  steps:\n    - run: echo\n${step}`;
    expect(actionErrors('a/action.yml', composite(''))).toEqual([expect.stringMatching(/^a\/action\.yml \(Line: 6, Col: 7\): /)]);
    expect(actionErrors('b/action.yml', composite('      shell: bash\n      shel: x\n'))).toEqual([expect.stringMatching(/Unexpected value 'shel'/)]);
    expect(actionErrors('c/action.yml', 'name: x\ndescription: y\nruns:\n  using: nodejs\n  main: a.js\n')).toEqual([expect.stringMatching(/Unexpected value 'nodejs'/)]);
  });
});
