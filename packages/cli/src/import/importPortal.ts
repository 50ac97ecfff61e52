// `crm-emulator import`: pages through a portal's contacts with the typed client, as its administrator,
// and returns the fixtures document; progress goes to a callback (the command prints it on a terminal).
import { ContactListView, createCrmClient, type FetchedPage } from '@crm-contacts/client';
import type { FixturesDocument } from '../data/fixtures.js';
import { withXmlSafeText } from '../data/xmlSafeText.js';
import { createAnonymiser } from './anonymiser.js';
import { PortalFixtures } from './portalFixtures.js';

export interface ImportOptions {
  baseUrl: string;
  /** An administrator's token: only an administrator sees every contact and its rights as they are stored. */
  token: string;
  anonymise?: boolean;
  /** Called after each page of each pass. */
  onProgress?: (pass: string, page: FetchedPage) => void;
  fetch?: typeof globalThis.fetch;
}

export interface ImportedPortal {
  document: FixturesDocument;
  /** Characters XML 1.0 cannot carry, replaced by U+FFFD so that the document loads (xmlSafeText.ts). */
  replacedCharacters: number;
}

export async function importPortal(options: ImportOptions): Promise<ImportedPortal> {
  const crm = createCrmClient({ baseUrl: options.baseUrl, token: options.token, fetch: options.fetch });
  const fixtures = new PortalFixtures(options.anonymise ? createAnonymiser() : undefined);
  const paging = (pass: string) => ({ onPage: (page: FetchedPage) => options.onProgress?.(pass, page) });
  for await (const contact of crm.contacts.filterEach({ sortBy: 'Id', sortOrder: 'ascending' }, paging('contacts'))) fixtures.add(contact);
  // what the contacts do not show, read from how the portal lists them
  for await (const contact of crm.contacts.filterEach({ contactListView: ContactListView.WithOpportunity, sortBy: 'Id' }, paging('deals'))) {
    fixtures.addInDeal(contact.id);
  }
  for await (const contact of crm.contacts.filterEach({ sortBy: 'History', sortOrder: 'ascending' }, paging('history'))) {
    fixtures.addHistoryNext(contact.id);
  }
  const { document, replaced } = withXmlSafeText(fixtures.document());
  return { document, replacedCharacters: replaced };
}
