// The servers the client's tests talk to: the emulator loaded with a fixtures file mirroring the
// contract's realistic example (exact data), or with generated contacts (paging).
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@crm-contacts/emulator';

export interface TestServer {
  url: string;
  /** The token of the administrator, who sees every contact. */
  token: string;
  credentials: { userName: string; password: string };
  close(): Promise<void>;
}

const TWO_CONTACTS = fileURLToPath(new URL('../fixtures/twoContacts.json', import.meta.url));

async function started(emulator: Awaited<ReturnType<typeof startEmulator>>): Promise<TestServer> {
  const admin = emulator.users.find((u) => u.isAdmin)!;
  return { url: emulator.url, token: admin.token, credentials: { userName: admin.userName, password: admin.password }, close: () => emulator.close() };
}

/** Anna Kovacs (a person: an email, a phone) and her company Northwind Traders (a website). */
export const startTwoContacts = async (): Promise<TestServer> => started(await startEmulator({ port: 0, fixtures: TWO_CONTACTS }));

/** `contacts` generated contacts (seeded, so the same every run). */
export const startGenerated = async (contacts: number): Promise<TestServer> => started(await startEmulator({ port: 0, contacts, seed: 1, snapshotDir: null }));
