// Schemathesis as an independent second opinion: all checks, positive and negative data, against the
// emulator and the mock. Any failure that is not a named known issue (src/schemathesis/knownIssues.ts) fails.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatReport, type Target } from '@crm-contacts/contract-test';
import { schemathesisUnavailable } from '../src/schemathesis/ensureSchemathesis.js';
import { runSchemathesis, type SchemathesisRun } from '../src/schemathesis/runSchemathesis.js';
import { sharedTarget } from './sharedTargets.js';

// Without python3 the run says so in one line and skips, except under CI, where it must run.
const unavailable = schemathesisUnavailable();
if (unavailable && process.env.CI !== 'true') console.log(`schemathesis: skipped (${unavailable})`);

describe.skipIf(unavailable && process.env.CI !== 'true').each(['emulator', 'mock'] as const)('Schemathesis against the %s', (kind) => {
  let target: Target;
  let run: SchemathesisRun;
  beforeAll(async () => {
    target = sharedTarget(kind);
    run = await runSchemathesis(target);
    console.log(formatReport([run], { extraLines: [`schemathesis → ${kind}: ${run.generated} test cases generated (seed ${run.seed})`] }));
  }, 300_000);

  it('tests every operation', () => {
    expect(new Set(run.results.map((r) => r.endpoint)).size).toBe(9);
    expect(run.generated).toBeGreaterThan(500);
  });

  it('finds nothing beyond the known issues', () => {
    expect(run.results.filter((r) => r.outcome === 'failed')).toEqual([]);
  });

  it("keeps Schemathesis's JUnit and JSON reports in test-results/schemathesis/ (CI's artifact)", () => {
    expect(run.reports).toBe(join(import.meta.dirname, '..', 'test-results', 'schemathesis', kind));
    expect(readdirSync(run.reports)).toEqual(expect.arrayContaining([expect.stringMatching(/^junit/), expect.stringMatching(/^json/)]));
  });
});
