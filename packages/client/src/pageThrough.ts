// Walks every page of a list by startIndex and count. It never follows `nextIndex`, which the real
// server reports one too high (startIndex + count + 1): following it would skip a contact per page.
import { contractLimits, type ContactList } from '@crm-contacts/types';

/** The server's cap on `count` (the contract's maximum). */
export const MAX_PAGE_SIZE = contractLimits.pageSize;

export async function* pageThrough(fetchPage: (startIndex: number, count: number) => Promise<ContactList>, pageSize: number): AsyncGenerator<ContactList> {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new RangeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${pageSize}`);
  }
  for (let startIndex = 0; ; ) {
    const page = await fetchPage(startIndex, pageSize);
    yield page;
    startIndex += page.response.length;
    // A short page is the last; `total` (always sent by filter) stops a walk whose last page is full.
    if (page.response.length < pageSize || (page.total !== undefined && startIndex >= page.total)) return;
  }
}
