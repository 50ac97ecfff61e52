// Walks every page of a list by startIndex and count. It never follows `nextIndex`, which the real
// server reports one too high (startIndex + count + 1): following it would skip a contact per page.
import { contractLimits } from '@crm-contacts/types';
import type { ContactPage } from './fieldsTypes.js';

/** The server's cap on `count` (the contract's maximum). */
export const MAX_PAGE_SIZE = contractLimits.pageSize;

export async function* pageThrough<P extends Pick<ContactPage<unknown>, 'response' | 'total' | 'nextIndex'>>(fetchPage: (startIndex: number, count: number) => Promise<P>, pageSize: number): AsyncGenerator<P> {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  for (let startIndex = 0; ; ) {
    const page = await fetchPage(startIndex, pageSize);
    yield page;
    startIndex += pageSize;
    // `nextIndex` is sent only when more exist (its value is wrong, its presence is not). A short page
    // without it is the last; a short page with it is `type` applied after the database paged (the
    // page kept only one kind), and the walk goes on. `total` stops a walk whose last page is full.
    if (page.total !== undefined && startIndex >= page.total) return;
    if (page.nextIndex === undefined && page.response.length < pageSize) return;
  }
}
