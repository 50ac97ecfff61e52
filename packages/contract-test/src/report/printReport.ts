// The run's report: counts per tool, target and endpoint, the failures in full, and the closing
// `N passed, N failed, N skipped` line that CI reads.
import { countOutcomes, type ToolRun } from './toolRun.js';

export function formatReport(runs: ToolRun[], options: { extraLines?: string[]; maxFailures?: number; closingLine?: boolean } = {}): string {
  const { extraLines = [], maxFailures = Infinity, closingLine = true } = options;
  const lines: string[] = ['', 'Contract test report', ''];
  for (const run of runs) {
    const byEndpoint = new Map<string, ToolRun['results']>();
    for (const result of run.results) byEndpoint.set(result.endpoint, [...(byEndpoint.get(result.endpoint) ?? []), result]);
    const total = countOutcomes(run.results);
    lines.push(`${run.tool} → ${run.target}: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
    for (const [endpoint, results] of [...byEndpoint].sort(([a], [b]) => a.localeCompare(b))) {
      const counts = countOutcomes(results);
      lines.push(`  ${endpoint.padEnd(48)} ${String(counts.passed).padStart(5)} passed ${String(counts.failed).padStart(4)} failed ${String(counts.skipped).padStart(4)} skipped`);
    }
  }
  const reasons = new Map<string, number>();
  for (const run of runs) for (const r of run.results) if (r.outcome === 'skipped' && r.message) reasons.set(`${run.tool}: ${r.message}`, (reasons.get(`${run.tool}: ${r.message}`) ?? 0) + 1);
  if (reasons.size > 0) {
    lines.push('', 'Skipped, and why:');
    for (const [reason, count] of reasons) lines.push(`- ${count}× ${reason}`);
  }
  const failures = runs.flatMap((run) => run.results.filter((r) => r.outcome === 'failed').map((r) => ({ run, r })));
  if (failures.length > 0) {
    lines.push('', 'Failures:');
    for (const { run, r } of failures.slice(0, maxFailures)) lines.push(`- [${run.tool} → ${run.target}] ${r.check}`, ...(r.message ?? '').split('\n').map((l) => `    ${l}`));
  }
  if (failures.length > maxFailures) lines.push(`  ... and ${failures.length - maxFailures} more`);
  lines.push(...extraLines);
  // CI reads the last `N passed, N failed` line: a deliberately broken run must not print one.
  if (closingLine) {
    const all = countOutcomes(runs.flatMap((run) => run.results));
    lines.push('', `${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
  }
  return lines.join('\n');
}
