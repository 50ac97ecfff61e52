// `crm import`: pages through a portal's contacts with the typed client, as its administrator, and
// returns the emulator's fixtures document; progress goes to a callback (the command prints it on a terminal).
import { ContactListView, type CrmClient, type FetchedPage } from '@crm-contacts/client';
import { replaceNonXmlCharacters } from '@crm-contacts/contract/xml/write';
import { createAnonymiser } from './anonymiser.js';
import type { ImportedFixtures } from './importedFixtures.js';
import { PortalFixtures } from './portalFixtures.js';

export interface ImportOptions {
  anonymise?: boolean;
  /** Called after each page of each pass. */
  onProgress?: (pass: string, page: FetchedPage) => void;
}

export interface ImportedPortal {
  document: ImportedFixtures;
  /** Characters XML 1.0 cannot carry, replaced by U+FFFD: the emulator refuses fixtures holding them. */
  replacedCharacters: number;
}

/** `crm` is a client with an administrator's token: only an administrator sees every contact and its rights as they are stored. */
export async function importPortal(crm: CrmClient, options: ImportOptions = {}): Promise<ImportedPortal> {
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
  return withXmlSafeText(fixtures.document());
}

/** Every string value replaced where XML 1.0 cannot carry it (the document's keys are the schema's own). */
function withXmlSafeText(document: ImportedFixtures): ImportedPortal {
  let replacedCharacters = 0;
  const safe = JSON.parse(JSON.stringify(document), (_key, value: unknown) => {
    if (typeof value !== 'string') return value;
    const { text, replaced } = replaceNonXmlCharacters(value);
    replacedCharacters += replaced;
    return text;
  }) as ImportedFixtures;
  return { document: safe, replacedCharacters };
}
