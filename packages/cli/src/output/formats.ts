// The output formats by name, the default (a table at a terminal, JSON in a pipe), and the two ways of
// writing: one page, or a stream of contacts.
import type { Contact, ContactList } from '@crm-contacts/client';
import type { ContactFormat } from './contactFormat.js';
import { csvFormat } from './csvFormat.js';
import { jsonFormat, ndjsonFormat } from './jsonFormats.js';
import type { Sink } from './sink.js';
import { tableFormat } from './tableFormat.js';
import { xmlFormat } from './xmlFormat.js';

export const FORMATS = { table: tableFormat, json: jsonFormat, ndjson: ndjsonFormat, csv: csvFormat, xml: xmlFormat } as const;
export type FormatName = keyof typeof FORMATS;

export const defaultFormat = (stdout: { isTTY?: boolean }): FormatName => (stdout.isTTY ? 'table' : 'json');

/** One page: the envelope where the format has a form for it, else its contacts and a summary. */
export async function writePage(envelope: ContactList, name: FormatName, sink: Sink): Promise<void> {
  const format = FORMATS[name]();
  if (format.page) return sink.write(format.page(envelope));
  await sink.write(format.start());
  for (const contact of envelope.response) await sink.write(format.contact(contact));
  const shown = envelope.response.length;
  const from = envelope.startIndex ?? 0;
  const summary = envelope.total !== undefined ? `${shown} of ${envelope.total} contacts${from ? ` from #${from}` : ''}` : `${shown} contacts`;
  await sink.write(format.end(summary));
}

/** Every contact of a stream, written as it comes. */
export async function writeStream(contacts: AsyncIterable<Contact>, name: FormatName, sink: Sink): Promise<number> {
  const format = FORMATS[name]();
  let count = 0;
  await sink.write(format.start());
  for await (const contact of contacts) {
    await sink.write(format.contact(contact));
    count += 1;
  }
  await sink.write(format.end(`${count} contacts`));
  return count;
}
