// csv: RFC 4180 rows (csv-stringify quotes what needs quoting), a header first, one contact per row.
import { stringify } from 'csv-stringify/sync';
import type { ContactFormat } from './contactFormat.js';
import { CSV_COLUMNS } from './contactColumns.js';

export function csvFormat(columns = CSV_COLUMNS): ContactFormat {
  return {
    start: () => stringify([columns.map((column) => column.header)]),
    contact: (contact) => stringify([columns.map((column) => column.value(contact))]),
    end: () => '',
  };
}
