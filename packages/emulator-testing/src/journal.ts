// The request journal for tests, as WireMock's `verify`: what did the system under test send?
import { answered, controlClient, type ControlSchemas } from './control.js';
import type { operations } from './generated/controlApi.js';

export type JournalEntry = ControlSchemas['JournalEntry'];
/** The journal's filters: scenario, a path prefix, method, status, and at most `limit` entries, the newest. */
export type JournalQuery = NonNullable<operations['readJournal']['parameters']['query']>;

/** The CRM requests the emulator answered, oldest first, filtered; credentials masked. */
export async function journal(baseUrl: string, adminToken: string, query: JournalQuery = {}): Promise<JournalEntry[]> {
  return (await answered(controlClient(baseUrl, adminToken).GET('/__emulator/journal', { params: { query } }))).entries;
}

/** Forgets every entry. */
export async function clearJournal(baseUrl: string, adminToken: string): Promise<void> {
  await answered(controlClient(baseUrl, adminToken).DELETE('/__emulator/journal'));
}
