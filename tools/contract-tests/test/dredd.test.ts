// Dredd with the contract hooks against the emulator and the mock: every transaction passes, no 2xx
// transaction is skipped, the non-2xx ones that a request can provoke run too, and XML is checked.
import { beforeAll, describe, expect, it } from 'vitest';
import { contractOperations } from '@crm-contacts/contract';
import { runDredd, formatReport, type ToolRun, type Target } from '@crm-contacts/contract-test';
import { sharedTarget } from './sharedTargets.js';

describe.each(['emulator', 'mock'] as const)('Dredd against the %s', (kind) => {
  let target: Target;
  let run: ToolRun;
  beforeAll(async () => {
    target = sharedTarget(kind);
    run = await runDredd(target);
    console.log(formatReport([run]));
  });

  it('passes every transaction it runs', () => {
    expect(run.results.filter((r) => r.outcome === 'failed')).toEqual([]);
    expect(run.results.filter((r) => r.outcome === 'passed').length).toBeGreaterThan(0);
  });

  it('skips no 2xx transaction', () => {
    expect(run.results.filter((r) => r.outcome === 'skipped' && / > 2\d\d > /.test(r.check))).toEqual([]);
  });

  it('runs the 400 and 401 transactions of every operation, with requests that provoke them', () => {
    const provoked = run.results.filter((r) => / > 40[01] > /.test(r.check));
    const operations = new Set(provoked.map((r) => r.endpoint));
    // every operation, in every form, whose responses the contract gives a 400 or a 401
    const described = contractOperations().filter(({ operation }) => '400' in operation.responses || '401' in operation.responses);
    expect([...operations].sort()).toEqual(described.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort());
    expect(provoked.filter((r) => r.outcome !== 'passed')).toEqual([]);
  });

  it('checks XML answers, on the .xml paths and by Accept', () => {
    const xml = run.results.filter((r) => r.outcome === 'passed' && r.check.endsWith(' > text/xml'));
    expect(xml.some((r) => r.check.startsWith('/api/2.0/crm/contact/filter.xml > '))).toBe(true);
    expect(xml.some((r) => r.check.startsWith('/api/2.0/crm/contact/filter > '))).toBe(true);
  });
});
