// table: aligned columns for a person at a terminal. Column widths come from the first contacts (at
// most WIDTH_SAMPLE, held back until then), so a stream of any length is written in constant memory.
import type { Contact } from '@crm-contacts/client';
import type { ContactFormat } from './contactFormat.js';
import { TABLE_COLUMNS, type Column } from './contactColumns.js';

const WIDTH_SAMPLE = 50;
const GAP = '  ';

const cut = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`);
// one line per cell: tabs and line breaks in names would break the alignment
const cell = (column: Column, contact: Contact) => column.value(contact).replace(/\s+/g, ' ');

export function tableFormat(columns: Column[] = TABLE_COLUMNS): ContactFormat {
  let held: Contact[] | undefined = [];
  let widths: number[] = [];

  const line = (cells: string[]) => `${cells.map((text, i) => (i === cells.length - 1 ? cut(text, widths[i]) : cut(text, widths[i]).padEnd(widths[i]))).join(GAP).trimEnd()}\n`;
  const row = (contact: Contact) => line(columns.map((column) => cell(column, contact)));

  function release(): string {
    if (!held) return '';
    widths = columns.map((column) => Math.min(column.maxWidth ?? Infinity, Math.max(column.header.length, ...held!.map((c) => cell(column, c).length))));
    const text = line(columns.map((column) => column.header)) + held.map(row).join('');
    held = undefined;
    return text;
  }

  return {
    start: () => '',
    contact(contact) {
      if (!held) return row(contact);
      held.push(contact);
      return held.length >= WIDTH_SAMPLE ? release() : '';
    },
    end: (summary) => release() + (summary ? `${summary}\n` : ''),
  };
}
