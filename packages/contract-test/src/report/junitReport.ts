// The run as JUnit XML, which every CI system reads: a test suite per tool and target, a test case per
// check (its class the endpoint), a failure with the whole message, a skip with its reason.
import { createRequire } from 'node:module';
import type { Builder } from 'junit-report-builder';
import type { ToolRun } from './toolRun.js';

// A CommonJS module whose types declare an ES default export: required, so that types and value agree.
const junit = createRequire(import.meta.url)('junit-report-builder') as Builder;

export function junitReport(runs: ToolRun[], name = 'crm-contract-test'): string {
  const report = junit.newBuilder().name(name);
  for (const run of runs) {
    const suite = report.testSuite().name(`${run.tool} → ${run.target}`);
    for (const result of run.results) {
      const testCase = suite.testCase().className(result.endpoint).name(result.check);
      const message = result.message ?? '';
      if (result.outcome === 'failed') testCase.failure(message.split('\n')[0], 'contract violation').stacktrace(message);
      if (result.outcome === 'skipped') testCase.skipped().standardOutput(message);
    }
  }
  return report.build();
}
