// `crm-emulator`'s command line follows `crm`'s convention: --help and --version print and exit 0 without
// starting anything, a wrong flag is one line naming it and exit 2, every setting also reads its variable,
// and `import`, which moved to `crm import`, is refused saying so. In process through parseCommandLine, then the built bin.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/commandLine.js';
import { SETTINGS } from '../src/config.js';

const MAIN = join(import.meta.dirname, '../dist/main.js');
const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };

function parse(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const invocation = parseCommandLine(argv, { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; } }, env);
  // help wraps at 80 columns: compare words, not lines
  return { invocation, stdout, stderr, words: stdout.replace(/\s+/g, ' ') };
}

describe('crm-emulator, parsed', () => {
  it('prints help listing every setting with its variable and default, and no import command, exit 0', () => {
    const { invocation, words } = parse(['--help']);
    expect(invocation).toEqual({ exitCode: 0 });
    for (const [name, setting] of Object.entries(SETTINGS) as [string, { env: string; fallback?: string; unset?: string; switch?: boolean }][]) {
      expect(words).toContain(setting.switch ? `--${name} ` : `--${name} <`);
      // commander shows no default for a switch (off unless given)
      expect(words).toContain(setting.switch ? `(env: ${setting.env})` : `default: ${setting.fallback ?? setting.unset}, env: ${setting.env})`);
    }
    expect(words).not.toContain('import');
  });

  it("prints the package's version, exit 0", () => {
    const { invocation, stdout } = parse(['--version']);
    expect(invocation).toEqual({ exitCode: 0 });
    expect(stdout).toBe(`${version}\n`);
  });

  it.each([
    [['--prot', '9000'], "crm-emulator: unknown option '--prot' (Did you mean --port?); see 'crm-emulator --help'"],
    [['--port'], "crm-emulator: option '--port <port>' argument missing; see 'crm-emulator --help'"],
    [['serve'], "crm-emulator: too many arguments. Expected 0 arguments but got 1: serve; see 'crm-emulator --help'"],
    [['import', '--base-url', 'http://x', '--token', 't', '--anonymise'], "crm-emulator: 'import' moved to the crm command line (@crm-contacts/cli): crm import --base-url URL --token T [--anonymise] > fixtures.json"],
    [['import', '--help'], "crm-emulator: 'import' moved to the crm command line (@crm-contacts/cli): crm import --base-url URL --token T [--anonymise] > fixtures.json"],
  ])('refuses %j with one line naming it, exit 2', (argv, line) => {
    const { invocation, stdout, stderr } = parse(argv);
    expect(invocation).toEqual({ exitCode: 2 });
    expect(stderr).toBe(`${line}\n`);
    expect(stdout).toBe('');
  });

  it('takes each setting from its flag, else its variable, else its default', () => {
    const { invocation } = parse(['--contacts', '50', '--log-level', 'warn'], { CRM_CONTACTS: '70', CRM_SEED: '9', CRM_SNAPSHOT_DIR: 'off' });
    expect(invocation).toEqual({ serve: expect.objectContaining({ contacts: 50, logLevel: 'warn', seed: 9, snapshotDir: null, port: 8080, host: '127.0.0.1' }) });
  });

  it('names the flag and the variable of a refused value (exit 1 in main.ts)', () => {
    expect(() => parse(['--port', 'eighty'])).toThrow("--port (PORT) must be a whole number from 0 to 65535, got 'eighty'");
    expect(() => parse([], { CRM_TIMEZONE: 'Mars/Olympus' })).toThrow("--timezone (CRM_TIMEZONE) must be UTC");
  });

});

// The built bin as a user runs it. A command that started a server would not exit: spawnSync's timeout
// (far above the run's own time) then stops it, and the exit code is not 0 or 2.
function runBuilt(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, PORT: '0', CRM_SNAPSHOT_DIR: 'off', ...env } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('crm-emulator, the built bin', () => {
  it('--help prints the usage and exits 0 without starting the emulator', () => {
    const run = runBuilt(['--help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: crm-emulator \[options\] \[command\]/);
    expect(run.stdout).not.toContain('listening');
  });

  it('--version prints the version and exits 0 without starting the emulator', () => {
    expect(runBuilt(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('a misspelt flag exits 2 with one line naming it', () => {
    const run = runBuilt(['--contacs', '5']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("crm-emulator: unknown option '--contacs' (Did you mean --contacts?); see 'crm-emulator --help'\n");
  });

  it('import exits 2 saying where it went, and starts nothing', () => {
    const run = runBuilt(['import', '--base-url', 'http://127.0.0.1:9', '--token', 'some-token']);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe("crm-emulator: 'import' moved to the crm command line (@crm-contacts/cli): crm import --base-url URL --token T [--anonymise] > fixtures.json\n");
  });
});
