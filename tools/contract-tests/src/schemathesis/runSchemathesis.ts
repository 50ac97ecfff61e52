// Runs Schemathesis (all checks, positive and negative data) on the bundled contract against one target
// and turns its JUnit and JSON reports into outcomes: each failure it found, known issues set apart.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import { contractFiles } from '@crm-contacts/contract';
import { run } from '@crm-contacts/processes';
import { DEFAULT_SEED } from '@crm-contacts/emulator';
import { authorizationFor, type CheckResult, type ToolRun, type Target } from '@crm-contacts/contract-test';
import { ensureSchemathesis } from './ensureSchemathesis.js';
import { KNOWN_ISSUES } from './knownIssues.js';

export interface SchemathesisOptions {
  /** Test cases per operation and phase; 100 keeps a run under a minute on two cores. */
  maxExamples?: number;
  seed?: number;
}

export interface SchemathesisRun extends ToolRun {
  /** Test cases (requests) Schemathesis generated. */
  generated: number;
  seed: number;
  /** The folder with Schemathesis's own JUnit and JSON reports of this run. */
  reports: string;
}

// The server answers an undeclared method with the contract's 404 "No such method", not 405.
const EXCLUDED_CHECKS = ['unsupported_method'];
// Prism takes any token by design (the mock's README says so), and coerces query strings when it validates, so it accepts some
// of Schemathesis's negative cases (a number as a tag is still a string in a query): the mock's
// leniency is Prism's, and the emulator is the server these checks hold to the contract.
const EXCLUDED_ON_MOCK = ['ignored_auth', 'negative_data_rejection'];
// The reports stay in test-results/schemathesis/<target>/ (turbo's test output, which CI keeps as an artifact).
const REPORTS = fileURLToPath(new URL('../../test-results/schemathesis/', import.meta.url));

/** An empty folder for this target's reports (the last run's are replaced). */
function reportDirFor(target: Target): string {
  const dir = join(REPORTS, target.name.replace(/[^\w.-]+/g, '-'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

export async function runSchemathesis(target: Target, options: SchemathesisOptions = {}): Promise<SchemathesisRun> {
  const st = ensureSchemathesis();
  const seed = options.seed ?? DEFAULT_SEED;
  const reportDir = reportDirFor(target);
  const authorization = await authorizationFor(target.baseUrl, target.credentials);
  const excluded = [...EXCLUDED_CHECKS, ...(target.kind === 'mock' ? EXCLUDED_ON_MOCK : [])];
  const args = [
    'run', contractFiles.json,
    '--url', target.baseUrl,
    '--header', `Authorization: ${authorization}`,
    '--checks', 'all',
    '--exclude-checks', excluded.join(','),
    '--mode', 'all',
    '--max-examples', String(options.maxExamples ?? 100),
    '--seed', String(seed),
    '--workers', '1',
    // Without a stored database of past failures, the same seed gives the same run.
    '--generation-database', 'none',
    '--report', 'junit,json',
    '--report-dir', reportDir,
    // A live portal's token must not reach the log; the local targets' test tokens may.
    '--output-sanitize', target.kind === 'live' ? 'true' : 'false',
  ];
  const { exitCode: code, output } = await run(st, args, { cwd: reportDir, env: { ...process.env, NO_COLOR: '1' } });
  const files = readdirSync(reportDir);
  const junit = files.find((f) => f.startsWith('junit'));
  const json = files.find((f) => f.startsWith('json'));
  if (!junit || !json) throw new Error(`Schemathesis wrote no report (exit ${code}):\n${output}`);
  const summary = JSON.parse(readFileSync(join(reportDir, json), 'utf8')) as { test_cases: { generated: number } };
  const results = readJunit(readFileSync(join(reportDir, junit), 'utf8')).flatMap(({ operation, failures }) => classify(target, operation, failures));
  return { tool: 'schemathesis', target: target.name, results, generated: summary.test_cases.generated, seed, reports: reportDir };
}

function classify(target: Target, operation: string, failures: string[]): CheckResult[] {
  if (failures.length === 0) return [{ endpoint: operation, check: `${operation}: every check`, outcome: 'passed' }];
  return failures.map((failure) => {
    const known = KNOWN_ISSUES.find((issue) => issue.kinds.includes(target.kind) && issue.matches(failure));
    const code = /- (ST\d+ [^\n]*)/.exec(failure)?.[1] ?? 'failure';
    return known
      ? { endpoint: operation, check: `${operation}: ${code}`, outcome: 'skipped' as const, message: `known issue (${known.owner}): ${known.id}; fix: ${known.fix}` }
      : { endpoint: operation, check: `${operation}: ${code}`, outcome: 'failed' as const, message: failure.trim() };
  });
}

const junitParser = new XMLParser({
  ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'failure', 'error'].includes(name),
});
type JunitCase = { name: string; failure?: (string | { '#text'?: string })[]; error?: (string | { '#text'?: string })[] };

/** Each operation of the JUnit report with the text of each failure (one per "Test Case ID"). */
export function readJunit(xml: string): Array<{ operation: string; failures: string[] }> {
  const suites: { testcase?: JunitCase[] }[] = junitParser.parse(xml).testsuites?.testsuite ?? [];
  return suites.flatMap((suite) => suite.testcase ?? []).map((testCase) => ({
    operation: testCase.name,
    failures: [...(testCase.failure ?? []), ...(testCase.error ?? [])]
      .flatMap((f) => (typeof f === 'string' ? f : (f['#text'] ?? '')).split(/\n(?=\d+\. Test Case ID)/))
      .filter((text) => text.trim().length > 0),
  }));
}
