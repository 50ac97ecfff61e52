// The convention `crm`, `crm-emulator` and `crm-mock` share: --help and --version print and exit 0, and a
// wrong flag is one line naming it with exit code 2 (commander's own is 1), at the top level as in a command.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spawnCrm } from './support/spawnCrm.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

describe('crm, the built bin', () => {
  it('--help prints the usage with the commands and exit codes, exit 0', async () => {
    const run = await spawnCrm(['--help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: crm \[options\] \[command\]/);
    expect(run.stdout.replace(/\s+/g, ' ')).toMatch(/--base-url <url> .*\(env: CRM_BASE_URL\)/); // help wraps at 80 columns
    expect(run.stdout).toContain('Exit codes:');
  });

  it("--version prints the package's version, exit 0", async () => {
    expect(await spawnCrm(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('a misspelt top-level flag exits 2 with one line naming it', async () => {
    expect(await spawnCrm(['--tokn', 'x', 'contacts', 'filter'])).toEqual({ code: 2, stdout: '', stderr: "crm: unknown option '--tokn' (Did you mean --token?); see 'crm --help'\n" });
  });

  it('contacts filter --help exits 0', async () => {
    const run = await spawnCrm(['contacts', 'filter', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: crm contacts filter \[options\]/);
  });
});
