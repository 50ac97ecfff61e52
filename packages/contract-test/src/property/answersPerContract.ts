// The property the verifier runs on every GET operation of the contract (each path form: plain, .json,
// .xml): generated queries, valid and made invalid one parameter at a time; no 5xx, every answer what the
// contract says for its status and media type, valid queries accepted (200), invalid ones refused (400).
import fc from 'fast-check';
import { getList, type Send } from './client.js';
import { invalidQuery, validQuery, type Query } from './queryArbitraries.js';
import type { CheckResult } from '../report/toolRun.js';

export interface PropertyRun {
  baseUrl: string;
  path: string;
  authorization: string;
  runs: number;
  seed: number;
  send: Send;
}

interface Case {
  query: Query;
  broken?: string;
}

/** A generated query's verdict: undefined when the answer is what the contract says. */
function violation(answer: Awaited<ReturnType<typeof getList>>, broken: string | undefined): string | undefined {
  const expected = broken ? 400 : 200;
  const lines = [
    ...(answer.status >= 500 ? [`a server error (${answer.status})`] : []),
    ...(answer.status !== expected ? [`status ${answer.status}, expected ${expected} for a ${broken ? `query with an invalid ${broken}` : 'valid query'}`] : []),
    ...answer.errors.map((error) => `body: ${error}`),
  ];
  return lines.length > 0 ? lines.join('\n') : undefined;
}

export async function checkAnswersPerContract({ baseUrl, path, authorization, runs, seed, send }: PropertyRun): Promise<CheckResult> {
  const endpoint = `GET ${path}`;
  const check = `${endpoint}: generated queries answered as the contract says (seed ${seed})`;
  if (runs <= 0) return { endpoint, check, outcome: 'skipped', message: 'the request budget left no request for it' };
  const generated: fc.Arbitrary<Case> = fc.oneof(
    { arbitrary: validQuery(path).map((query) => ({ query })), weight: 3 },
    { arbitrary: invalidQuery(path), weight: 1 },
  );
  let sent = 0;
  let failure: string | undefined;
  // endOnFailure: no shrinking, so a failure costs no requests beyond the budget.
  const result = await fc.check(
    fc.asyncProperty(generated, async ({ query, broken }) => {
      const answer = await getList(baseUrl, path, query, authorization, send);
      sent += 1;
      const found = violation(answer, broken);
      if (found) failure = `${found}\n  reproduce: curl -i -H 'Authorization: $CRM_TOKEN' '${answer.url}'`;
      return !found;
    }),
    { seed, numRuns: runs, endOnFailure: true },
  );
  if (result.failed && !failure) failure = `the request failed: ${(result.errorInstance as Error | undefined)?.message ?? 'unknown error'}`;
  return failure
    ? { endpoint, check, outcome: 'failed', message: `after ${sent} queries:\n${failure}` }
    : { endpoint, check, outcome: 'passed', message: `${sent} queries` };
}
