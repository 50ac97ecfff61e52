// The actions' steps run for real, as a runner runs them: the emulator action installs the packed emulator
// with npm, starts it on a fixtures file or on a copy of another emulator (`crm import`, the packed CLI), and waits for it; the
// contract-test action installs the packed crm-contract-test, passes against the emulator with a JUnit
// report and fails on the corrupting proxy. Wrong inputs fail before anything is installed.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCorruptingProxy } from '@crm-contacts/contract-tests/dist/proxy/corruptingProxy.js';
import { junitCases } from '@crm-contacts/contract-tests/dist/report/junitCases.js';
import { packagesToPack, packTarballs } from '@crm-contacts/container-test/imageContext';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@crm-contacts/processes';
import { runStep } from '../src/actionScripts.js';

const FIXTURES = fileURLToPath(new URL('../../../apps/emulator/fixtures/example.json', import.meta.url));
const TOKEN = 'action-token';
const started: number[] = [];
let emulatorSpecs: string;
let cliSpecs: string;
let contractTestSpecs: string;
// On Node 22+ the emulator loads better-sqlite3 13 (prebuilt); skipping install scripts spares compiling 12
// from source for each install. On Node 20 npm builds it, with this Node's headers.
const npmEnv = Number(process.versions.node.split('.')[0]) >= 22 ? { npm_config_ignore_scripts: 'true' } : { npm_config_nodedir: join(process.execPath, '..', '..') };

async function startEmulatorStep(inputs: Record<string, string>) {
  const step = await runStep('emulator/start-emulator.sh', { CRM_ACTION_PACKAGES: emulatorSpecs, CRM_ACTION_ADMIN_TOKEN: TOKEN, CRM_ACTION_PORT: String(await freePort()), ...inputs }, npmEnv);
  if (step.outputs.pid) started.push(Number(step.outputs.pid));
  return step;
}

const listIds = async (url: string) => {
  const answer = await fetch(`${url}/api/2.0/crm/contact/filter?count=100&sortBy=id`, { headers: { Authorization: TOKEN } });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { response: { id: number }[] }).response.map((c) => c.id);
};

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'crm-action-tarballs-'));
  const tarballs = packTarballs(packagesToPack(['@crm-contacts/emulator', '@crm-contacts/contract-test', '@crm-contacts/cli']), dir);
  const specsOf = (root: string) => packagesToPack([root]).map((name) => tarballs.get(name)!).join(' ');
  emulatorSpecs = specsOf('@crm-contacts/emulator');
  contractTestSpecs = specsOf('@crm-contacts/contract-test');
  // installed beside the emulator's: only the tarballs the emulator's do not already hold
  const withEmulator = new Set(packagesToPack(['@crm-contacts/emulator']));
  cliSpecs = packagesToPack(['@crm-contacts/cli']).filter((name) => !withEmulator.has(name)).map((name) => tarballs.get(name)!).join(' ');
});
afterAll(() => {
  for (const pid of started) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

describe('the emulator action (start-emulator.sh)', () => {
  let url: string;

  it('installs the emulator, starts it on a fixtures file and waits until it answers', async () => {
    const step = await startEmulatorStep({ CRM_ACTION_FIXTURES: FIXTURES });
    expect(step.exitCode, step.output).toBe(0);
    expect(step.outputs).toMatchObject({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), token: TOKEN });
    url = step.outputs.url;
    expect((await listIds(url)).length).toBeGreaterThan(0);
  });

  it('copies a portal in first when given import-url (here: the emulator above)', async () => {
    const step = await startEmulatorStep({ CRM_ACTION_IMPORT_URL: url, CRM_ACTION_IMPORT_TOKEN: TOKEN, CRM_ACTION_CLI_PACKAGES: cliSpecs });
    expect(step.exitCode, step.output).toBe(0);
    expect(step.output).toContain(`copied ${url}`);
    expect(await listIds(step.outputs.url)).toEqual(await listIds(url));
  });

  it.each([
    [{ CRM_ACTION_FIXTURES: '/no/such/fixtures.json' }, 'the fixtures file /no/such/fixtures.json does not exist'],
    [{ CRM_ACTION_IMPORT_URL: 'http://127.0.0.1:1' }, 'import-url needs import-token'],
  ])('fails before installing anything on %j', async (inputs, message) => {
    const step = await startEmulatorStep(inputs);
    expect(step.exitCode).toBe(1);
    expect(step.output).toContain(`::error::${message}`);
    expect(step.output).not.toContain('npm install');
  });

  describe('the contract-test action (run-contract-test.sh)', () => {
    it('passes against the emulator and leaves a JUnit report a parser reads', async () => {
      const step = await runStep('contract-test/run-contract-test.sh', { CRM_ACTION_PACKAGES: contractTestSpecs, CRM_ACTION_BASE_URL: url, CRM_ACTION_TOKEN: TOKEN, CRM_ACTION_RATE: '0' }, npmEnv);
      expect(step.exitCode, step.output).toBe(0);
      expect(step.outputs['exit-code']).toBe('0');
      expect(existsSync(step.outputs.report)).toBe(true);
      const { cases, failures } = junitCases(step.outputs.report);
      expect([failures, cases.length > 20]).toEqual([0, true]);
    });

    it('fails against the corrupting proxy, the report kept for the upload', async () => {
      const proxy = await startCorruptingProxy(url, 'wrong-type');
      try {
        const step = await runStep('contract-test/run-contract-test.sh', { CRM_ACTION_PACKAGES: contractTestSpecs, CRM_ACTION_BASE_URL: proxy.url, CRM_ACTION_TOKEN: TOKEN, CRM_ACTION_RATE: '0', CRM_ACTION_MAX_REQUESTS: '100' }, npmEnv);
        expect(step.exitCode, step.output).toBe(1);
        expect(step.outputs['exit-code']).toBe('1');
        expect(junitCases(step.outputs.report).failures).toBeGreaterThan(0);
      } finally {
        await proxy.close();
      }
    });
  });
});
