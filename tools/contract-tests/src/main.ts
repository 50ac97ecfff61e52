// `pnpm contract`: crm-contract-test's verification (Dredd's transactions and the properties, through its
// library entry, with the full plan these servers allow: a faulty copy for 500s, a user without CRM for
// 403s) and Schemathesis against the emulator, then the mock; or the read-only verification of the
// server in CRM_BASE_URL. Prints the report and exits non-zero on any failure.
import { DEFAULT_MAX_REQUESTS, DEFAULT_RATE, formatReport, verify, type ToolRun } from '@crm-contacts/contract-test';
import { PROPERTY_SEED } from './property/propertySettings.js';
import { runSchemathesis } from './schemathesis/runSchemathesis.js';
import { LIVE_SKIPPED_LINE, liveTargetFromEnv, startTarget } from './targets/startTarget.js';

/** The verifier's budget on servers started here: no portal to spare, so every operation gets a few hundred queries. */
const LOCAL_BUDGET = { maxRequests: 2_000, ratePerSecond: 0, seed: PROPERTY_SEED, readOnly: false };

const runs: ToolRun[] = [];
const notes: string[] = [];
const configured = liveTargetFromEnv();

if (configured) {
  const live = configured.kind === 'live';
  runs.push(...(await verify(configured, live ? { maxRequests: DEFAULT_MAX_REQUESTS, ratePerSecond: DEFAULT_RATE, seed: PROPERTY_SEED, readOnly: true } : LOCAL_BUDGET)).runs);
  if (!live) runs.push(await runSchemathesis(configured));
  else notes.push('schemathesis: not run against a live portal (thousands of requests, and failed sign-ins count against the account)');
} else {
  if (process.env.CRM_BASE_URL) notes.push(LIVE_SKIPPED_LINE);
  for (const kind of ['emulator', 'mock'] as const) {
    const target = await startTarget(kind);
    try {
      runs.push(...(await verify(target, LOCAL_BUDGET)).runs);
      const schemathesis = await runSchemathesis(target);
      runs.push(schemathesis);
      notes.push(`schemathesis → ${target.name}: ${schemathesis.generated} test cases generated (seed ${schemathesis.seed})`);
    } finally {
      await target.close();
    }
  }
  if (!process.env.CRM_BASE_URL) notes.push(LIVE_SKIPPED_LINE);
}

console.log(formatReport(runs, { extraLines: ['', ...notes] }));
process.exitCode = runs.some((run) => run.results.some((r) => r.outcome === 'failed')) ? 1 : 0;
