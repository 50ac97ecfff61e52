// `crm-emulator`'s command line, on commander as `crm`'s: every setting a flag that also reads its
// environment variable, --help and --version, and a wrong command line refused with one line on stderr
// and exit code 2 (`import`, which moved to `crm import`, with where it went). It only says what to do;
// main.ts does it.
import { createRequire } from 'node:module';
import { Command, CommanderError, Option } from 'commander';
import { ConfigError, configFrom, SETTINGS, type EmulatorConfig, type Setting } from './config.js';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** What a command line asks for: the emulator, or nothing more (help, version, a refusal: its exit code). */
export type Invocation =
  | { serve: EmulatorConfig }
  | { exitCode: number };

export interface CommandOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The exit code of a wrong command line, as `crm`'s (commander's own is 1). */
export const USAGE_EXIT_CODE = 2;
const MOVED_IMPORT = 'crm import --base-url URL --token T [--anonymise] > fixtures.json';

const processOutput: CommandOutput = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };

const commandPath = (command: Command): string => (command.parent ? `${commandPath(command.parent)} ${command.name()}` : command.name());

function conventions(command: Command, output: CommandOutput): Command {
  return command.exitOverride().showSuggestionAfterError(true).configureOutput({
    writeOut: output.stdout,
    writeErr: output.stderr,
    // commander's "error: unknown option '--prot'\n(Did you mean --port?)" as one line naming the command
    outputError: (text, write) => write(`${commandPath(command)}: ${text.trim().replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').replace(/\.$/, '')}; see '${commandPath(command)} --help'\n`),
  });
}

function settingOption(name: Setting): Option {
  const setting: { env: string; about: string; fallback?: string; unset?: string; switch?: boolean } = SETTINGS[name];
  // a switch takes no value on the command line (its variable still says true or false)
  const flags = setting.switch ? `--${name}` : `--${name} <${name.split('-').pop()}>`;
  // '' (unset) as the value where there is no default, so that help still says what happens without one
  const option = new Option(flags, setting.about).env(setting.env);
  return setting.switch ? option : option.default(setting.fallback ?? '', setting.fallback ?? setting.unset);
}

/** A flag's value as configFrom reads it: a switch given on the command line is 'true'. */
const asText = (value: unknown): string | undefined => (value === true ? 'true' : (value as string | undefined));

function buildProgram(output: CommandOutput, env: NodeJS.ProcessEnv, invoked: (invocation: Invocation) => void): Command {
  const program = conventions(new Command('crm-emulator'), output)
    .description('The ONLYOFFICE CRM contacts API emulator on demo data or your fixtures, with its reference page at /docs/')
    .version(version)
    .enablePositionalOptions()
    .helpCommand(true); // commander adds none by itself to a command with an action of its own
  const options = (Object.keys(SETTINGS) as Setting[]).map((name) => [name, settingOption(name)] as const);
  for (const [, option] of options) program.addOption(option);
  // commander's Option.env() reads process.env; `env` stands in for it, so readConfig's callers can pass their own
  const byName = new Map(options.map(([name, option]) => [name, option.attributeName()]));
  program.action(() => invoked({
    serve: configFrom((name) => (program.getOptionValueSource(byName.get(name)!) === 'cli' ? asText(program.getOptionValue(byName.get(name)!)) : env[SETTINGS[name].env])),
  }));

  // gone from the emulator (it needs the client at run time): refused with where it went, exit 2
  program.command('import', { hidden: true }).allowUnknownOption().allowExcessArguments().helpOption(false).action(() => {
    output.stderr(`crm-emulator: 'import' moved to the crm command line (@crm-contacts/cli): ${MOVED_IMPORT}\n`);
    invoked({ exitCode: USAGE_EXIT_CODE });
  });
  return program;
}

/** Reads a command line (without `node` and the script); throws ConfigError when a setting's value is refused. */
export function parseCommandLine(argv: string[], output: CommandOutput = processOutput, env: NodeJS.ProcessEnv = process.env): Invocation {
  let invocation: Invocation = { exitCode: 0 };
  try {
    buildProgram(output, env, (asked) => { invocation = asked; }).parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return { exitCode: error.exitCode === 0 ? 0 : USAGE_EXIT_CODE };
    throw error;
  }
  return invocation;
}

/** The configuration a command line starting the emulator gives: flags win over `env`, which wins over the defaults. */
export function readConfig(argv: string[] = process.argv.slice(2), env: NodeJS.ProcessEnv = process.env): EmulatorConfig {
  let refusal = '';
  const invocation = parseCommandLine(argv, { stdout: () => {}, stderr: (text) => { refusal += text; } }, env);
  if ('serve' in invocation) return invocation.serve;
  throw new ConfigError(refusal.trim() || `'${argv.join(' ')}' does not start the emulator`);
}
