// crm-contract-test, the published verifier, run as its command: green against the emulator and the mock,
// read-only and within its budget, and every corruption of the negative control a failing JUnit test case
// (the report read with an XML parser, as a CI system reads it).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Target } from '@crm-contacts/contract-test';
import { run } from '@crm-contacts/processes';
import { startCorruptingProxy } from '../../src/proxy/corruptingProxy.js';
import { junitCases } from '../../src/report/junitCases.js';
import { CORRUPTIONS, type Corruption } from '../../src/proxy/corruptions.js';
import { sharedTarget } from '../sharedTargets.js';

const BIN = fileURLToPath(new URL('main.js', import.meta.resolve('@crm-contacts/contract-test')));
const workDir = mkdtempSync(join(tmpdir(), 'crm-contract-test-'));

async function crmContractTest(args: string[]) {
  return run('node', [BIN, '--rate', '0', '--seed', '7', ...args], { timeoutMs: 120_000 });
}

it('exits 2 on a usage error, naming the option, before any request', async () => {
  const result = await crmContractTest(['--base-url', 'http://127.0.0.1:1', '--token', 't', '--report', 'html']);
  expect(result.exitCode).toBe(2);
  expect(result.output).toContain("crm-contract-test: --report must be junit or json, not 'html'");
});

describe.each(['emulator', 'mock'] as const)('crm-contract-test against the %s', (kind) => {
  let target: Target;
  beforeAll(async () => {
    target = sharedTarget(kind);
  });

  it('passes every check, with a JUnit report a parser reads', async () => {
    const out = join(workDir, `${kind}.xml`);
    const result = await crmContractTest(['--base-url', target.baseUrl, '--token', target.credentials.token!, '--report', 'junit', '--out', out]);
    expect(result.exitCode, result.output).toBe(0);
    expect(result.stdout).toMatch(/^\d+ passed, 0 failed, \d+ skipped$/m);
    const { cases, failures } = junitCases(out);
    expect(failures).toBe(0);
    expect(cases.filter((c) => c.failure)).toEqual([]);
    expect(cases.filter((c) => c.skipped === undefined).length).toBeGreaterThan(20);
  });

  it('signs in once, sends only GET requests besides, and stays within --max-requests', async () => {
    const proxy = await startCorruptingProxy(target.baseUrl);
    try {
      const out = join(workDir, `${kind}.json`);
      const { userName, password } = target.credentials;
      const result = await crmContractTest(['--base-url', proxy.url, '--user', userName!, '--password', password!, '--max-requests', '120', '--report', 'json', '--out', out]);
      expect(result.exitCode, result.output).toBe(0);
      const requests = proxy.requests();
      expect(requests.length).toBeLessThanOrEqual(120);
      expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([expect.stringMatching(/^POST \/api\/2\.0\/authentication/)]);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      expect(report.requests).toBe(requests.length);
      expect(report.totals.failed).toBe(0);
      expect(report.runs.find((r: { tool: string }) => r.tool === 'sign-in').results[0].outcome).toBe('passed');
    } finally {
      await proxy.close();
    }
  });
});

/** Dredd's (Gavel's) own words for each corruption, somewhere in the failing test cases. */
const SIGNS: Record<Corruption, RegExp> = {
  'wrong-type': /Invalid type: string \(expected integer\)/,
  'missing-required': /Missing required property: status/,
  'wrong-status': /statusCode: Expected status code '200', but got '202'/,
  'wrong-content-type': /headers: At '\/content-type' No enum match for: "text\/html; charset=utf-8"/,
};

describe('crm-contract-test against a broken emulator', () => {
  let target: Target;
  beforeAll(async () => {
    target = sharedTarget('emulator');
  });

  it.each(CORRUPTIONS)('reports a %s as failing JUnit test cases and exits 1', async (corruption) => {
    const proxy = await startCorruptingProxy(target.baseUrl, corruption);
    try {
      const out = join(workDir, `broken-${corruption}.xml`);
      const result = await crmContractTest(['--base-url', proxy.url, '--token', target.credentials.token!, '--max-requests', '150', '--report', 'junit', '--out', out]);
      expect(result.exitCode, result.output).toBe(1);
      expect(proxy.corrupted()).toBeGreaterThan(0);
      const { cases, failures } = junitCases(out);
      const failing = cases.filter((c) => c.failure);
      expect(failures).toBe(failing.length);
      expect(failing.some((c) => SIGNS[corruption].test(`${c.failure?.message}\n${c.failure?.['#text']}`))).toBe(true);
      // The property checks see the same broken answers: every operation's fails too.
      expect(failing.filter((c) => c.name.includes('generated queries')).length).toBe(6);
    } finally {
      await proxy.close();
    }
  });
});
