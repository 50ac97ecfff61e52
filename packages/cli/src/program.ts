// The `crm` command tree (commander): global connection options, the commands, and the conventions
// every command shares: one-line errors on stderr, exit codes from exitCodes.ts.
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { processStreams, type CliStreams } from './cliStreams.js';
import { addByInfoCommand } from './commands/byInfoCommand.js';
import { addFilterCommand } from './commands/filterCommand.js';
import { addImportCommand } from './import/importCommand.js';
import { addLoginCommands } from './commands/loginCommand.js';
import { describeFailure } from './describeFailure.js';
import { EXIT_CODES_HELP, ExitCode } from './exitCodes.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

const commandPath = (command: Command): string => (command.parent ? `${commandPath(command.parent)} ${command.name()}` : command.name());

// commander's messages ("error: unknown option '--tagz'\n(Did you mean --tag?)") as one line naming the command
function oneLineUsageError(command: Command, text: string): string {
  const message = text.trim().replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').replace(/\.$/, '').replace('is invalid. ', 'is invalid: ');
  return `${commandPath(command)}: ${message}; see '${commandPath(command)} --help'\n`;
}

/** Applies the shared conventions to a command and, as commander copies settings to subcommands made after, to those. */
function conventions(command: Command, streams: CliStreams): Command {
  return command
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({
      writeOut: (text) => void streams.stdout.write(text),
      writeErr: (text) => void streams.stderr.write(text),
      outputError: (text, write) => write(oneLineUsageError(command, text)),
    });
}

export function buildProgram(streams: CliStreams = processStreams()): Command {
  const program = conventions(new Command('crm'), streams)
    .description('Ask the CRM contacts API (ONLYOFFICE) the quick questions: which contacts carry a tag, who has this e-mail address')
    .version(version)
    .addOption(new Option('--base-url <url>', 'the server, e.g. http://127.0.0.1:8080 (default: the server of the latest crm login)').env('CRM_BASE_URL'))
    .addOption(new Option('--token <token>', 'the token to send (default: the one crm login stored)').env('CRM_TOKEN'))
    .addHelpText('after', `\n${EXIT_CODES_HELP}`);

  const contacts = program.command('contacts').description('list and find contacts');
  // subcommands made by .command() copy the parent's settings, but the error writer must name each one
  for (const command of [addFilterCommand(contacts, streams), addByInfoCommand(contacts, streams)]) conventions(command, streams);
  addLoginCommands(program, streams);
  addImportCommand(program, streams);
  for (const command of program.commands) conventions(command, streams);
  return program;
}

/**
 * Runs crm with these arguments, reading and writing these streams (the process's by default); resolves
 * with the exit code. The environment is the process's (commander reads each option's variable there).
 */
export async function runCli(argv: string[], streams: CliStreams = processStreams()): Promise<number> {
  const program = buildProgram(streams);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return ExitCode.Ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    const failure = describeFailure(error);
    streams.stderr.write(`crm: ${failure.message}\n`);
    return failure.exitCode;
  }
}
