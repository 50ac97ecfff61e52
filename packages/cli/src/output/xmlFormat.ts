// xml: the envelope in the server's XML shape (root `result`, repeated `response` elements), written by
// the contract's own XML writer; for --all, one `result` with every contact as a `response` element.
import { writeXml } from '@crm-contacts/contract/xml/write';
import type { ContactFormat } from './contactFormat.js';

const DECLARATION = /^<\?xml[^>]*\?>/;
const declaration = writeXml(null).match(DECLARATION)![0];

export function xmlFormat(): ContactFormat {
  return {
    page: (envelope) => `${writeXml(envelope)}\n`,
    start: () => `${declaration}<result>`,
    contact: (contact) => writeXml(contact, 'response').replace(DECLARATION, ''),
    end: () => '</result>\n',
  };
}
