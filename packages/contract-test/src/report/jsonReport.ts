// The run as JSON, for scripts: every check with its outcome and message, the totals, the budget used.
import { countOutcomes, type ToolRun } from './toolRun.js';

export interface JsonReportContext {
  baseUrl: string;
  seed: number;
  maxRequests: number;
  requests: number;
  millis: number;
}

export function jsonReport(runs: ToolRun[], context: JsonReportContext): string {
  const totals = countOutcomes(runs.flatMap((run) => run.results));
  return `${JSON.stringify({ ...context, millis: Math.round(context.millis), totals, runs }, null, 2)}\n`;
}
