// One verification of a server against the contract, within a request budget: the sign-in (when a user
// and password are given, the only one), Dredd's transactions, then the properties on every GET operation
// with the requests left. Every check ends up in the returned runs, passed, failed or skipped.
import { contractOperations } from '@crm-contacts/contract';
import { validatorFor } from '@crm-contacts/contract/validator';
import { RequestBudget } from './budget/requestBudget.js';
import { runDredd } from './dredd/runDredd.js';
import { checkAnswersPerContract } from './property/answersPerContract.js';
import type { CheckResult, ToolRun } from './report/toolRun.js';
import { signIn } from './target/authorization.js';
import type { Target } from './target/target.js';

export interface VerifyOptions {
  /** At most this many requests in all. */
  maxRequests: number;
  /** Requests per second at most (0: as fast as the server answers). */
  ratePerSecond: number;
  /** fast-check's seed: the same seed sends the same queries. */
  seed: number;
  /** GET requests and one sign-in only (the command line always; `pnpm contract` runs the full plan on its own servers). */
  readOnly: boolean;
}

export interface Verification {
  runs: ToolRun[];
  requests: number;
  millis: number;
}

/** The GET operations' paths in every form the contract lists (plain, .json, .xml). */
export function getPaths(): string[] {
  return contractOperations().filter((o) => o.method === 'get').map((o) => o.path);
}

export async function verify(target: Target, options: VerifyOptions): Promise<Verification> {
  const started = performance.now();
  const budget = new RequestBudget(options.maxRequests, options.ratePerSecond);
  const signedIn = await signInChecked(target, budget);
  const runs: ToolRun[] = [];
  if (signedIn.result) runs.push({ tool: 'sign-in', target: target.name, results: [signedIn.result] });
  if (signedIn.authorization === undefined) return { runs, requests: budget.used, millis: performance.now() - started };

  runs.push(await runDredd(target, { authorization: signedIn.authorization, budget, readOnly: options.readOnly }));
  const paths = getPaths();
  const results: CheckResult[] = [];
  for (const [index, path] of paths.entries()) {
    // What is left, shared among the operations not yet checked.
    const runsHere = Math.floor(budget.left / (paths.length - index));
    results.push(await checkAnswersPerContract({ baseUrl: target.baseUrl, path, authorization: signedIn.authorization, runs: runsHere, seed: options.seed, send: budget.fetch }));
  }
  runs.push({ tool: 'property', target: target.name, results });
  return { runs, requests: budget.used, millis: performance.now() - started };
}

/** The token, or a sign-in whose answer is checked against the contract; no token means nothing else can run. */
async function signInChecked(target: Target, budget: RequestBudget): Promise<{ authorization?: string; result?: CheckResult }> {
  const { token, userName, password } = target.credentials;
  if (token) return { authorization: token };
  const answer = await signIn(target.baseUrl, userName ?? '', password ?? '', budget.fetch);
  const endpoint = `POST ${new URL(answer.url).pathname}`;
  const check = `${endpoint}: sign-in as ${userName} answered 201 as the contract says`;
  const verdict = validatorFor().validateResponse({ path: new URL(answer.url).pathname, method: 'POST', status: answer.status, contentType: answer.contentType, body: answer.body });
  const problems = [...(answer.status === 201 ? [] : [`status ${answer.status}, expected 201`]), ...verdict.errors.map((e) => `body: ${e}`), ...(answer.token ? [] : ['no token in the answer'])];
  const result: CheckResult = problems.length === 0 ? { endpoint, check, outcome: 'passed' } : { endpoint, check, outcome: 'failed', message: problems.join('\n') };
  return { authorization: answer.status === 201 ? answer.token : undefined, result };
}
