// Runs Dredd (its JavaScript API, in this process) on the contract against one target with the
// contract hooks, and returns every transaction's outcome.
import { EventEmitter } from 'node:events';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { validatorFor } from '@crm-contacts/contract/validator';
import type { CheckResult, ToolRun } from '../report/toolRun.js';
import type { RequestBudget } from '../budget/requestBudget.js';
import { authorizationFor } from '../target/authorization.js';
import type { Target } from '../target/target.js';
import { contractHooks, type DreddHooks, type DreddTransaction } from './contractHooks.js';
import { writeDreddDocument } from './dreddDocument.js';
import { failureMessage } from './failureMessage.js';
import { parseTransactionName } from './transactionName.js';

const require = createRequire(import.meta.url);
const Dredd = require('dredd') as new (config: Record<string, unknown>) => { run(callback: (error: Error | null, stats: unknown) => void): void };
// Dredd always adds its CLI reporter, and its API offers no way to silence it but its logger (a deep
// import); the report printed here replaces it.
const dreddReporterOutput = require('dredd/build/reporters/reporterOutputLogger') as { default: { transports: { console: { silent: boolean } } } };
dreddReporterOutput.default.transports.console.silent = true;
const HOOK_FILE = fileURLToPath(new URL('../../hooks/dreddHooks.cjs', import.meta.url));

interface DreddTest {
  title?: string;
  message?: string;
  request?: { method?: string };
}

export interface DreddOptions {
  /** Where requests go, when not the target itself (the negative control puts a proxy in between). */
  baseUrl?: string;
  /** The Authorization header for 2xx transactions, when already known (the verifier signed in). */
  authorization?: string;
  /** Counts and spaces the transactions; those beyond it are skipped. */
  budget?: RequestBudget;
  /** GET transactions only (the verifier's mode). */
  readOnly?: boolean;
}

export async function runDredd(target: Target, options: DreddOptions = {}): Promise<ToolRun> {
  const baseUrl = options.baseUrl ?? target.baseUrl;
  const authorization = options.authorization ?? (await authorizationFor(target.baseUrl, target.credentials));
  const { budget } = options;
  // Dredd runs one transaction at a time and reports it before starting the next.
  let current: DreddTransaction | undefined;
  // Through a proxy, the faulty copy would bypass it: the negative control checks the real answers only.
  const faultyBaseUrl = options.baseUrl ? undefined : target.faultyBaseUrl;
  const withoutCrm = target.users.find((u) => !u.crmAccess);
  const validator = validatorFor();
  const register = contractHooks({
    kind: target.kind, authorization, faultyBaseUrl, hasFaultyCopy: Boolean(faultyBaseUrl), validator,
    userName: target.credentials.userName, password: target.credentials.password,
    hasUserWithoutCrm: Boolean(withoutCrm), noCrmAccessAuthorization: withoutCrm?.token, readOnly: options.readOnly,
  });
  const crmHooks = (hooks: DreddHooks) => {
    register(hooks);
    hooks.beforeEach((transaction, done) => {
      current = transaction;
      if (!budget || transaction.skip) return done();
      void budget.take().then((granted) => {
        if (!granted) {
          transaction.skip = true;
          transaction.skipReason = `the request budget (${budget.max} requests) was spent`;
        }
        done();
      });
    });
  };

  const results: CheckResult[] = [];
  const emitter = new EventEmitter();
  const record = (outcome: CheckResult['outcome']) => (test: DreddTest, callback?: () => void) => {
    const transaction = current;
    current = undefined;
    const name = transaction?.name ?? test.title ?? '(unknown transaction)';
    const method = transaction?.request.method ?? test.request?.method ?? 'GET';
    const endpoint = transaction ? `${method} ${parseTransactionName(transaction.name).path}` : '(unknown endpoint)';
    // Dredd prefixes a hook's verdict with "Failed in after hook: ".
    const verdict = (test.message ?? '').replace(/^Failed in after hook: /, '');
    const message = outcome === 'skipped' ? transaction?.skipReason : outcome === 'failed' ? (transaction ? failureMessage(validator, transaction, verdict) : verdict) : undefined;
    results.push({ endpoint, check: name, outcome, message });
    callback?.();
  };
  emitter.on('test pass', record('passed'));
  emitter.on('test fail', record('failed'));
  emitter.on('test skip', record('skipped'));
  emitter.on('test error', (error: Error, test: DreddTest, callback?: () => void) => {
    record('failed')({ ...test, message: `Dredd could not run it: ${error.message}` });
    callback?.();
  });

  await new Promise<void>((resolve, reject) => {
    new Dredd({
      endpoint: baseUrl,
      path: [writeDreddDocument()],
      hookfiles: [HOOK_FILE],
      reporter: [],
      loglevel: 'error',
      emitter,
      // Dredd gives the hook file its configuration (`hooks.configuration.custom`): the hooks travel there.
      custom: { crmHooks },
    }).run((error) => (error ? reject(error) : resolve()));
  });
  return { tool: 'dredd', target: target.name, results };
}
