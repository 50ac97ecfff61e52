// What request provokes each response the contract describes, per kind of target, and which responses
// cannot be provoked (those transactions are skipped with the reason).
import { operationPath } from '@crm-contacts/contract';
import type { TargetKind } from '../target/target.js';
import type { TransactionKey } from './transactionName.js';

export type Plan =
  | {
      run: true;
      /** `valid`: the target's credentials; `none`: no Authorization header; `noCrmAccess`: a user without the CRM module. */
      authorization: 'valid' | 'none' | 'noCrmAccess';
      /** Replaces the example query Dredd built (which matches no seeded contact). */
      query?: string;
      /** A JSON request body (sign-in). */
      body?: Record<string, string>;
      /** Prism's way to pick a response it cannot be led to by the request alone. */
      prefer?: string;
      /** Send it to the target's faulty copy, which answers every call with its 500. */
      faulty?: boolean;
    }
  | { run: false; reason: string };

export interface PlanContext {
  kind: TargetKind;
  /** The target has a copy that answers 500 to everything. */
  hasFaultyCopy?: boolean;
  /** The target has a user without the CRM module, whom it answers 403. */
  hasUserWithoutCrm?: boolean;
  userName?: string;
  password?: string;
  /** The verifier's mode: GET requests only; its one sign-in is made and checked before Dredd runs. */
  readOnly?: boolean;
}

export const READ_ONLY_SIGN_IN = 'read-only: crm-contract-test signs in once (the sign-in check), never again';

const SIGN_IN = operationPath('authenticate');
const isSignIn = (path: string) => path.startsWith(SIGN_IN);

// The framework's generic list parameters, one set per path form, so that each is sent and its answer
// judged: on .json whole contacts in the framework's memory mode (a member sort, its filter and kind), on
// .xml contacts trimmed by `fields`; the plain form keeps the bare query. A bad one: a malformed updatedSince.
const GENERIC = {
  json: '&sortBy=isCompany&sortOrder=descending&filterBy=isShared&filterOp=equals&filterValue=true&type=person&updatedSince=2020-01-01',
  xml: '&fields=id,displayName,isCompany,company',
} as const;

function listQuery(path: string, badParameter: boolean): string {
  const form = path.endsWith('.json') ? 'json' : path.endsWith('.xml') ? 'xml' : undefined;
  const bycontactinfo = path.includes('/bycontactinfo');
  if (badParameter) {
    if (form === 'xml') return bycontactinfo ? '?infoType=Email&updatedSince=yesterday' : '?updatedSince=yesterday';
    return bycontactinfo ? '?infoType=Email&isPrimary=maybe' : '?isShared=maybe';
  }
  const generic = form ? GENERIC[form] : '';
  // on filter the framework's filterValue is also the name search: none on .json, where it compares isShared
  return bycontactinfo ? `?infoType=Email&count=25${generic}` : `?count=25${form === 'json' ? generic.replace('&filterBy=isShared&filterOp=equals&filterValue=true', '') : generic}`;
}

export function planTransaction(key: TransactionKey, context: PlanContext): Plan {
  const { path, status, mediaType } = key;
  if (context.kind === 'live' && mediaType === 'text/xml' && !path.endsWith('.xml')) {
    return { run: false, reason: 'the real server ignores Accept: XML only with the .xml suffix' };
  }
  if (isSignIn(path)) return planSignIn(key, context);
  if (status >= 200 && status < 300) return { run: true, authorization: 'valid', query: listQuery(path, false) };
  if (status === 400) {
    // Prism answers a request it rejects in the first media type, whatever Accept says.
    if (context.kind === 'mock' && mediaType === 'text/xml' && !path.endsWith('.xml')) return { run: true, authorization: 'valid', query: listQuery(path, false), prefer: 'code=400' };
    return { run: true, authorization: 'valid', query: listQuery(path, true) };
  }
  if (status === 401) return { run: true, authorization: 'none', query: listQuery(path, false) };
  if (context.kind === 'mock') return { run: true, authorization: 'valid', query: listQuery(path, false), prefer: `code=${status}` };
  if (status === 500 && context.hasFaultyCopy) return { run: true, authorization: 'valid', query: listQuery(path, false), faulty: true };
  if (status === 403 && context.hasUserWithoutCrm) return { run: true, authorization: 'noCrmAccess', query: listQuery(path, false) };
  return { run: false, reason: `no request makes a correct server answer ${status} here` };
}

function planSignIn(key: TransactionKey, context: PlanContext): Plan {
  const { status } = key;
  if (context.readOnly) return { run: false, reason: READ_ONLY_SIGN_IN };
  const credentials = context.userName && context.password ? { userName: context.userName, password: context.password } : undefined;
  if (status >= 200 && status < 300) {
    return credentials ? { run: true, authorization: 'none', body: credentials } : { run: false, reason: 'no user name and password to sign in with' };
  }
  if (status === 400) {
    if (context.kind === 'mock' && key.mediaType === 'text/xml' && !key.path.endsWith('.xml')) return { run: true, authorization: 'none', body: credentials ?? { userName: 'someone', password: 'x' }, prefer: 'code=400' };
    return { run: true, authorization: 'none', body: { userName: context.userName ?? 'someone' } };
  }
  if (status === 401) {
    if (context.kind === 'live') return { run: false, reason: 'the real server answers 500 to a wrong password, and a failed sign-in counts against the account' };
    const wrong = { userName: context.userName ?? 'someone', password: 'not-the-password' };
    // Prism cannot check passwords: it is asked for the 401 it would give.
    return { run: true, authorization: 'none', body: wrong, ...(context.kind === 'mock' ? { prefer: 'code=401' } : {}) };
  }
  if (context.kind === 'mock') return { run: true, authorization: 'none', body: credentials ?? { userName: 'someone', password: 'x' }, prefer: `code=${status}` };
  if (status === 500 && context.hasFaultyCopy) return { run: true, authorization: 'none', body: credentials ?? { userName: 'someone', password: 'x' }, faulty: true };
  return { run: false, reason: `no request makes a correct server answer ${status} here` };
}
