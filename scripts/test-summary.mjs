#!/usr/bin/env node
// After `turbo run test`: adds up each package's vitest results, read from the json reporter's file
// (test-results/vitest.json, set in vitest.shared.ts; turbo restores it on a cache hit), and ends with
// one line "tests: N passed, N failed, N skipped" for CI. (pytest runs inside a vitest test and counts
// as it.) Exits 1 when no test ran at all.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const RESULTS = join('test-results', 'vitest.json');
const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];

for (const group of ['packages', 'apps', 'tools']) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) {
    const file = join(group, name, RESULTS);
    if (!existsSync(file)) continue;
    const results = JSON.parse(readFileSync(file, 'utf8'));
    // a run that failed outside any test (a file that does not load) counts as one failure
    const outsideTests = results.success === false && results.numFailedTests === 0 ? 1 : 0;
    const counts = { passed: results.numPassedTests, failed: results.numFailedTests + outsideTests, skipped: results.numPendingTests + results.numTodoTests };
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    rows.push(`  ${`${group}/${name}`.padEnd(36)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}

console.log(['test summary (from vitest json results):', ...rows].join('\n'));
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.passed + totals.failed === 0) process.exit(1);
