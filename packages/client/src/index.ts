// @crm-contacts/client: the typed CRM contacts client, its errors, date helpers, and the contract's
// types and named enums (re-exported so one import gives everything a caller needs).
export { createCrmClient, type CrmClient, type CrmClientOptions, type CallOptions, type PagingOptions, type FetchedPage, type FilterAllQuery, type ByContactInfoAllQuery } from './createCrmClient.js';
export type { ContactFields, ContactWithFields, ContactPage } from './fieldsTypes.js';
export type { CrmCredentials } from './credentials.js';
export type { CrmFormat } from './answerFormat.js';
export type { FilterContactsQuery, ByContactInfoQuery, GenericListQuery } from './queries.js';
export { CrmApiError, isCrmApiError, type CrmApiErrorKind } from './CrmApiError.js';
export { parseApiDateTime, formatApiDateTime, toApiDate, type ApiDateTime } from '@crm-contacts/contract/api-date';
export { MAX_PAGE_SIZE } from './pageThrough.js';
export * from '@crm-contacts/types';
