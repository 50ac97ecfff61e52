// `crm-emulator import --base-url URL --token T [--anonymise] > fixtures.json`
import { parseArgs } from 'node:util';
import { importPortal } from './importPortal.js';

export const IMPORT_USAGE = `Usage: crm-emulator import --base-url URL --token TOKEN [--anonymise] > fixtures.json
  Copies a portal's contacts, as its administrator sees them, into a fixtures document (replace mode).
  --anonymise  replace names, e-mail addresses and phone numbers, the same value always by the same one`;

export async function importCommand(argv: string[], stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream & { isTTY?: boolean }): Promise<number> {
  let values: { 'base-url'?: string; token?: string; anonymise?: boolean };
  try {
    ({ values } = parseArgs({ args: argv, options: { 'base-url': { type: 'string' }, token: { type: 'string' }, anonymise: { type: 'boolean' } }, strict: true }));
  } catch (error) {
    stderr.write(`crm-emulator import: ${(error as Error).message}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  const missing = (['base-url', 'token'] as const).filter((flag) => !values[flag]);
  if (missing.length > 0) {
    stderr.write(`crm-emulator import: missing ${missing.map((f) => `--${f}`).join(' and ')}\n${IMPORT_USAGE}\n`);
    return 2;
  }
  // a progress line rewritten in place, only on a terminal: pipes and logs get the document alone
  let fetched = 0;
  let current = '';
  const onProgress = stderr.isTTY ? (pass: string, page: { contacts: number; total?: number }) => {
    if (pass !== current) [current, fetched] = [pass, 0];
    fetched += page.contacts;
    stderr.write(`\r\x1b[2K${pass}: ${fetched}${page.total === undefined ? '' : ` of ${page.total}`} contacts`);
  } : undefined;
  try {
    const { document, replacedCharacters } = await importPortal({ baseUrl: values['base-url']!, token: values.token!, anonymise: values.anonymise, onProgress });
    if (stderr.isTTY) stderr.write('\r\x1b[2K');
    stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    // said whether or not stderr is a terminal: the document differs from what the portal holds
    if (replacedCharacters > 0) stderr.write(`crm-emulator import: replaced ${replacedCharacters} character(s) that XML 1.0 cannot carry with U+FFFD\n`);
    return 0;
  } catch (error) {
    stderr.write(`\ncrm-emulator import: ${(error as Error).message}\n`);
    return 1;
  }
}
