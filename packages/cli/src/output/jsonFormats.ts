// json: the envelope as the server sent it (for --all, one JSON array of the contacts, written as they
// come); ndjson: one contact per line.
import type { ContactFormat } from './contactFormat.js';

export function jsonFormat(): ContactFormat {
  let first = true;
  return {
    page: (envelope) => `${JSON.stringify(envelope)}\n`,
    start: () => '[',
    contact(contact) {
      const text = `${first ? '\n' : ',\n'}${JSON.stringify(contact)}`;
      first = false;
      return text;
    },
    end: () => `${first ? '' : '\n'}]\n`,
  };
}

export function ndjsonFormat(): ContactFormat {
  return { start: () => '', contact: (contact) => `${JSON.stringify(contact)}\n`, end: () => '' };
}
