#!/usr/bin/env node
// crm-contract-test: verifies a server against the contract, prints the report, writes the JUnit or JSON
// file when asked, and exits 0 (every check passed or skipped), 1 (a contract violation) or 2 (usage).
import { writeFileSync } from 'node:fs';
import { readCliOptions, USAGE, UsageError } from './cliOptions.js';
import { jsonReport } from './report/jsonReport.js';
import { junitReport } from './report/junitReport.js';
import { formatReport } from './report/printReport.js';
import { countOutcomes } from './report/toolRun.js';

async function main(argv: string[]): Promise<number> {
  const options = readCliOptions(argv);
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  // Loaded only for a run: Dredd's dependencies print deprecation warnings on load, noise on a usage error.
  const { verify } = await import('./verify.js');
  const target = { name: new URL(options.baseUrl).host, kind: 'live' as const, baseUrl: options.baseUrl, credentials: options.credentials, users: [], close: async () => {} };
  const { runs, requests, millis } = await verify(target, { maxRequests: options.maxRequests, ratePerSecond: options.ratePerSecond, seed: options.seed, readOnly: true });
  const summary = `${requests} of at most ${options.maxRequests} requests in ${(millis / 1000).toFixed(1)} s; seed ${options.seed} (--seed ${options.seed} replays the queries)`;
  console.log(formatReport(runs, { extraLines: ['', summary] }));
  if (options.report) {
    const context = { baseUrl: options.baseUrl, seed: options.seed, maxRequests: options.maxRequests, requests, millis };
    writeFileSync(options.report.out, options.report.format === 'junit' ? junitReport(runs) : jsonReport(runs, context));
    console.log(`report: ${options.report.out}`);
  }
  return countOutcomes(runs.flatMap((run) => run.results)).failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`crm-contract-test: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(`crm-contract-test: ${(error as Error).message}`);
    process.exitCode = 1;
  },
);
