// xml: the envelope in the server's XML shape (root `result`, repeated `response` elements), written by
// the contract's own XML writer; for --all, one `result` with every contact as a `response` element.
import { writeXml, writeXmlElement, XML_DECLARATION } from '@crm-contacts/contract/xml/write';
import type { ContactFormat } from './contactFormat.js';

export function xmlFormat(): ContactFormat {
  return {
    page: (envelope) => `${writeXml(envelope)}\n`,
    start: () => `${XML_DECLARATION}<result>`,
    contact: (contact) => writeXmlElement('response', contact),
    end: () => '</result>\n',
  };
}
