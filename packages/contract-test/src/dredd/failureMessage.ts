// A failed transaction in the report: the operation and response it describes, Dredd's verdict (or the
// hooks'), and a curl line that repeats the request, so that it reproduces in one step. Credentials are
// shown as a placeholder: the report may end up in a CI log.
import { pointerOf } from '@crm-contacts/contract';
import type { ContractValidator } from '@crm-contacts/contract/validator';
import type { DreddTransaction } from './contractHooks.js';
import { parseTransactionName } from './transactionName.js';

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

function curlFor({ request, protocol, host, port, fullPath }: DreddTransaction): string {
  const headers = Object.entries(request.headers).filter(([name]) => !/^user-agent$/i.test(name));
  const parts = ['curl -i', `-X ${request.method}`, ...headers.map(([name, value]) => `-H ${quote(`${name}: ${/^authorization$/i.test(name) ? '$CRM_TOKEN' : value}`)}`)];
  if (request.body) parts.push(`--data ${quote(request.body)}`);
  return [...parts, quote(`${protocol}//${host}:${port}${fullPath}`)].join(' ');
}

export function failureMessage(validator: ContractValidator, transaction: DreddTransaction, verdict: string): string {
  const key = parseTransactionName(transaction.name);
  const method = transaction.request.method;
  const operation = validator.schemaAt(pointerOf('paths', key.path, method.toLowerCase()))?.operationId ?? `${method} ${key.path}`;
  const lines = verdict.split('\n').filter((line) => line.trim() !== '');
  return [`${operation}: ${method} ${transaction.fullPath} → ${key.status} ${key.mediaType}`, ...lines.map((line) => `  ${line}`), `  reproduce: ${curlFor(transaction)}`].join('\n');
}
