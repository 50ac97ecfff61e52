// `crm-emulator import --base-url URL --token T [--anonymise] > fixtures.json` (its flags: commandLine.ts)
import { importPortal, type ImportOptions } from './importPortal.js';

export async function importCommand(options: Pick<ImportOptions, 'baseUrl' | 'token' | 'anonymise'>, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream & { isTTY?: boolean }): Promise<number> {
  // a progress line rewritten in place, only on a terminal: pipes and logs get the document alone
  let fetched = 0;
  let current = '';
  const onProgress = stderr.isTTY ? (pass: string, page: { contacts: number; total?: number }) => {
    if (pass !== current) [current, fetched] = [pass, 0];
    fetched += page.contacts;
    stderr.write(`\r\x1b[2K${pass}: ${fetched}${page.total === undefined ? '' : ` of ${page.total}`} contacts`);
  } : undefined;
  try {
    const { document, replacedCharacters } = await importPortal({ ...options, onProgress });
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
