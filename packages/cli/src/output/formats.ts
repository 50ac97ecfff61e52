// The output formats by name, the default (a table at a terminal, JSON in a pipe), and the two ways of
// writing: one page, or a stream of contacts.
import type { Contact, ContactFields, ContactList } from '@crm-contacts/client';
import { fieldColumns, type Column } from './contactColumns.js';
import type { ContactFormat } from './contactFormat.js';
import { csvFormat } from './csvFormat.js';
import { jsonFormat, ndjsonFormat } from './jsonFormats.js';
import type { Sink } from './sink.js';
import { tableFormat } from './tableFormat.js';
import { xmlFormat } from './xmlFormat.js';

// table and csv take their columns (a `--fields` list's own); the others write contacts as they are
export const FORMATS: Record<'table' | 'json' | 'ndjson' | 'csv' | 'xml', (columns?: Column[]) => ContactFormat> = { table: tableFormat, json: jsonFormat, ndjson: ndjsonFormat, csv: csvFormat, xml: xmlFormat };
export type FormatName = keyof typeof FORMATS;

/** The table's and CSV's columns for a `--fields` list (undefined: each format's own). */
export const columnsFor = (fields: ContactFields | undefined): Column[] | undefined => (fields ? fieldColumns(fields) : undefined);

export const defaultFormat = (stdout: { isTTY?: boolean }): FormatName => (stdout.isTTY ? 'table' : 'json');

/** One page: the envelope where the format has a form for it, else its contacts and a summary. */
export async function writePage(envelope: ContactList, name: FormatName, sink: Sink, columns?: Column[]): Promise<void> {
  const format = FORMATS[name](columns);
  if (format.page) return sink.write(format.page(envelope));
  await sink.write(format.start());
  for (const contact of envelope.response) await sink.write(format.contact(contact as Contact));
  const shown = envelope.response.length;
  const from = envelope.startIndex ?? 0;
  const summary = envelope.total !== undefined ? `${shown} of ${envelope.total} contacts${from ? ` from #${from}` : ''}` : `${shown} contacts`;
  await sink.write(format.end(summary));
}

/** Every contact of a stream, written as it comes. */
export async function writeStream(contacts: AsyncIterable<object>, name: FormatName, sink: Sink, columns?: Column[]): Promise<number> {
  const format = FORMATS[name](columns);
  let count = 0;
  await sink.write(format.start());
  for await (const contact of contacts) {
    // a contact trimmed by --fields is written by columns of those members only
    await sink.write(format.contact(contact as Contact));
    count += 1;
  }
  await sink.write(format.end(`${count} contacts`));
  return count;
}
