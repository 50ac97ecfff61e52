// A failed transaction in the report: the operation and response it describes, Dredd's verdict (or
// the hooks'), and the curl line that repeats the request, so that it reproduces in one step.
import { pointerOf } from '@crm-contacts/contract';
import type { ContractValidator } from '@crm-contacts/contract/validator';
import type { DreddTransaction } from './contractHooks.js';
import { curlFor } from './reproduce.js';
import { parseTransactionName } from './transactionName.js';

export function failureMessage(validator: ContractValidator, transaction: DreddTransaction, verdict: string): string {
  const key = parseTransactionName(transaction.name);
  const method = transaction.request.method;
  const operation = validator.schemaAt(pointerOf('paths', key.path, method.toLowerCase()))?.operationId ?? `${method} ${key.path}`;
  const request = curlFor({
    method,
    url: `${transaction.protocol}//${transaction.host}:${transaction.port}${transaction.fullPath}`,
    headers: transaction.request.headers,
    body: transaction.request.body || undefined,
  });
  const lines = verdict.split('\n').filter((line) => line.trim() !== '');
  return [`${operation}: ${method} ${transaction.fullPath} → ${key.status} ${key.mediaType}`, ...lines.map((line) => `  ${line}`), `  reproduce: ${request}`].join('\n');
}
