// The CRM contacts client: the contract's two contact operations and authentication, typed by
// @crm-contacts/types, over openapi-fetch.
import createClient from 'openapi-fetch';
import type { AuthenticationRequest, AuthenticationResult, AuthenticationToken, Contact, ContactList, paths } from '@crm-contacts/types';
import type { CrmFormat } from './answerFormat.js';
import { credentialHeaders, type CrmCredentials } from './credentials.js';
import { MAX_PAGE_SIZE, pageThrough } from './pageThrough.js';
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

/** The paging fields of a page that `filterEach` fetched (its contacts are what the iterator yields). */
export type FetchedPage = Omit<ContactList, 'response'> & { contacts: number };

export interface PagingOptions extends CallOptions {
  /** Contacts per request, 1 to MAX_PAGE_SIZE (the server's cap), which is the default. */
  pageSize?: number;
  /** Called after each page arrives, before its contacts are yielded: for progress. */
  onPage?: (page: FetchedPage) => void;
}

/** A filter query without the paging parameters, which the walk sets itself. */
export type FilterAllQuery = Omit<FilterContactsQuery, 'startIndex' | 'count'>;

export interface CrmClient {
  contacts: {
    /** One page of the contacts matching the query (`GET api/2.0/crm/contact/filter`). */
    filter(query?: FilterContactsQuery, options?: CallOptions): Promise<ContactList>;
    /** The contacts whose contact information matches (`GET api/2.0/crm/contact/bycontactinfo`). */
    byContactInfo(query: ByContactInfoQuery, options?: CallOptions): Promise<ContactList>;
    /**
     * Every contact matching the query, one at a time: a page (`pageSize`, default MAX_PAGE_SIZE) is fetched only
     * when the previous one has been consumed, so memory stays flat and `break` stops the requests.
     */
    filterEach(query?: FilterAllQuery, options?: PagingOptions): AsyncGenerator<Contact, void, undefined>;
    /** Every contact matching the query in one array: `filterEach` collected. */
    filterAll(query?: FilterAllQuery, options?: PagingOptions): Promise<Contact[]>;
  };
  /** Exchanges credentials for a token, which this client then sends on every later call. */
  authenticate(credentials: AuthenticationRequest, options?: CallOptions): Promise<AuthenticationToken>;
}

// The real server picks the representation by suffix and ignores Accept; the emulator honours both.
const ACCEPT: Record<CrmFormat, string> = { json: 'application/json', xml: 'text/xml' };

/** The path of an operation in a format: the contract's `.xml` form for XML (the real server picks the representation by suffix). */
const pathIn = <P extends string>(format: CrmFormat, path: P): P | `${P}.xml` => (format === 'xml' ? `${path}.xml` : path);

export function createCrmClient(options: CrmClientOptions): CrmClient {
  const { baseUrl, format: defaultFormat = 'json', fetch: customFetch, ...credentials } = options;
  let authHeaders = credentialHeaders(credentials);
  const http = createClient<paths>({ baseUrl: baseUrl.replace(/\/+$/, ''), ...(customFetch ? { fetch: customFetch } : {}) });
  const request = (format: CrmFormat, signal?: AbortSignal) => ({ headers: { ...authHeaders, Accept: ACCEPT[format] }, parseAs: 'text' as const, signal });

  async function filter(query: FilterContactsQuery = {}, { format = defaultFormat, signal }: CallOptions = {}): Promise<ContactList> {
    const params = { query: toContractFilterQuery(query) };
    const answer = await http.GET(pathIn(format, '/api/2.0/crm/contact/filter'), { params, ...request(format, signal) });
    return readAnswer<ContactList>(answer, format, 'ContactList');
  }

  async function byContactInfo(query: ByContactInfoQuery, { format = defaultFormat, signal }: CallOptions = {}): Promise<ContactList> {
    const params = { query };
    const answer = await http.GET(pathIn(format, '/api/2.0/crm/contact/bycontactinfo'), { params, ...request(format, signal) });
    return readAnswer<ContactList>(answer, format, 'ContactList');
  }

  async function* filterEach(query: FilterAllQuery = {}, { pageSize = MAX_PAGE_SIZE, onPage, ...call }: PagingOptions = {}): AsyncGenerator<Contact, void, undefined> {
    for await (const page of pageThrough((startIndex, count) => filter({ ...query, startIndex, count }, call), pageSize)) {
      const { response, ...paging } = page;
      onPage?.({ ...paging, contacts: response.length });
      yield* response;
    }
  }

  async function filterAll(query: FilterAllQuery = {}, options: PagingOptions = {}): Promise<Contact[]> {
    const contacts: Contact[] = [];
    for await (const contact of filterEach(query, options)) contacts.push(contact);
    return contacts;
  }

  async function authenticate(body: AuthenticationRequest, { format = defaultFormat, signal }: CallOptions = {}): Promise<AuthenticationToken> {
    const init = { body, ...request(format, signal), headers: { Accept: ACCEPT[format] } }; // no stale credentials on a sign-in
    const answer = await http.POST(pathIn(format, '/api/2.0/authentication'), init);
    const { response } = await readAnswer<AuthenticationResult>(answer, format, 'AuthenticationResult');
    authHeaders = credentialHeaders({ token: response.token });
    return response;
  }

  return { contacts: { filter, byContactInfo, filterEach, filterAll }, authenticate };
}
