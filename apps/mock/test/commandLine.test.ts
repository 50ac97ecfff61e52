// `crm-mock`'s command line follows `crm`'s convention: --help and --version print and exit 0 without
// starting Prism, a wrong flag is one line naming it and exit 2, each flag also reads its variable (as
// before). In process through parseCommandLine, then the built bin.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../src/commandLine.js';

const MAIN = join(import.meta.dirname, '../dist/main.js');
const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8')) as { version: string };

function parse(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const invocation = parseCommandLine(argv, { stdout: (text) => { stdout += text; }, stderr: (text) => { stderr += text; } }, env);
  return { invocation, stdout, stderr };
}

describe('crm-mock, parsed', () => {
  it('prints help listing each flag with its variable and default, exit 0', () => {
    const { invocation, stdout } = parse(['--help']);
    expect(invocation).toEqual({ exitCode: 0 });
    const words = stdout.replace(/\s+/g, ' '); // help wraps at 80 columns
    expect(words).toContain('Usage: crm-mock [options]');
    expect(words).toMatch(/--port <port> .*\(default: 4010, env: PORT\)/);
    expect(words).toMatch(/--host <host> .*\(default: 127\.0\.0\.1, env: HOST\)/);
    expect(words).toMatch(/--dynamic .*\(env: MOCK_DYNAMIC\)/);
    expect(words).toMatch(/--seed <seed> .*\(env: MOCK_SEED\)/);
  });

  it("prints the package's version, exit 0", () => {
    expect(parse(['--version'])).toEqual({ invocation: { exitCode: 0 }, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [['--prot', '4020'], "crm-mock: unknown option '--prot' (Did you mean --port?); see 'crm-mock --help'"],
    [['--dynamic', 'yes'], "crm-mock: too many arguments. Expected 0 arguments but got 1: yes; see 'crm-mock --help'"],
    [['--seed'], "crm-mock: option '--seed <seed>' argument missing; see 'crm-mock --help'"],
  ])('refuses %j with one line naming it, exit 2', (argv, line) => {
    expect(parse(argv)).toEqual({ invocation: { exitCode: 2 }, stdout: '', stderr: `${line}\n` });
  });

  it('refuses a port that is not one with a line naming it, exit 1', () => {
    expect(parse([], { PORT: 'eighty' })).toEqual({ invocation: { exitCode: 1 }, stdout: '', stderr: "crm-mock: --port (PORT) must be a whole number from 0 to 65535, got 'eighty'\n" });
  });

  it('takes each flag, else its variable, else its default', () => {
    expect(parse([]).invocation).toEqual({ start: { port: 4010, host: '127.0.0.1', dynamic: false, seed: undefined } });
    expect(parse([], { PORT: '4020', HOST: '::1', MOCK_DYNAMIC: '1', MOCK_SEED: '7' }).invocation).toEqual({ start: { port: 4020, host: '::1', dynamic: true, seed: '7' } });
    expect(parse(['--port', '4030', '--seed', '8'], { PORT: '4020', MOCK_SEED: '7' }).invocation).toEqual({ start: { port: 4030, host: '127.0.0.1', dynamic: false, seed: '8' } });
    expect(parse(['--dynamic']).invocation).toMatchObject({ start: { dynamic: true } });
    // as before: only MOCK_DYNAMIC=1 turns generated data on
    expect(parse([], { MOCK_DYNAMIC: '0' }).invocation).toMatchObject({ start: { dynamic: false } });
  });
});

// The built bin as a user runs it. A command that started the mock would not exit: spawnSync's timeout
// (far above the run's own time) then stops it, and the exit code is not 0 or 2.
function runBuilt(args: string[]) {
  const run = spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', timeout: 60_000, env: { ...process.env, PORT: '0' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('crm-mock, the built bin', () => {
  it('--help prints the usage and exits 0 without starting the mock', () => {
    const run = runBuilt(['--help']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: crm-mock \[options\]/);
    expect(run.stdout).not.toContain('CRM contacts mock ('); // the banner of a started mock
  });

  it('--version prints the version and exits 0 without starting the mock', () => {
    expect(runBuilt(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('a misspelt flag exits 2 with one line naming it', () => {
    expect(runBuilt(['--dynamc'])).toEqual({ code: 2, stdout: '', stderr: "crm-mock: unknown option '--dynamc' (Did you mean --dynamic?); see 'crm-mock --help'\n" });
  });
});
