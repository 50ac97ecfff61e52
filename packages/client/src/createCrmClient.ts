// The CRM contacts client: the contract's two contact operations and authentication, typed by
// @crm-contacts/types, over openapi-fetch.
import createClient from 'openapi-fetch';
import type { AuthenticationRequest, AuthenticationResult, AuthenticationToken, Contact, ContactList, paths } from '@crm-contacts/types';
import type { CrmFormat } from './answerFormat.js';
import { credentialHeaders, type CrmCredentials } from './credentials.js';
import { pageThrough } from './pageThrough.js';
import { toContractFilterQuery, type ByContactInfoQuery, type FilterContactsQuery } from './queries.js';
import { readAnswer } from './readAnswer.js';

export type CrmClientOptions = CrmCredentials & {
  /** The portal's address, e.g. `https://yourportal.onlyoffice.com`. */
  baseUrl: string;
  /** JSON (the default) or the XML representation, read into the same objects. */
  format?: CrmFormat;
  /** A fetch to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
};

export interface CallOptions {
  /** Overrides the client's format for this call. */
  format?: CrmFormat;
  signal?: AbortSignal;
}

export interface CrmClient {
  contacts: {
    /** One page of the contacts matching the query (`GET api/2.0/crm/contact/filter`). */
    filter(query?: FilterContactsQuery, options?: CallOptions): Promise<ContactList>;
    /** The contacts whose contact information matches (`GET api/2.0/crm/contact/bycontactinfo`). */
    byContactInfo(query: ByContactInfoQuery, options?: CallOptions): Promise<ContactList>;
    /** Every contact matching the query, fetched `pageSize` (default 1000) at a time. */
    filterAll(query?: Omit<FilterContactsQuery, 'startIndex' | 'count'>, options?: CallOptions & { pageSize?: number }): Promise<Contact[]>;
  };
  /** Exchanges credentials for a token, which this client then sends on every later call. */
  authenticate(credentials: AuthenticationRequest, options?: CallOptions): Promise<AuthenticationToken>;
}

// The real server picks the representation by suffix and ignores Accept; the emulator honours both.
const ACCEPT: Record<CrmFormat, string> = { json: 'application/json', xml: 'text/xml' };

export function createCrmClient(options: CrmClientOptions): CrmClient {
  const { baseUrl, format: defaultFormat = 'json', fetch: customFetch, ...credentials } = options;
  let authHeaders = credentialHeaders(credentials);
  const http = createClient<paths>({ baseUrl: baseUrl.replace(/\/+$/, ''), ...(customFetch ? { fetch: customFetch } : {}) });
  const request = (format: CrmFormat, signal?: AbortSignal) => ({ headers: { ...authHeaders, Accept: ACCEPT[format] }, parseAs: 'text' as const, signal });

  async function filter(query: FilterContactsQuery = {}, { format = defaultFormat, signal }: CallOptions = {}): Promise<ContactList> {
    const params = { query: toContractFilterQuery(query) };
    const answer = format === 'xml'
      ? await http.GET('/api/2.0/crm/contact/filter.xml', { params, ...request(format, signal) })
      : await http.GET('/api/2.0/crm/contact/filter', { params, ...request(format, signal) });
    return readAnswer<ContactList>(answer, format, 'ContactList');
  }

  async function byContactInfo(query: ByContactInfoQuery, { format = defaultFormat, signal }: CallOptions = {}): Promise<ContactList> {
    const params = { query };
    const answer = format === 'xml'
      ? await http.GET('/api/2.0/crm/contact/bycontactinfo.xml', { params, ...request(format, signal) })
      : await http.GET('/api/2.0/crm/contact/bycontactinfo', { params, ...request(format, signal) });
    return readAnswer<ContactList>(answer, format, 'ContactList');
  }

  async function filterAll(query: Omit<FilterContactsQuery, 'startIndex' | 'count'> = {}, { pageSize = 1000, ...call }: CallOptions & { pageSize?: number } = {}): Promise<Contact[]> {
    const contacts: Contact[] = [];
    for await (const page of pageThrough((startIndex, count) => filter({ ...query, startIndex, count }, call), pageSize)) {
      contacts.push(...page.response);
    }
    return contacts;
  }

  async function authenticate(body: AuthenticationRequest, { format = defaultFormat, signal }: CallOptions = {}): Promise<AuthenticationToken> {
    const init = { body, ...request(format, signal), headers: { Accept: ACCEPT[format] } }; // no stale credentials on a sign-in
    const answer = format === 'xml'
      ? await http.POST('/api/2.0/authentication.xml', init)
      : await http.POST('/api/2.0/authentication', init);
    const { response } = await readAnswer<AuthenticationResult>(answer, format, 'AuthenticationResult');
    authHeaders = credentialHeaders({ token: response.token });
    return response;
  }

  return { contacts: { filter, byContactInfo, filterAll }, authenticate };
}
