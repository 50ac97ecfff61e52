// The suite is only worth something if it fails on a broken server: each corruption of a correct
// server's answers must fail exactly the transactions whose answers were broken, by Dredd's own
// verdict (status, Content-Type, JSON body) wherever Dredd can judge it, by the hooks' for XML bodies.
import { beforeAll, describe, expect, it } from 'vitest';
import { runDredd, formatReport, countOutcomes, type Target } from '@crm-contacts/contract-test';
import { startCorruptingProxy } from '../src/proxy/corruptingProxy.js';
import { CORRUPTIONS, type Corruption } from '../src/proxy/corruptions.js';
import { sharedTarget } from './sharedTargets.js';

/** Dredd's (Gavel's) own messages, as its report prints them. */
const BY_DREDD: Record<Corruption, RegExp> = {
  'wrong-type': /^ {2}body: At '\/[^']*' Invalid type: string \(expected integer\)$/m,
  'missing-required': /^ {2}body: At '\/status' Missing required property: status$/m,
  'wrong-status': /^ {2}statusCode: Expected status code '(200|201)', but got '(202|200)'\.$/m,
  'wrong-content-type': /^ {2}headers: At '\/content-type' No enum match for: "text\/html; charset=utf-8"$/m,
};
/** The hooks' messages for the XML bodies Dredd cannot read. */
const BY_HOOKS: Partial<Record<Corruption, RegExp>> = {
  'wrong-type': /^ {2}body \(read through the schema\): .* \/status must be integer /m,
  'missing-required': /^ {2}body \(read through the schema\): .* must have required property 'status' /m,
};
const signOf = (corruption: Corruption, check: string) => (check.endsWith(' > text/xml') && BY_HOOKS[corruption]) || BY_DREDD[corruption];

describe.each(['emulator', 'mock'] as const)('Dredd against a broken %s', (kind) => {
  let target: Target;
  beforeAll(async () => {
    target = sharedTarget(kind);
  });

  it.each(CORRUPTIONS)('fails every transaction whose answer has a %s', async (corruption) => {
    const proxy = await startCorruptingProxy(target.baseUrl, corruption);
    try {
      const run = await runDredd(target, { baseUrl: proxy.url });
      run.target = `${kind} with ${corruption}`;
      console.log(formatReport([run], { maxFailures: 2, closingLine: false }));
      const failures = run.results.filter((r) => r.outcome === 'failed');
      expect(proxy.corrupted()).toBeGreaterThan(0);
      expect(failures).toHaveLength(proxy.corrupted());
      for (const failure of failures) expect(failure.message).toMatch(signOf(corruption, failure.check));
      if (corruption in BY_HOOKS) expect(failures.filter((f) => !f.check.endsWith(' > text/xml')).length).toBeGreaterThan(0);
      expect(countOutcomes(run.results).passed + failures.length + countOutcomes(run.results).skipped).toBe(run.results.length);
    } finally {
      await proxy.close();
    }
  });
});
