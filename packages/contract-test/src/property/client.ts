// One GET against a target, its answer validated against the contract and read (JSON or XML) into the
// envelope the properties reason about.
import { contractLimits } from '@crm-contacts/contract';
import { validatorFor } from '@crm-contacts/contract/validator';
import type { Query } from './queryArbitraries.js';

const validator = validatorFor();

export interface Contact {
  id: number;
  isPrivate: boolean;
  shareType: number;
  accessList?: Array<{ id: string }>;
  tags?: string[];
}

export interface ListAnswer {
  url: string;
  status: number;
  contentType: string | null;
  /** Contract violations: empty when the answer is what the contract says for its status and media type. */
  errors: string[];
  envelope?: { total?: number; count?: number; nextIndex?: number; response?: Contact[]; error?: unknown };
}

export function queryString(query: Query): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) for (const item of Array.isArray(value) ? value : [value]) search.append(name, item);
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** How a request is sent: fetch itself, or the verifier's budgeted fetch. */
export type Send = (url: string, init?: RequestInit) => Promise<Response>;

export async function getList(baseUrl: string, path: string, query: Query, authorization?: string, send: Send = fetch): Promise<ListAnswer> {
  const url = `${baseUrl}${path}${queryString(query)}`;
  const response = await send(url, { headers: authorization ? { Authorization: authorization } : {} });
  const body = await response.text();
  const contentType = response.headers.get('content-type');
  const verdict = validator.validateResponse({ path, method: 'GET', status: response.status, contentType, body });
  return { url, status: response.status, contentType, errors: verdict.errors, envelope: verdict.valid ? (verdict.value as ListAnswer['envelope']) : undefined };
}

/** Every contact of a query, by id, through one page of the contract's largest size (the seeded data is smaller). */
export async function allIds(baseUrl: string, path: string, query: Query, authorization: string): Promise<number[]> {
  const answer = await getList(baseUrl, path, { ...query, startIndex: '0', count: String(contractLimits().pageSize) }, authorization);
  if (answer.status !== 200 || !answer.envelope) throw new Error(`${answer.url} answered ${answer.status}: ${answer.errors.join('; ')}`);
  return (answer.envelope.response ?? []).map((c) => c.id);
}
