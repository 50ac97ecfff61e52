// The Dredd hooks, in TypeScript. Before each transaction: the request that provokes the response it
// describes, and what Dredd should expect of it (a JSON body: the contract's schema). Dredd then judges
// status, Content-Type and JSON bodies; the hooks judge only the bodies Dredd cannot read (XML, plain text).
import { mediaTypeOf, type ContractValidator } from '@crm-contacts/contract/validator';
import { bodySchemaFor, optionalHeaders } from './expectations.js';
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
  /** Dredd waits for `done` when the hook takes it (two parameters). */
  beforeEach(hook: (transaction: DreddTransaction, done: () => void) => void): void;
  beforeEachValidation(hook: (transaction: DreddTransaction) => void): void;
}

export interface HooksContext extends PlanContext {
  authorization: string;
  /** The Authorization header of a user without the CRM module, when the target has one. */
  noCrmAccessAuthorization?: string;
  faultyBaseUrl?: string;
  validator: ContractValidator;
}

const isJson = (mediaType: string) => mediaType === 'application/json';

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
      // Dredd compares an OpenAPI 3 body with the example only (wrong types pass): a JSON body is
      // validated against the contract's schema instead; any other body is the hooks' to read.
      const expected = transaction.expected;
      delete expected.body;
      delete expected.bodySchema;
      if (isJson(key.mediaType)) expected.bodySchema = bodySchemaFor(context.validator, key.path, transaction.request.method, key.status, key.mediaType);
      // Dredd expects every header the contract documents, also those it marks `required: false`.
      const optional = optionalHeaders(key.path, transaction.request.method, key.status);
      expected.headers = Object.fromEntries(Object.entries(expected.headers ?? {}).filter(([name]) => !optional.includes(name.toLowerCase())));
    });

    hooks.beforeEachValidation((transaction) => {
      const key = parseTransactionName(transaction.name);
      const real = transaction.real!;
      const contentType = headerOf(real.headers, 'content-type');
      // Dredd compares Content-Type verbatim, but a parameter (`; charset=utf-8`) leaves the media type
      // as it is (RFC 9110 §8.3): the expected value takes the answer's parameters when the types agree.
      const expected = transaction.expected.headers!;
      const name = Object.keys(expected).find((header) => header.toLowerCase() === 'content-type') ?? 'Content-Type';
      if (contentType && mediaTypeOf(contentType) === key.mediaType) expected[name] = contentType;
      if (isJson(key.mediaType)) return;
      // Dredd cannot validate XML or text against a schema: the contract's validator reads it (XML
      // through the schema) as the body of the response this transaction describes.
      const verdict = context.validator.validateResponse({ path: key.path, method: transaction.request.method, status: key.status, contentType: key.mediaType, body: real.body });
      if (!verdict.valid) transaction.fail = verdict.errors.map((error) => `body (read through the schema): ${error}`).join('\n');
    });
  };
}

function headerOf(headers: Record<string, string>, name: string): string | undefined {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1];
}
