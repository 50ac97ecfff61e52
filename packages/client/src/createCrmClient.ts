// The CRM contacts client: the contract's two contact operations and authentication, typed by
// @crm-contacts/types, over openapi-fetch.
import createClient from 'openapi-fetch';
import type { AuthenticationRequest, AuthenticationResult, AuthenticationToken, ContactList, operations, paths } from '@crm-contacts/types';
import type { CrmFormat } from './answerFormat.js';
import { credentialHeaders, type CrmCredentials } from './credentials.js';
import { MAX_PAGE_SIZE, pageThrough } from './pageThrough.js';
import type { ContactFields, ContactPage, ContactWithFields } from './fieldsTypes.js';
import { toContractQuery, type ByContactInfoQuery, type FilterContactsQuery } from './queries.js';
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
export type FilterAllQuery<F extends ContactFields | undefined = ContactFields | undefined> = Omit<FilterContactsQuery<F>, 'startIndex' | 'count'>;
/** A bycontactinfo query without the paging parameters. */
export type ByContactInfoAllQuery<F extends ContactFields | undefined = ContactFields | undefined> = Omit<ByContactInfoQuery<F>, 'startIndex' | 'count'>;

// Each method's contacts are whole, or trimmed to `fields` when the query names some (`const` keeps the names' literal types).
export interface CrmClient {
  contacts: {
    /** One page of the contacts matching the query (`GET api/2.0/crm/contact/filter`). */
    filter<const F extends ContactFields | undefined = undefined>(query?: FilterContactsQuery<F>, options?: CallOptions): Promise<ContactPage<ContactWithFields<F>>>;
    /** The contacts whose contact information matches (`GET api/2.0/crm/contact/bycontactinfo`). */
    byContactInfo<const F extends ContactFields | undefined = undefined>(query: ByContactInfoQuery<F>, options?: CallOptions): Promise<ContactPage<ContactWithFields<F>>>;
    /**
     * Every contact matching the query, one at a time: a page (`pageSize`, default MAX_PAGE_SIZE) is fetched only
     * when the previous one has been consumed, so memory stays flat and `break` stops the requests. Every
     * parameter (`fields`, `type`, ...) goes with every page.
     */
    filterEach<const F extends ContactFields | undefined = undefined>(query?: FilterAllQuery<F>, options?: PagingOptions): AsyncGenerator<ContactWithFields<F>, void, undefined>;
    /** Every contact matching the query in one array: `filterEach` collected. */
    filterAll<const F extends ContactFields | undefined = undefined>(query?: FilterAllQuery<F>, options?: PagingOptions): Promise<ContactWithFields<F>[]>;
    /** Every contact whose contact information matches, one at a time, page by page as `filterEach`. */
    byContactInfoEach<const F extends ContactFields | undefined = undefined>(query: ByContactInfoAllQuery<F>, options?: PagingOptions): AsyncGenerator<ContactWithFields<F>, void, undefined>;
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

  type FilterQuery = NonNullable<operations['filterContacts']['parameters']['query']>;
  type InfoQuery = operations['getContactsByContactInfo']['parameters']['query'];

  async function filter<const F extends ContactFields | undefined = undefined>(query: FilterContactsQuery<F> = {}, { format = defaultFormat, signal }: CallOptions = {}) {
    const params = { query: toContractQuery(query) as FilterQuery };
    const answer = await http.GET(pathIn(format, '/api/2.0/crm/contact/filter'), { params, ...request(format, signal) });
    return readAnswer<ContactList>(answer, format, 'ContactList') as Promise<ContactPage<ContactWithFields<F>>>;
  }

  async function byContactInfo<const F extends ContactFields | undefined = undefined>(query: ByContactInfoQuery<F>, { format = defaultFormat, signal }: CallOptions = {}) {
    const params = { query: toContractQuery(query) as InfoQuery };
    const answer = await http.GET(pathIn(format, '/api/2.0/crm/contact/bycontactinfo'), { params, ...request(format, signal) });
    return readAnswer<ContactList>(answer, format, 'ContactList') as Promise<ContactPage<ContactWithFields<F>>>;
  }

  async function* each<C>(fetchPage: (startIndex: number, count: number) => Promise<ContactPage<C>>, { pageSize = MAX_PAGE_SIZE, onPage }: PagingOptions): AsyncGenerator<C, void, undefined> {
    for await (const page of pageThrough(fetchPage, pageSize)) {
      const { response, ...paging } = page;
      onPage?.({ ...paging, contacts: response.length });
      yield* response;
    }
  }

  function filterEach<const F extends ContactFields | undefined = undefined>(query: FilterAllQuery<F> = {}, { pageSize, onPage, ...call }: PagingOptions = {}) {
    return each((startIndex, count) => filter<F>({ ...query, startIndex, count }, call), { pageSize, onPage });
  }

  function byContactInfoEach<const F extends ContactFields | undefined = undefined>(query: ByContactInfoAllQuery<F>, { pageSize, onPage, ...call }: PagingOptions = {}) {
    return each((startIndex, count) => byContactInfo<F>({ ...query, startIndex, count }, call), { pageSize, onPage });
  }

  async function filterAll<const F extends ContactFields | undefined = undefined>(query: FilterAllQuery<F> = {}, options: PagingOptions = {}) {
    const contacts: ContactWithFields<F>[] = [];
    for await (const contact of filterEach<F>(query, options)) contacts.push(contact);
    return contacts;
  }

  async function authenticate(body: AuthenticationRequest, { format = defaultFormat, signal }: CallOptions = {}): Promise<AuthenticationToken> {
    const init = { body, ...request(format, signal), headers: { Accept: ACCEPT[format] } }; // no stale credentials on a sign-in
    const answer = await http.POST(pathIn(format, '/api/2.0/authentication'), init);
    const { response } = await readAnswer<AuthenticationResult>(answer, format, 'AuthenticationResult');
    authHeaders = credentialHeaders({ token: response.token });
    return response;
  }

  return { contacts: { filter, byContactInfo, filterEach, filterAll, byContactInfoEach }, authenticate };
}
