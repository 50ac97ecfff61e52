// How a format writes contacts: a whole page (the envelope, where the format has a form for it) or a
// stream of contacts (`--all`), in pieces so that nothing but a bounded window is held in memory.
import type { Contact, ContactList } from '@crm-contacts/client';

export interface ContactFormat {
  /** The page as the server sent it (json, xml); formats without an envelope form list its contacts. */
  page?(envelope: ContactList): string;
  /** What comes before the first contact. */
  start(): string;
  /** One contact (the text may be held back and come out with later ones, as the table does). */
  contact(contact: Contact): string;
  /** What comes after the last contact (and anything held back). `summary` is said by formats for people. */
  end(summary?: string): string;
}
