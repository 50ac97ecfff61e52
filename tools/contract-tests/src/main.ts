// `pnpm contract`: Dredd and Schemathesis against the emulator, then the mock, or against the server in
// CRM_BASE_URL (read-only: Dredd only). Prints the report and exits non-zero on any failure.
import { runDredd } from './dredd/runDredd.js';
import { formatReport } from './report/printReport.js';
import type { ToolRun } from './report/toolRun.js';
import { runSchemathesis } from './schemathesis/runSchemathesis.js';
import { LIVE_SKIPPED_LINE, liveTargetFromEnv, startTarget } from './targets/startTarget.js';

const runs: ToolRun[] = [];
const notes: string[] = [];
const configured = liveTargetFromEnv();

if (configured) {
  runs.push(await runDredd(configured));
  if (configured.kind !== 'live') runs.push(await runSchemathesis(configured));
  else notes.push('schemathesis: not run against a live portal (thousands of requests, and failed sign-ins count against the account)');
} else {
  if (process.env.CRM_BASE_URL) notes.push(LIVE_SKIPPED_LINE);
  for (const kind of ['emulator', 'mock'] as const) {
    const target = await startTarget(kind);
    try {
      runs.push(await runDredd(target));
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
