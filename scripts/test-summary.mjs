#!/usr/bin/env node
// After `turbo run test`: adds up what each package's vitest reported (its "Tests" line) from turbo's
// task logs, which turbo also restores on a cache hit, and ends with one line
// "tests: N passed, N failed, N skipped" for CI. (pytest runs inside a vitest test and counts as it.)
// Exits 1 when no test ran at all.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ANSI = /\x1b\[[0-9;]*m/g;
const totals = { passed: 0, failed: 0, skipped: 0 };
const rows = [];

for (const group of ['packages', 'apps', 'tools']) {
  if (!existsSync(group)) continue;
  for (const name of readdirSync(group)) {
    const log = join(group, name, '.turbo', 'turbo-test.log');
    if (!existsSync(log)) continue;
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const raw of readFileSync(log, 'utf8').split('\n')) {
      const line = raw.replace(ANSI, '');
      // vitest: "      Tests  2 failed | 44 passed | 1 skipped (47)"
      const summary = /^\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line)?.[1];
      if (!summary) continue;
      for (const [, n, kind] of summary.matchAll(/(\d+) (passed|failed|skipped|todo|errors?)/g)) {
        const key = kind === 'passed' ? 'passed' : kind === 'failed' || kind.startsWith('error') ? 'failed' : 'skipped';
        counts[key] += Number(n);
      }
    }
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    rows.push(`  ${`${group}/${name}`.padEnd(36)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}

console.log(['test summary (from turbo task logs):', ...rows].join('\n'));
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
if (totals.passed + totals.failed === 0) process.exit(1);
