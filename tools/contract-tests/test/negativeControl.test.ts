// The suite is only worth something if it fails on a broken server: each corruption of a correct
// server's answers must fail exactly the transactions whose answers were broken.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDredd } from '../src/dredd/runDredd.js';
import { startCorruptingProxy } from '../src/proxy/corruptingProxy.js';
import { CORRUPTIONS, type Corruption } from '../src/proxy/corruptions.js';
import { formatReport } from '../src/report/printReport.js';
import { countOutcomes } from '../src/report/toolRun.js';
import { startTarget } from '../src/targets/startTarget.js';
import type { Target } from '../src/targets/target.js';

const SIGNS: Record<Corruption, RegExp> = {
  'wrong-type': /must be (integer|number)|does not parse|\[schema /,
  'missing-required': /must have required property 'status'/,
  'wrong-status': /status (202|200), expected (200|201)/,
  'wrong-content-type': /content type text\/html; charset=utf-8, expected/,
};

describe.each(['emulator', 'mock'] as const)('Dredd against a broken %s', (kind) => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(kind);
  });
  afterAll(() => target?.close());

  it.each(CORRUPTIONS)('fails every transaction whose answer has a %s', async (corruption) => {
    const proxy = await startCorruptingProxy(target.baseUrl, corruption);
    try {
      const run = await runDredd(target, { baseUrl: proxy.url });
      run.target = `${kind} with ${corruption}`;
      console.log(formatReport([run], { maxFailures: 2, closingLine: false }));
      const failures = run.results.filter((r) => r.outcome === 'failed');
      expect(proxy.corrupted()).toBeGreaterThan(0);
      expect(failures).toHaveLength(proxy.corrupted());
      for (const failure of failures) expect(failure.message).toMatch(SIGNS[corruption]);
      expect(countOutcomes(run.results).passed + failures.length + countOutcomes(run.results).skipped).toBe(run.results.length);
    } finally {
      await proxy.close();
    }
  });
});
