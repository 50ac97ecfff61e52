// The Dredd hooks, in TypeScript: before each transaction, shape the request that provokes the response
// it describes (credentials, a bad parameter, a wrong password); before Dredd's own validation, replace
// its example comparison (which lets wrong types pass for OpenAPI 3) with the contract validator.
import type { ContractValidator } from '@crm-contacts/contract/validator';
import { pointerOf } from '@crm-contacts/contract';
import { checkAnswer } from './checkAnswer.js';
import { curlFor } from './reproduce.js';
import { parseTransactionName } from './transactionName.js';
import { planTransaction, type PlanContext } from './transactionPlan.js';

/** The part of a Dredd transaction the hooks read and write. */
export interface DreddTransaction {
  name: string;
  host: string;
  port: string | number;
  protocol: string;
  fullPath: string;
  skip: boolean;
  fail?: string | boolean;
  request: { method: string; uri: string; headers: Record<string, string>; body: string };
  expected: { statusCode: string; headers?: Record<string, string>; body?: string; bodySchema?: unknown };
  real?: { statusCode: number; headers: Record<string, string>; body: string };
  /** Our own note for the report: why the transaction was skipped. */
  skipReason?: string;
}

export interface DreddHooks {
  beforeEach(hook: (transaction: DreddTransaction) => void): void;
  beforeEachValidation(hook: (transaction: DreddTransaction) => void): void;
}

export interface HooksContext extends PlanContext {
  authorization: string;
  /** The Authorization header of a user without the CRM module, when the target has one. */
  noCrmAccessAuthorization?: string;
  faultyBaseUrl?: string;
  validator: ContractValidator;
}

const operationIds = new Map<string, string>();

export function contractHooks(context: HooksContext) {
  return (hooks: DreddHooks) => {
    hooks.beforeEach((transaction) => {
      const key = parseTransactionName(transaction.name);
      const plan = planTransaction(key, context);
      if (!plan.run) {
        transaction.skip = true;
        transaction.skipReason = plan.reason;
        return;
      }
      transaction.skip = false;
      const headers = transaction.request.headers;
      delete headers.Authorization;
      if (plan.authorization === 'valid') headers.Authorization = context.authorization;
      if (plan.authorization === 'noCrmAccess' && context.noCrmAccessAuthorization) headers.Authorization = context.noCrmAccessAuthorization;
      if (plan.prefer) headers.Prefer = plan.prefer;
      if (plan.faulty && context.faultyBaseUrl) {
        const faulty = new URL(context.faultyBaseUrl);
        transaction.host = faulty.hostname;
        transaction.port = faulty.port;
      }
      if (plan.body) {
        headers['Content-Type'] = 'application/json';
        transaction.request.body = JSON.stringify(plan.body);
      }
      if (plan.query !== undefined) {
        transaction.request.uri = key.path + plan.query;
        transaction.fullPath = key.path + plan.query;
      }
    });

    hooks.beforeEachValidation((transaction) => {
      const key = parseTransactionName(transaction.name);
      const real = transaction.real!;
      const method = transaction.request.method;
      const errors = checkAnswer(
        context.validator,
        { path: key.path, method, status: key.status, mediaType: key.mediaType },
        { statusCode: real.statusCode, contentType: headerOf(real.headers, 'content-type'), body: real.body },
      );
      // The verdict is ours: Dredd compares bodies with the example only, and header values verbatim
      // (a charset suffix would fail it), so its own body and header checks are switched off.
      // The status too: our verdict names it, and Dredd's own message would replace ours.
      transaction.expected.statusCode = String(real.statusCode);
      transaction.expected.headers = {};
      delete transaction.expected.body;
      delete transaction.expected.bodySchema;
      if (errors.length > 0) {
        const request = curlFor({
          method,
          url: `${transaction.protocol}//${transaction.host}:${transaction.port}${transaction.fullPath}`,
          headers: transaction.request.headers,
          body: transaction.request.body || undefined,
        });
        const operation = operationIdOf(context.validator, key.path, method);
        transaction.fail = [`${operation}: ${method} ${transaction.fullPath} → ${key.status} ${key.mediaType}`, ...errors.map((e) => `  ${e}`), `  reproduce: ${request}`].join('\n');
      }
    });
  };
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}

function operationIdOf(validator: ContractValidator, path: string, method: string): string {
  const cacheKey = `${method} ${path}`;
  if (!operationIds.has(cacheKey)) {
    const operation = validator.schemaAt(pointerOf('paths', path, method.toLowerCase())) as { operationId?: string } | undefined;
    operationIds.set(cacheKey, operation?.operationId ?? cacheKey);
  }
  return operationIds.get(cacheKey)!;
}
