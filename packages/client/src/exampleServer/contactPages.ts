// The success envelope of a contact list as the real server writes it, paging fields included
// (nextIndex one too high, as the real server reports it).
import type { Contact, ContactList } from '@crm-contacts/types';

const MAX_COUNT = 1000;

function intParam(value: string | null, fallback: number): number {
  const parsed = value === null ? NaN : Number(value);
  return Number.isInteger(parsed) ? parsed : fallback;
}

export function contactPage(matches: Contact[], query: URLSearchParams, totalAlways: boolean): ContactList {
  const requested = intParam(query.get('count'), MAX_COUNT);
  const count = requested > 0 ? Math.min(requested, MAX_COUNT) : MAX_COUNT;
  const startIndex = Math.max(0, intParam(query.get('startIndex'), 0));
  const page = matches.slice(startIndex, startIndex + count);
  const more = startIndex + page.length < matches.length;
  const envelope: Record<string, unknown> = {};
  if (page.length > 0) envelope.count = page.length;
  if (startIndex > 0) envelope.startIndex = startIndex;
  if (page.length === count && more) envelope.nextIndex = startIndex + count + 1;
  // A page past the end reports total = startIndex, as the real server does.
  if (totalAlways || more) envelope.total = page.length === 0 && startIndex > 0 ? startIndex : matches.length;
  return { ...envelope, status: 0, statusCode: 200, response: page } as ContactList;
}
