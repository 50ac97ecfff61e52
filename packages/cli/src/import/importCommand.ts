// `crm import [--anonymise] > fixtures.json`: a portal copied, as its administrator sees it, into a
// fixtures document for the emulator (replace mode) on stdout; the server and token as for every command.
import type { Command } from 'commander';
import type { CliStreams } from '../cliStreams.js';
import { connect, type ConnectionOptions } from '../connection.js';
import { describeFailure } from '../describeFailure.js';
import { progressLine, type Progress } from '../progress.js';
import { importPortal } from './importPortal.js';

const EXAMPLES = `
Examples:
  crm import --base-url https://yourportal.onlyoffice.com --token "$ADMIN_TOKEN" > fixtures.json
  crm import --base-url http://127.0.0.1:8080 --token "$CRM_TOKEN" --anonymise > fixtures.json
  crm-emulator --fixtures fixtures.json                            # the copy, served by the emulator`;

export function addImportCommand(program: Command, streams: CliStreams): Command {
  return program
    .command('import')
    .description("copy a portal's contacts, as its administrator sees them, into a fixtures document for the emulator (replace mode) on stdout")
    .option('--anonymise', 'replace names, e-mail addresses and phone numbers, the same value always by the same one')
    .addHelpText('after', EXAMPLES)
    .action(async (options: { anonymise?: boolean }, command: Command) => {
      const { crm, baseUrl } = connect(command.optsWithGlobals<ConnectionOptions>());
      // one progress line per pass, only on a terminal: pipes and logs get the document alone
      let pass = '';
      let progress: Progress | undefined;
      const imported = await importPortal(crm, {
        anonymise: options.anonymise ?? false,
        onProgress: (name, page) => {
          if (name !== pass) {
            progress?.done();
            pass = name;
            progress = progressLine(streams.stderr, `${name}: fetched`);
          }
          progress?.page(page);
        },
      }).catch((error: unknown) => {
        throw describeFailure(error, baseUrl);
      });
      progress?.done();
      streams.stdout.write(`${JSON.stringify(imported.document, null, 2)}\n`);
      // said whether or not stderr is a terminal: the document differs from what the portal holds
      if (imported.replacedCharacters > 0) streams.stderr.write(`crm import: replaced ${imported.replacedCharacters} character(s) that XML 1.0 cannot carry with U+FFFD\n`);
    });
}
