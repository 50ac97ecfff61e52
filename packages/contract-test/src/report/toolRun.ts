// What one tool's run against one target found, transaction by transaction (or request by request).
export type Outcome = 'passed' | 'failed' | 'skipped';

export interface CheckResult {
  /** `GET /api/2.0/crm/contact/filter`: the report groups by it. */
  endpoint: string;
  /** What was checked: a Dredd transaction name, a property, a Schemathesis operation. */
  check: string;
  outcome: Outcome;
  /** Why it failed (operation, request, schema path) or why it was skipped. */
  message?: string;
}

export interface ToolRun {
  tool: 'dredd' | 'property' | 'schemathesis' | 'sign-in';
  target: string;
  results: CheckResult[];
}

export function countOutcomes(results: CheckResult[]): Record<Outcome, number> {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const result of results) counts[result.outcome] += 1;
  return counts;
}
