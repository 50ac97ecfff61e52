// The request journal for tests, as WireMock's `verify`: what did the system under test send?
import type { JournalEntry } from '../journal/requestJournal.js';
import { control } from './control.js';

export type { JournalEntry };

export interface JournalQuery {
  scenario?: string;
  /** A path prefix (`/api/2.0/crm/contact/filter`). */
  path?: string;
  method?: string;
  status?: number;
  /** At most this many, the newest. */
  limit?: number;
}

/** The CRM requests the emulator answered, oldest first, filtered; credentials masked. */
export async function journal(baseUrl: string, adminToken: string, query: JournalQuery = {}): Promise<JournalEntry[]> {
  const search = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  const response = await control(baseUrl, adminToken, 'GET', `/journal${search.size ? `?${search}` : ''}`);
  return ((await response.json()) as { entries: JournalEntry[] }).entries;
}

/** Forgets every entry. */
export async function clearJournal(baseUrl: string, adminToken: string): Promise<void> {
  await control(baseUrl, adminToken, 'DELETE', '/journal');
}
