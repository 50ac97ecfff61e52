// Runs the pytest smoke test of the generated Python SDK (smoke/) in a virtual environment that this
// step makes, against a real HTTP server.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageDir, prepareVirtualEnvironment, pythonAvailable, venvPython } from './pythonEnvironment.js';
import { startTargetServer, type TargetServer } from './targetServer.js';

const generated = existsSync(join(packageDir, 'generated', 'crm_contacts_sdk'));
const python = pythonAvailable();
if (!generated) console.warn('SKIPPED the Python SDK smoke test: the SDK was not generated (Java 17 missing)');
if (generated && !python && process.env.CI === 'true') throw new Error('python3 is missing, and CI=true: the Python SDK smoke test cannot run');
if (generated && !python) console.warn('SKIPPED the Python SDK smoke test: python3 is not installed');

// pytest's JUnit report, kept with the vitest JSON in test-results/ (turbo's test output, CI's artifact).
const JUNIT = join(packageDir, 'test-results', 'pytest-junit.xml');

// pytest as a child process that does not block the event loop, so the server in this process can answer.
function pytest(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(venvPython, ['-m', 'pytest', 'smoke', '-q', '-p', 'no:cacheprovider', `--junitxml=${JUNIT}`], { cwd: packageDir, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}

describe.skipIf(!generated || !python)('Python SDK (pytest in a virtual environment)', () => {
  let server: TargetServer;
  beforeAll(async () => {
    prepareVirtualEnvironment();
    server = await startTargetServer();
  }, 300_000);
  afterAll(() => server?.close());

  it('passes its smoke test against the server, and writes its JUnit report', async () => {
    rmSync(JUNIT, { force: true });
    const { code, output } = await pytest({ CRM_BASE_URL: server.url, CRM_TOKEN: server.token });
    console.log(output.trim().split('\n').at(-1));
    // every test of the smoke file ran and passed, and the report counts them all
    const tests = readFileSync(join(packageDir, 'smoke', 'test_smoke.py'), 'utf8').match(/^def test_/gm)?.length ?? 0;
    expect(output).toMatch(new RegExp(`\\b${tests} passed\\b`));
    expect(code, output).toBe(0);
    expect(readFileSync(JUNIT, 'utf8')).toMatch(new RegExp(`<testsuite [^>]*tests="${tests}"`));
  }, 120_000);
});
